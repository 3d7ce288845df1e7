/**
 * Stable reason codes with their zh/en messages. Codes are API: callers key UI and statistics
 * on them, so rename only with a migration. `{x}` is the evidence, `{inst}` the institution,
 * `{y}` a second value (the real channel).
 */
import type { NeverDoes } from './registry.schema.js';
import type { Evidence, FraudType, Localized, Reason } from './scam.types.js';

export const REASONS = {
  sender_official: { zh: '号码 {x} 是{inst}登记的官方渠道', en: '{x} is a registered official channel of {inst}' },
  sender_national_channel: { zh: '{x} 是国家反诈/监管官方号码', en: '{x} is an official national anti-fraud or regulator number' },
  sender_prefixed_short_code: { zh: '短号码 {x} 前带有“+”“00”或“+86”，真实的 95/96 客服号和 96110 不会这样显示', en: 'Short code {x} is shown with a +, 00 or +86 prefix, which genuine 95/96 service numbers and 96110 never have' },
  sender_area_short_code: { zh: '{x} 是“区号+短号码”，只有 96110 反诈专号这样显示', en: '{x} is an area code plus a short code; only the 96110 anti-fraud line shows that way' },
  sender_lookalike: { zh: '号码 {x} 与{inst}的官方号码 {y} 非常相似但不相同', en: '{x} looks like {inst}\'s official number {y} but is not it' },
  sender_not_institution: { zh: '消息自称{inst}，但号码 {x} 不是其登记渠道', en: 'The message claims to be {inst}, but {x} is not one of its registered channels' },
  sender_virtual_operator: { zh: '{x} 属于虚拟运营商号段（162/165/167/170/171），常被诈骗利用', en: '{x} is a virtual-operator number (162/165/167/170/171), often abused by fraudsters' },
  sender_foreign: { zh: '{x} 是境外号码（{y}），境内金融机构不会用境外号码联系您', en: '{x} is a foreign number ({y}); Chinese lenders do not contact you from abroad' },
  sender_malformed: { zh: '号码 {x} 格式异常，可能由改号软件伪造', en: 'The number {x} is malformed, possibly spoofed' },
  sender_personal_mobile: { zh: '以个人手机号 {x} 冒称{inst}', en: 'A personal mobile number {x} claims to be {inst}' },
  signature_from_mobile: { zh: '带【签名】的企业短信只能从 106 端口发出，而此短信来自手机号 {x}', en: 'Signed business SMS come from 106 ports, but this one came from the mobile number {x}' },
  sms_port_unregistered: { zh: '短信端口 {x} 未在登记库中', en: 'SMS port {x} is not in the registry' },
  national_sms_with_link: { zh: '12381 预警短信从不带链接，此短信带有链接 {x}', en: '12381 warning SMS never carry links; this one has {x}' },
  signature_registered: { zh: '短信签名【{x}】属于{inst}', en: 'The SMS signature 【{x}】 belongs to {inst}' },
  signature_port_mismatch: { zh: '签名【{x}】自称{inst}，但发送端口不是其登记端口', en: 'The signature 【{x}】 claims {inst}, but the sender is not one of its ports' },
  signature_lookalike: { zh: '签名【{x}】模仿{inst}的官方签名【{y}】', en: 'The signature 【{x}】 imitates {inst}\'s official signature 【{y}】' },
  signature_unknown: { zh: '签名【{x}】不属于登记库中的机构', en: 'The signature 【{x}】 belongs to no registered institution' },
  link_official: { zh: '链接 {x} 是{inst}的官方域名', en: 'The link {x} is on {inst}\'s official domain' },
  link_lookalike: { zh: '链接 {x} 仿冒{inst}的官方域名 {y}', en: 'The link {x} imitates {inst}\'s official domain {y}' },
  link_not_institution: { zh: '消息自称{inst}，但链接 {x} 不是其官方域名（官方：{y}）', en: 'The message claims to be {inst}, but {x} is not its domain (official: {y})' },
  link_punycode: { zh: '链接 {x} 使用国际化域名编码（xn--），常用于形近字仿冒', en: 'The link {x} uses an internationalised (xn--) domain, often used for homoglyph look-alikes' },
  link_shortener: { zh: '链接 {x} 是短链接，隐藏了真实网址', en: 'The link {x} is a URL shortener that hides the real address' },
  link_raw_ip: { zh: '链接 {x} 直接使用 IP 地址而非域名', en: 'The link {x} uses a raw IP address instead of a domain' },
  link_apk: { zh: '链接 {x} 直接下载安装包（.apk），正规机构只通过应用商店发布', en: 'The link {x} downloads an .apk; real lenders publish apps through app stores' },
  link_insecure_login: { zh: '登录/验证页面 {x} 未使用 https', en: 'The login or verification page {x} does not use https' },
  link_risky_tld: { zh: '链接 {x} 使用常被滥用的顶级域名', en: 'The link {x} uses a top-level domain often abused by scams' },
  link_unknown: { zh: '链接 {x} 不属于登记库中的机构', en: 'The link {x} belongs to no registered institution' },
  text_number_not_official: { zh: '消息要求联系 {x}，但它不是{inst}的登记号码（官方：{y}）', en: 'The message asks you to contact {x}, which is not a registered number of {inst} (official: {y})' },
  legal_notice_link: { zh: '以传票、律师函等法律文书名义发来链接 {x}：法院和律师不会通过短信链接送达文书', en: 'A "court summons" or lawyer letter with a link {x}: courts and lawyers never serve documents through SMS links' },
  account_in_text: { zh: '消息中出现收款账号 {x}', en: 'The message contains a payee account {x}' },
  never_does: { zh: '{inst}声明从不：{y}', en: '{inst} states it never does this: {y}' },
  fraud_db_hit: { zh: '{x} 已被 {y} 次举报为诈骗', en: '{x} has been reported as fraud {y} time(s)' },
  cue_verification_code: { zh: '索要验证码：“{x}”', en: 'Asks for a verification code: "{x}"' },
  cue_password: { zh: '索要密码：“{x}”', en: 'Asks for a password: "{x}"' },
  cue_safe_account: { zh: '要求转入“安全账户”：“{x}”——公检法和正规机构没有安全账户', en: 'Asks for a transfer to a "safe account": "{x}" — police and lenders have no such account' },
  cue_screen_sharing: { zh: '要求屏幕共享或远程控制：“{x}”', en: 'Asks for screen sharing or remote control: "{x}"' },
  cue_upfront_fee: { zh: '放款前收费：“{x}”', en: 'Up-front fee before a loan: "{x}"' },
  cue_credit_cancel: { zh: '以“注销账户/影响征信”施压：“{x}”', en: 'Pressure about cancelling an account or your credit record: "{x}"' },
  cue_secrecy: { zh: '要求保密、不让家人或银行知道：“{x}”', en: 'Demands secrecy from family or bank: "{x}"' },
  cue_urgency: { zh: '制造紧迫感：“{x}”', en: 'Creates urgency: "{x}"' },
  cue_debt_agent: { zh: '“协商还款/停息挂账”类付费代理话术：“{x}”', en: 'Paid debt-negotiation agent script: "{x}"' },
  cue_refund: { zh: '退款/理赔/关闭服务话术：“{x}”', en: 'Refund, compensation or cancel-service script: "{x}"' },
  cue_money_laundering: { zh: '冒充公检法话术：“{x}”', en: 'Police/court impersonation script: "{x}"' },
  cue_transfer: { zh: '要求转账：“{x}”', en: 'Asks for a transfer: "{x}"' },
  cue_avoid_verify: { zh: '阻止您打电话核实身份：“{x}”', en: 'Stops you from calling to check who it is: "{x}"' },
  cue_off_platform: { zh: '引导到其他平台或下载软件：“{x}”', en: 'Moves you off the platform or to download software: "{x}"' },
  cue_script: { zh: '与常见诈骗话术相符：“{x}”', en: 'Matches a common scam script: "{x}"' },
  harass_threat: { zh: '威胁恐吓：“{x}”', en: 'Threat: "{x}"' },
  harass_insult: { zh: '侮辱谩骂：“{x}”', en: 'Insult: "{x}"' },
  harass_third_party: { zh: '联系或威胁联系亲友、单位、通讯录：“{x}”', en: 'Contacts or threatens to contact relatives, employer or contacts: "{x}"' },
  harass_disclosure: { zh: '威胁向第三方公开债务：“{x}”', en: 'Threatens to disclose the debt to others: "{x}"' },
  harass_fake_legal: { zh: '以法律文书或司法机关名义施压：“{x}”', en: 'Uses legal documents or the courts to pressure you: "{x}"' },
  harass_push_borrowing: { zh: '诱导借新还旧、以贷养贷：“{x}”', en: 'Pushes you to borrow elsewhere to repay: "{x}"' },
  harass_extra_fee: { zh: '向债务人收取催收相关的额外费用（上门费、差旅费等）：“{x}”', en: 'Charges the debtor extra fees for collection itself (visits, travel): "{x}"' },
  harass_night: { zh: '催收发生在 22:00–08:00 之间（{x}）', en: 'Collection contact between 22:00 and 08:00 ({x})' },
  model_fraud: { zh: '文本模型判断这是诈骗话术（置信度 {y}），主要依据：{x}', en: 'The text model reads this as a scam script ({y} confidence), mainly from: {x}' },
  model_harassment: { zh: '文本模型判断这是违规催收（置信度 {y}），主要依据：{x}', en: 'The text model reads this as abusive debt collection ({y} confidence), mainly from: {x}' },
  reader_warned: { zh: '消息在提醒收信人不要转账或操作（“{x}”），其中的诈骗话术是被引述的，不是在向您索要', en: 'The message warns its reader not to pay or act (“{x}”); the scam wording in it is quoted, not asked of you' },
  closed_channel: { zh: '消息来自登记的官方渠道，其中的链接、号码都属于该机构，也没有向您索要验证码、密码或费用：措辞本身不足以认定诈骗', en: 'The message comes from a registered official channel, every link and number in it is the institution\'s own, and it asks for no code, password or fee: its wording alone does not make it a scam' },
  official_routes_only: { zh: '号码 {x} 未登记，但消息只引导您使用该机构的官方 App、官方电话或官网，也没有索要验证码、密码或费用；如有疑问，请直接通过官方渠道核实', en: 'The number {x} is not on file, but the message only points you to the institution\'s own app, hotline or website and asks for no code, password or fee; if in doubt, check through those official channels yourself' },
  model_normal: { zh: '文本模型判断这是正常消息（置信度 {y}），其余信号不足以认定诈骗', en: 'The text model reads this as an ordinary message ({y} confidence); the other signals are too weak to call it fraud' },
  model_type: { zh: '诈骗类型由文本模型判断：{y}（置信度 {x}）', en: 'Fraud type judged by the text model: {y} ({x} confidence)' },
} as const satisfies Record<string, Localized>;

export type ReasonCode = keyof typeof REASONS;

export interface ReasonVars {
  inst?: Localized;
  y?: string | Localized;
}

const PLACEHOLDER = /\{(x|inst|y)\}/g;
/** What could make `replaceAll` differ from plain insertion: a brace that forms a new placeholder, a `$` pattern. */
const SPECIAL = /[{}$]/;

interface Compiled {
  /** Literal text around the placeholders: one more entry than `slots`. */
  parts: string[];
  slots: Array<'x' | 'inst' | 'y'>;
}

/** A template cut at its placeholders; null when it holds any other brace. */
function compile(template: string): Compiled | null {
  const parts: string[] = [];
  const slots: Compiled['slots'] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index));
    slots.push(m[1] as Compiled['slots'][number]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts.some((p) => SPECIAL.test(p)) ? null : { parts, slots };
}

const COMPILED = new Map<string, Compiled | null>();
for (const t of Object.values(REASONS)) for (const template of [t.zh, t.en]) COMPILED.set(template, compile(template));

/**
 * The `replaceAll` chain below, by concatenating the template's pieces: the same string whenever
 * no value holds a brace or a `$` (then no value can form a placeholder for a later pass, nor a
 * replacement pattern), without scanning the template three times per reason.
 */
function fill(template: string, x: string, inst: string, y: string): string {
  const c = COMPILED.get(template);
  if (!c || SPECIAL.test(x) || SPECIAL.test(inst) || SPECIAL.test(y)) {
    return template.replaceAll('{x}', x).replaceAll('{inst}', inst).replaceAll('{y}', y);
  }
  let out = c.parts[0] as string;
  for (let i = 0; i < c.slots.length; i++) {
    const slot = c.slots[i];
    out += (slot === 'x' ? x : slot === 'inst' ? inst : y) + (c.parts[i + 1] as string);
  }
  return out;
}

export function makeReason(code: ReasonCode, evidence: Evidence, weight: number, vars: ReasonVars = {}): Reason {
  const t = REASONS[code];
  const x = evidence.text.length > 60 ? `${evidence.text.slice(0, 57)}…` : evidence.text;
  const y = vars.y ?? '';
  const yZh = typeof y === 'string' ? y : y.zh;
  const yEn = typeof y === 'string' ? y : y.en;
  return {
    code,
    message: { zh: fill(t.zh, x, vars.inst?.zh ?? '', yZh), en: fill(t.en, x, vars.inst?.en ?? '', yEn) },
    evidence,
    weight,
  };
}

/** Names of the MPS fraud types, shown when the text model decides the type. */
export const FRAUD_TYPE_NAMES = {
  brushing_rebate: { zh: '刷单返利', en: 'brushing / task rebate' },
  fake_investment: { zh: '虚假投资理财', en: 'fake investment' },
  fake_loan: { zh: '虚假网络贷款', en: 'fake loan' },
  fake_customer_service: { zh: '冒充电商物流客服', en: 'fake customer service' },
  impersonating_authority: { zh: '冒充公检法及政府机关', en: 'impersonating the authorities' },
  fake_credit_repair: { zh: '虚假征信', en: 'fake credit repair' },
  fake_shopping: { zh: '虚假购物服务', en: 'fake shopping' },
  impersonating_acquaintance: { zh: '冒充领导熟人', en: 'impersonating an acquaintance' },
  game_trading: { zh: '网络游戏虚假交易', en: 'fake game trading' },
  romance: { zh: '网络婚恋交友', en: 'online romance' },
  other: { zh: '其他类型', en: 'other' },
} as const satisfies Record<FraudType, Localized>;

/** Wording of an institution's `neverDoes` statements, shown in reasons. */
export const NEVER_DOES_TEXT = {
  ask_verification_code: { zh: '索要短信验证码', en: 'ask for SMS verification codes' },
  ask_password: { zh: '索要密码', en: 'ask for passwords' },
  ask_transfer_safe_account: { zh: '要求转账到“安全账户”', en: 'ask you to transfer money to a "safe account"' },
  ask_screen_sharing: { zh: '要求屏幕共享或远程控制', en: 'ask for screen sharing or remote control' },
  ask_contact_relatives: { zh: '要求您联系或让其联系您的亲友', en: 'ask to contact your relatives' },
  charge_upfront_fee: { zh: '放款前收取任何费用', en: 'charge any fee before a loan is paid out' },
  ask_cancel_student_loan: { zh: '要求“注销校园贷/账户”', en: 'ask you to "cancel a student loan or account"' },
  collect_to_personal_account: { zh: '要求还款到个人账户', en: 'collect repayments into personal accounts' },
  send_court_documents_by_sms: { zh: '用短信发送法院传票或律师函', en: 'send court summonses or lawyer letters by SMS' },
} as const satisfies Record<NeverDoes, Localized>;
