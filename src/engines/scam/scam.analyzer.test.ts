import { describe, expect, it } from 'vitest';
import { createMemoryFraudLookup, type FraudLookup } from './fraud-lookup.js';
import { loadShippedRegistry } from './registry.fixture.js';
import { analyzeMessage, analyzeMessageAsync } from './scam.analyzer.js';
import { ScamInputError } from './scam.errors.js';
import type { MessageInput, VerdictKind } from './scam.types.js';

const { index } = loadShippedRegistry();
const ctx = { index, fraudLookup: createMemoryFraudLookup() };
const day = '2025-05-02T10:15:00+08:00';

interface Case {
  name: string;
  input: MessageInput;
  verdict: VerdictKind;
  has?: string[];
  hasNot?: string[];
  type?: string;
  inst?: string;
}

const cases: Case[] = [
  { name: 'official OTP SMS', input: { text: '【示例消金】验证码 482913，5分钟内有效。请勿泄露给他人，工作人员不会向您索要验证码。', sender: '1069555001' }, verdict: 'official', inst: 'sample-xf', hasNot: ['cue_verification_code'] },
  { name: 'official hotline, number only', input: { sender: '95990', channel: 'call' }, verdict: 'official', inst: 'sample-xf' },
  { name: 'genuine 96110 with area code', input: { sender: '0755 96110', channel: 'call' }, verdict: 'official', has: ['sender_national_channel'] },
  { name: '+96110 is fake', input: { sender: '+96110', channel: 'call' }, verdict: 'fraud', has: ['sender_prefixed_short_code'] },
  { name: '+86 95… is fake', input: { sender: '+86 95990', channel: 'call' }, verdict: 'fraud', inst: 'sample-xf' },
  { name: 'short code with extra digit', input: { sender: '959901', channel: 'call' }, verdict: 'suspicious', has: ['sender_lookalike'] },
  { name: '400 number one digit off', input: { sender: '4005550109', text: '我是示例消金客服' }, verdict: 'suspicious', has: ['sender_lookalike'] },
  { name: 'unknown short code alone', input: { sender: '95888' }, verdict: 'unverified' },
  { name: 'an institution’s comment-section reply, pasted without a sender', input: { text: '【测试小贷官方回复】您好，看到您在评论区的留言了。为保护隐私请不要公开手机号，我们的专员会在工作时间通过官方热线联系您。' }, verdict: 'unverified', has: ['signature_lookalike', 'model_normal'] },
  { name: 'the same label from an unregistered SMS port', input: { text: '【测试小贷官方回复】您好，看到您在评论区的留言了。为保护隐私请不要公开手机号，我们的专员会在工作时间通过官方热线联系您。', sender: '10691234567890' }, verdict: 'fraud', has: ['signature_lookalike', 'signature_port_mismatch'] },
  { name: 'a display label does not shield a scam', input: { text: '【测试小贷客服】您的借款账户异常已被冻结，请添加专员微信 kf8899 办理解冻，需先缴纳解冻金。' }, verdict: 'fraud', has: ['cue_upfront_fee'] },
  { name: 'plain mobile alone', input: { sender: '13812345678' }, verdict: 'unverified' },
  { name: 'a relative abroad: a foreign number alone is listed, not a verdict', input: { sender: '+1 415 555 0134', text: '妈 我到宿舍了 wifi很慢 明天去办电话卡 别担心', receivedAt: day }, verdict: 'unverified', has: ['sender_foreign'] },
  { name: 'a foreign number posing as a public body keeps its full weight', input: { sender: '+44 7700 900123', text: 'This is the Public Security Bureau. Your passport was used in a case. Stay on the line.', receivedAt: day }, verdict: 'fraud', has: ['sender_foreign'] },
  { name: 'a court SMS naming the lender as a party is not held to the lender\'s channels', input: { sender: '1069812345678', text: '【杭州互联网法院】王先生您好，示例消金与您的借款合同纠纷已进入诉前调解程序，调解员将通过“移动微法院”小程序与您联系。', receivedAt: day }, verdict: 'unverified', hasNot: ['sender_not_institution'] },
  { name: 'a collector posing as a court is still caught (illegal collection conduct)', input: { sender: '1069812345678', text: '【人民法院】王先生：你拖欠示例消金借款已被立案，今日17点前将欠款转账到指定账户6222020200112233445可撤诉，否则强制执行。', receivedAt: day }, verdict: 'harassment', has: ['harass_fake_legal'] },
  { name: 'foreign number claims lender', input: { sender: '+63 917 123 4567', text: '我是演示贷客服' }, verdict: 'fraud', has: ['sender_foreign'] },
  { name: 'malformed number', input: { sender: '+0-000' }, verdict: 'unverified', has: ['sender_malformed'] },
  { name: 'signed SMS from a mobile', input: { text: '【模拟银行】您的额度已提升', sender: '13812345678' }, verdict: 'suspicious', has: ['signature_from_mobile', 'sender_personal_mobile'] },
  { name: 'a relative quotes a bank SMS to ask about it', input: { text: '妈转给我的，这条是真的吗：“【模拟银行】您的信用卡本期账单1916.00元，可通过模拟银行App还款。”', sender: '13812345678' }, verdict: 'unverified', has: ['signature_registered'], hasNot: ['signature_from_mobile', 'sender_personal_mobile'] },
  { name: 'a code named after the digits is not a hotline', input: { text: '【示例消金】966544（示例消金App动态码），5分钟内有效，切勿告诉他人。', sender: '1069555001' }, verdict: 'official', hasNot: ['text_number_not_official'] },
  { name: 'signature vs other lender port', input: { text: '【示例消金】您的借款已放款', sender: '1069555002' }, verdict: 'suspicious', has: ['signature_port_mismatch'] },
  { name: 'lookalike signature', input: { text: '【示例消金客服】您的账户异常' }, verdict: 'suspicious', has: ['signature_lookalike'] },
  { name: 'unknown signature, harmless', input: { text: '【星河银行】您的信用卡账单已出。', sender: '1069800012345' }, verdict: 'unverified', has: ['signature_unknown'] },
  { name: 'official link only', input: { url: 'https://www.sample-xf.example/act' }, verdict: 'unverified', has: ['link_official'] },
  { name: 'typosquat link only', input: { url: 'https://samp1e-xf.example.com/login' }, verdict: 'fraud', has: ['link_lookalike'] },
  { name: 'brand + -kefu', input: { url: 'mockbank-kefu.com' }, verdict: 'fraud', inst: 'mock-bank' },
  { name: 'punycode', input: { url: 'https://xn--80ak6aa92e.com/' }, verdict: 'suspicious', has: ['link_punycode'] },
  { name: 'apk on raw IP', input: { text: '下载 http://103.4.5.6/app.apk' }, verdict: 'fraud', has: ['link_raw_ip', 'link_apk'] },
  // The short link alone is suspicious; the text model reads "点击…领取额度" as a fake-loan lure too.
  { name: 'shortener + claim', input: { text: '【演示贷】点击 t.cn/Ab12Cd 领取额度' }, verdict: 'fraud', has: ['link_shortener', 'model_fraud'] },
  { name: 'malformed url', input: { url: 'http://' }, verdict: 'unverified' },
  { name: 'fake credit repair', input: { text: '您的校园贷账户未注销，将影响征信，请下载会议软件开启屏幕共享' }, verdict: 'fraud', type: 'fake_credit_repair' },
  { name: 'safe account', input: { text: '我是公安局警官，你涉嫌洗钱，把钱转入安全账户，不要告诉家人' }, verdict: 'fraud', type: 'impersonating_authority' },
  { name: '"涉嫌诈骗" does not void the safe account cue', input: { text: '你涉嫌诈骗案件需将资金转入安全账户' }, verdict: 'fraud', has: ['cue_safe_account'] },
  { name: 'anti-fraud notice quoting cues', input: { text: '【示例消金】要求您共享屏幕或转入安全账户的都是骗子。', sender: '1069555001' }, verdict: 'official' },
  { name: 'Traditional Chinese scam', input: { text: '請將驗證碼告訴我，您的賬戶涉嫌洗錢，轉入安全賬戶' }, verdict: 'fraud', has: ['cue_verification_code'] },
  { name: 'English scam', input: { text: 'This is a police officer. Transfer your money to a safe account and do not tell anyone.' }, verdict: 'fraud', type: 'impersonating_authority' },
  { name: 'emoji-only text', input: { text: '😀😀🎉' }, verdict: 'unverified' },
  { name: 'call-back number not official', input: { text: '【演示贷】您的借款异常，请致电4009123456处理' }, verdict: 'suspicious', has: ['text_number_not_official'] },
  { name: 'polite daytime reminder', input: { text: '【示例消金】您的借款已逾期3天，请及时还款，以免影响个人征信。', sender: '1069555001', receivedAt: day }, verdict: 'official' },
  { name: 'same reminder at 23:30', input: { text: '【示例消金】您的借款已逾期3天，请及时还款。', sender: '1069555001', receivedAt: '2025-05-01T23:30:00+08:00' }, verdict: 'harassment', has: ['harass_night'] },
  { name: 'night judged in its own offset', input: { text: '【示例消金】您的借款已逾期3天，请及时还款。', sender: '1069555001', receivedAt: '2025-05-01T15:30:00Z' }, verdict: 'official' },
  { name: 'bill reminder at night is not collection', input: { text: '【示例消金】您本期账单将于05月15日到期。', sender: '1069555001', receivedAt: '2025-05-01T23:30:00+08:00' }, verdict: 'official' },
  { name: 'threats + contacts', input: { text: '【示例消金】逾期不还，我们将爆通讯录，通知你家人，后果自负', sender: '1069555001', receivedAt: day }, verdict: 'harassment', has: ['harass_third_party', 'harass_threat'] },
  { name: 'insult from collector mobile', input: { text: '你这个老赖，欠款再不还就等着坐牢', sender: '13912345678', receivedAt: day }, verdict: 'harassment', has: ['harass_insult'] },
  { name: 'live call at night (ctx.now)', input: { text: '您在演示贷的欠款已逾期', sender: '1069555002', channel: 'call' }, verdict: 'harassment', has: ['harass_night'] },
];

describe('analyzeMessage', () => {
  it.each(cases)('$name', (c) => {
    const v = analyzeMessage(c.input, { ...ctx, now: new Date('2025-05-01T15:30:00Z') });
    expect(v.verdict).toBe(c.verdict);
    const codes = v.reasons.map((r) => r.code);
    for (const code of c.has ?? []) expect(codes).toContain(code);
    for (const code of c.hasNot ?? []) expect(codes).not.toContain(code);
    if (c.type) expect(v.fraudType).toBe(c.type);
    if (c.inst) expect(v.institution?.id).toBe(c.inst);
    expect(v.risk).toBeGreaterThanOrEqual(0);
    expect(v.risk).toBeLessThanOrEqual(1);
    expect(v.advice.length).toBeGreaterThan(0);
    expect(v.articles.length).toBeGreaterThan(0);
    if (v.verdict !== 'fraud' && v.verdict !== 'suspicious') expect(v.fraudType).toBeNull();
  });

  it('a foreign sender alone weighs less than one speaking for a public body', () => {
    const weight = (text: string): number | undefined =>
      analyzeMessage({ sender: '+1 415 555 0134', text, receivedAt: day }, { ...ctx, model: null }).reasons.find((r) => r.code === 'sender_foreign')?.weight;
    expect(weight('妈 我到宿舍了 明天去办电话卡 别担心')).toBe(0.4);
    expect(weight('This is the Public Security Bureau calling about your passport.')).toBe(0.6);
    expect(weight('這裡是公安局，請保持通話')).toBe(0.6);
  });

  it('evidence offsets point into the original text', () => {
    const text = '【演示貸】請提供驗證碼，轉入安全賬戶';
    const v = analyzeMessage({ text }, ctx);
    const withSpan = v.reasons.filter((r) => r.evidence.start !== undefined);
    expect(withSpan.length).toBeGreaterThan(1);
    for (const r of withSpan) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });

  it('extracts indicators for a fraud report', () => {
    const v = analyzeMessage({ text: '【示例消金】联系 13912345678，转账至卡号 6222021234567890123，详见 https://Sample-XF-kefu.com/a', sender: '+8617012345678' }, ctx);
    expect(v.indicators).toEqual(expect.arrayContaining([
      { kind: 'phone', value: '17012345678' },
      { kind: 'phone', value: '13912345678' },
      { kind: 'account', value: '6222021234567890123' },
      { kind: 'url', value: 'sample-xf-kefu.com/a' },
      { kind: 'domain', value: 'sample-xf-kefu.com' },
      { kind: 'sms_signature', value: '示例消金' },
    ]));
  });

  it('official advice names the real hotline; fraud advice names 96110', () => {
    const fraud = analyzeMessage({ text: '【演示贷】放款前需先交保证金，账户被冻结需交解冻费' }, ctx);
    expect(fraud.advice.map((a) => a.zh).join()).toContain('95991');
    expect(fraud.advice.map((a) => a.zh).join()).toContain('96110');
    expect(fraud.articles).toContain('scam-fake-loan');
  });
});

describe('input errors', () => {
  const bad: Array<[string, MessageInput, string, string]> = [
    ['empty object', {}, 'SCAM_EMPTY_INPUT', 'input'],
    ['whitespace only', { text: '  ', sender: ' ', url: '' }, 'SCAM_EMPTY_INPUT', 'input'],
    ['too large', { text: 'a'.repeat(200_001) }, 'SCAM_INPUT_TOO_LARGE', 'text'],
    ['receivedAt without offset', { text: 'x', receivedAt: '2025-05-01T23:00:00' }, 'SCAM_INVALID_RECEIVED_AT', 'receivedAt'],
    ['receivedAt garbage', { text: 'x', receivedAt: 'yesterday' }, 'SCAM_INVALID_RECEIVED_AT', 'receivedAt'],
  ];
  it.each(bad)('%s', (_n, input, code, field) => {
    try {
      analyzeMessage(input, ctx);
      expect.unreachable('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ScamInputError);
      expect((e as ScamInputError).code).toBe(code);
      expect((e as ScamInputError).field).toBe(field);
    }
  });
});

describe('fraud database', () => {
  it('a reported number turns an otherwise unverified call into fraud, and only that number', () => {
    const db = createMemoryFraudLookup();
    db.report({ kind: 'phone', value: '13812345678' }, { source: 'consumer-1' });
    db.report({ kind: 'phone', value: '13812345678' }, { source: 'consumer-1' });
    expect(db.lookup([{ kind: 'phone', value: '13812345678' }])[0]?.reports).toBe(1);
    expect(db.size()).toBe(1);
    const v = analyzeMessage({ sender: '+86 138 1234 5678' }, { index, fraudLookup: db });
    expect(v.verdict).toBe('fraud');
    expect(v.reasons[0]?.code).toBe('fraud_db_hit');
    expect(analyzeMessage({ sender: '13812345679' }, { index, fraudLookup: db }).verdict).toBe('unverified');
  });

  it('async lookups give the same verdict', async () => {
    const db = createMemoryFraudLookup();
    db.report({ kind: 'domain', value: 'ok-cash.top' }, { source: 'a' });
    db.report({ kind: 'domain', value: 'ok-cash.top' }, { source: 'b' });
    const slow: FraudLookup = { lookup: async (i) => db.lookup(i) };
    const input = { text: '点击 https://ok-cash.top/x 领钱' };
    const v = await analyzeMessageAsync(input, { index, fraudLookup: slow });
    expect(v.verdict).toBe('fraud');
    expect(v.risk).toBe(analyzeMessage(input, { index, fraudLookup: db }).risk);
  });
});

describe('robustness', () => {
  it('100 KB paste is analysed in linear time', () => {
    const unit = '【示例消金】请提供验证码，转入安全账户 https://t.cn/abc 13812345678 😀 ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      analyzeMessage({ text }, ctx);
      return performance.now() - t0;
    };
    time(200);
    const small = time(400);
    const big = time(2000); // ≈ 100 KB: 5× the text must cost far less than 5² = 25×
    expect(unit.repeat(2000).length).toBeGreaterThan(100_000);
    expect(big).toBeLessThan(Math.max(small, 1) * 15);
  });
});
