/**
 * Messages written for this table, not generated from the evaluation banks: real-world shapes the
 * templates do not cover (evasive spellings, emoji, call transcripts, Traditional and English text,
 * anti-fraud notices that quote scripts, honest senders that are not registered, collectors who
 * threaten without the usual words). Each row checks the verdict, and for scams the type.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryFraudLookup } from './fraud-lookup.js';
import { loadShippedRegistry } from './registry.fixture.js';
import { analyzeMessage } from './scam.analyzer.js';
import type { FraudType, MessageInput, VerdictKind } from './scam.types.js';

const { index } = loadShippedRegistry();
const ctx = { index, fraudLookup: createMemoryFraudLookup() };
const day = '2025-06-03T14:20:00+08:00';

type Expect = 'scam' | Exclude<VerdictKind, 'fraud' | 'suspicious'> | 'not_flagged';
interface Row {
  name: string;
  input: MessageInput;
  want: Expect;
  type?: FraudType;
  has?: string;
}

const scams: Row[] = [
  { name: 'V信 with spaces', input: { text: '兼职刷单，日结300，有意加 V 信 abc123 详聊', sender: '13812345678' }, want: 'scam', type: 'brushing_rebate' },
  { name: 'one character per space', input: { text: '请 把 收 到 的 验 证 码 告 诉 我，帮 您 办 理 退 款' }, want: 'scam', type: 'fake_customer_service', has: 'cue_verification_code' },
  { name: 'emoji between words', input: { text: '您的快递🚚丢失了，我们💰双倍赔偿，请下载腾🔥讯会议开启屏幕共享' }, want: 'scam', type: 'fake_customer_service', has: 'cue_screen_sharing' },
  { name: '薇 for 微, emoji ads', input: { text: '💰招聘宝妈💰 手机做任务 一单一结 佣金5-50元 ➕薇信：xyz123' }, want: 'scam', type: 'brushing_rebate' },
  { name: 'English fake police', input: { text: 'This is the Shanghai police. Your ID was used for money laundering. Move your savings to the safe account we give you.', sender: '+44 20 7946 0018' }, want: 'scam', type: 'impersonating_authority' },
  { name: 'Traditional credit-repair ad', input: { text: '專業征信修復，逾期記錄洗白，內部渠道，三天見效，諮詢微信 zx888' }, want: 'scam', type: 'fake_credit_repair' },
  { name: 'debt-agent ad quoting abusive collection', input: { text: '网贷逾期被爆通讯录？专业团队帮你停息挂账、反催收，成功后收费，加V：fw8899', sender: '13912340000' }, want: 'scam', type: 'fake_credit_repair' },
  { name: 'quoted phrase the reader is told to act on', input: { text: '为防诈骗，请立即将资金转入“安全账户”配合调查，逾期冻结', sender: '13812345678' }, want: 'scam', type: 'impersonating_authority' },
  { name: 'debt-agent ad', input: { text: '征信花了？网贷逾期？专业团队帮你停息挂账，协商减免，成功再收费' }, want: 'scam', type: 'fake_credit_repair' },
  {
    name: 'call transcript, student-loan cancel',
    input: { text: '客服：您好，我是示例消金的，您之前开通的学生账户要注销，不然影响征信。\n我：怎么注销？\n客服：您下载一个向日葵，我远程帮您操作。', sender: '+86 95990', channel: 'call' },
    want: 'scam',
    type: 'fake_credit_repair',
  },
  { name: 'fake boss on WeChat', input: { text: '小张，我是王总，这是我新微信。有个合作方的款急着付，你先转20万到这个账户，我开完会再补手续。', channel: 'wechat' }, want: 'scam', type: 'impersonating_acquaintance' },
  { name: 'relative with a lost phone', input: { text: '舅舅，我是小明，手机丢了借同学的手机发的，在外地出了点事急需5000，转到这张卡6222021234567890123，别告诉我妈', sender: '15912345678' }, want: 'scam', type: 'impersonating_acquaintance' },
  { name: 'loan deposit and turnover', input: { text: '您在我司申请的10万贷款已审批，因流水不足需先缴纳2000元保证金刷流水，到账后退还', sender: '17012345678' }, want: 'scam', type: 'fake_loan' },
  { name: 'unfreeze fee', input: { text: '您的借款因银行卡信息有误已被冻结，需缴纳解冻金3000元才能放款，请联系专员' }, want: 'scam', type: 'fake_loan' },
  { name: 'refund via QQ', input: { text: '【淘宝】您购买的商品因仓库原因需要退款，请添加客服扣扣 12345678 办理，退款将原路返回', sender: '17112345678' }, want: 'scam', type: 'fake_customer_service' },
  { name: 'game trading deposit', input: { text: '你好，我想买你的王者荣耀账号，出价3000，请到这个交易平台 http://wzry-trade.top 登记，需先交500保证金', sender: '16512345678' }, want: 'scam', type: 'game_trading' },
  { name: 'frozen withdrawal after a game sale is game trading', input: { text: '您的游戏账号交易已完成，但由于您的银行卡信息错误，资金被冻结，需缴纳解冻金2000元才能提现', sender: '16512340000' }, want: 'scam', type: 'game_trading' },
  { name: 'Traditional 帳號 reads as 账号', input: { text: '你好，你的遊戲帳號已經賣出了，但是因為你的帳戶未認證，資金被凍結，需要充值500元解凍才能提現', sender: '16512340001' }, want: 'scam', type: 'game_trading' },
  { name: 'English romance with a frozen account', input: { text: 'Sweetheart, I miss you so much. My bank account is frozen while I am deployed overseas. Could you send me 2000 for the fees? I will repay you when we meet.', channel: 'wechat' }, want: 'scam', type: 'romance' },
  { name: 'student loan, regulator pretext', input: { text: '您好，根据银保监会规定，您在校期间开通的校园贷需要注销，否则会影响您的个人征信', sender: '4006667777', channel: 'call' }, want: 'scam', type: 'fake_credit_repair' },
  { name: 'English court summons link', input: { text: 'Court notice: you have an unsigned court summons. View it at http://103.21.4.9/case or an arrest warrant will be issued.' }, want: 'scam', type: 'impersonating_authority' },
  { name: 'English remote-access refund', input: { text: 'Hi, this is Amazon customer service. To process your refund please install AnyDesk and share your screen with me.', sender: '+1 800 555 0199' }, want: 'scam', type: 'fake_customer_service' },
  { name: 'stock group with evasive v', input: { text: '老师今天推荐的牛股已经涨停，明天还有一只，想进群的加v：stock888', sender: '16712345678' }, want: 'scam', type: 'fake_investment' },
  { name: 'second-hand phone off platform', input: { text: 'iPhone15全新未拆封，低价2500出，不走平台，先付定金500锁定', sender: '18812345678' }, want: 'scam', type: 'fake_shopping' },
  { name: 'romance customs fee', input: { text: '亲爱的，我在国外工作，寄给你的礼物被海关扣了，需要你先付清关费8000元', channel: 'wechat' }, want: 'scam', type: 'romance' },
  { name: 'refund moved to a private WeChat', input: { text: '喂，您好，这边是平台售后，您买的儿童玩具检测出质量问题，我们要对您进行一个退款赔偿，您看方便加一下我们的企业微信吗？', channel: 'call', sender: '02161234567' }, want: 'scam', type: 'fake_customer_service' },
  { name: 'old friend, amount without a unit', input: { text: '喂，是我啊，听不出来了？我是你大学室友，最近遇到点麻烦，你能先转我3000吗，下周还你', sender: '17012349876' }, want: 'scam', type: 'impersonating_acquaintance' },
  { name: 'boss wants a supplier paid', input: { text: '王经理：小陈，我在外地出差，有笔货款要马上付给供应商，你先用公司账户转一下，账号我发你，急！', channel: 'wechat' }, want: 'scam', type: 'impersonating_acquaintance' },
  { name: 'pig-butchering is filed under romance', input: { text: '亲爱的，我在一个投资平台上赚了很多，这个平台是我叔叔内部的，你也可以投一点，我们一起为未来努力', channel: 'wechat' }, want: 'scam', type: 'romance' },
  { name: 'English romance, pay first', input: { text: 'My darling, I am a US army doctor in Syria. I want to come to China to marry you, but I need you to pay for my leave paper first.', sender: '+1 415 555 0100' }, want: 'scam', type: 'romance' },
  { name: 'Hi Mum, new number', input: { text: 'Hi Mum, this is my new number, I dropped my phone. Can you send me 500 for a new one? I will pay you back.' }, want: 'scam', type: 'impersonating_acquaintance' },
  { name: 'pay in full before shipping', input: { text: '茅台飞天内部渠道拿货，1499一瓶，现货不多，先付全款再发货，不支持平台交易', sender: '13912347777' }, want: 'scam', type: 'fake_shopping' },
  { name: 'fake police blaming "criminals"', input: { text: '有不法分子冒用你的身份开户洗钱，你现在涉嫌犯罪，需将名下资金转入安全账户配合调查', sender: '+86 96110' }, want: 'scam', type: 'impersonating_authority', has: 'cue_safe_account' },
  { name: 'lookalike bank asks for code', input: { text: '【模拟银行】尊敬的客户，您的账户存在异常，请将收到的验证码回复至本号码完成验证', sender: '13912345678' }, want: 'scam', has: 'cue_verification_code' },
];

const normal: Row[] = [
  {
    name: 'notice listing pretexts and tools',
    input: { text: '【示例消金】温馨提示：近期有不法分子冒充我司工作人员，以注销校园贷、消除不良记录为由，诱导您下载屏幕共享软件并转账。我司绝不会有此类要求，如有疑问请拨打95990。', sender: '1069555001' },
    want: 'official',
  },
  { name: 'Traditional "all are scams" notice', input: { text: '【模擬銀行】防詐提醒：凡是要求您開啟屏幕共享、提供驗證碼的，都是詐騙。', sender: '10657555003' }, want: 'official' },
  { name: 'English never-do notice', input: { text: 'Reminder from Sample Consumer Finance: we will never ask you to transfer money to a safe account or to install remote access apps.', sender: '1069555001' }, want: 'official' },
  { name: 'anti-fraud centre awareness text', input: { text: '刷单返利、冒充客服退款、虚假投资理财是高发诈骗类型，请提高警惕，谨防上当。' }, want: 'not_flagged' },
  { name: 'unregistered parcel locker', input: { text: '【远山快递】您的包裹已到达小区驿站，取件码 8-2-3011，请及时领取', sender: '1069812345678' }, want: 'not_flagged' },
  { name: 'police reminder quoting a script', input: { text: '派出所民警提醒：“我是银行客服，您的账户有风险，需要把资金转到安全账户”——听到这种话请直接挂断。', sender: '1069512345678' }, want: 'not_flagged' },
  { name: 'forwarded anti-fraud notice from a mobile', input: { text: '转发：【社区反诈宣传】冒充公检法的骗子常说“你的银行卡涉嫌洗钱”，公安机关不会电话办案。', sender: '13712345678' }, want: 'not_flagged' },
  { name: 'chat-app tag is not a signature', input: { text: '[微信] 同事：昨天的饭钱我转给你了，记得查收哈', sender: '13712345678' }, want: 'not_flagged' },
  { name: 'English notice labelling a quoted script', input: { text: 'Bank notice: messages asking you to “move your savings to a safe account” are always scams.' }, want: 'not_flagged' },
  { name: 'friend and concert tickets', input: { text: '周末一起去看演唱会吗？门票我已经买好了，到时候转我钱就行', sender: '13612345678' }, want: 'not_flagged' },
  { name: 'salary credited', input: { text: '【星河银行】您尾号1234的账户于05月02日转入工资8000.00元，可用余额12000.00元', sender: '1069800012345' }, want: 'not_flagged' },
  { name: 'lender offers its own repayment plan', input: { text: '【演示贷】您的借款已逾期7天，请尽快还款。如确有困难，可在App内申请协商还款或个性化分期。客服95991', sender: '1069555002', receivedAt: day }, want: 'not_flagged' },
  { name: 'English OTP', input: { text: 'Your Demo Lending code is 123456. Do not share this code with anyone, including our staff.', sender: '1069555002' }, want: 'official' },
  { name: 'refund accepted, nothing to do', input: { text: '【绿洲商城】您的退款申请已通过，199.00元将在1-3个工作日原路退回，无需任何操作', sender: '1069812345678' }, want: 'not_flagged' },
  { name: 'lawful lawsuit notice from the lender', input: { text: '【示例消金】您的借款已逾期60天，我司将依法向法院提起诉讼，请尽快还款。客服95990', sender: '1069555001', receivedAt: day }, want: 'not_flagged' },
  { name: 'own phone out of battery', input: { text: '妈，我手机没电了，用同学手机给你发的，晚上回家吃饭', sender: '13712345678' }, want: 'not_flagged' },
  { name: 'notice naming three scams in quotes', input: { text: '【演示城市银行】反诈提醒：“刷单返利”“注销校园贷”“冒充公检法”是近期高发骗局，任何要求您转账、共享屏幕的陌生来电请立即挂断。', sender: '10690555007' }, want: 'not_flagged' },
  { name: 'lender warns of fake agents', input: { text: '【演示贷】温馨提示：近期有诈骗分子冒充我司客服，谎称可帮您“降低利息”“提高额度”，要求您缴纳保证金，请勿相信。', sender: '1069555002' }, want: 'not_flagged' },
  { name: 'customer closed their own account', input: { text: '【示例消金】您已成功注销账户，感谢您一直以来的支持。如有疑问请致电95990。', sender: '1069555001' }, want: 'not_flagged' },
  { name: 'friends splitting a bill', input: { text: '明天同学聚会，我先把AA的钱垫付了，一人200，回头大家转我', sender: '13812349999' }, want: 'not_flagged' },
  { name: 'lender names lawful next steps', input: { text: '【演示贷】您好，您的账单已逾期，若持续未还款，我司将依法委托第三方机构催收，并可能通过法律途径解决。', sender: '1069555002', receivedAt: day }, want: 'not_flagged' },
  { name: 'English repayment receipt ("pay" inside a word)', input: { text: 'Demo Lending: we have received your repayment of CNY 1200.00 on May 3. Thank you.', sender: '02187654321' }, want: 'not_flagged' },
  { name: 'family asks for school fees', input: { text: '老公，孩子学校要交下学期的学费3000元，你晚上回来记得转给我', sender: '13712340011' }, want: 'not_flagged' },
  { name: 'shop calls goods 宝贝', input: { text: '【绿洲商城】亲爱的顾客，您购买的宝贝已发货，预计明天送达。', sender: '1069812345670' }, want: 'not_flagged' },
  { name: 'colleague mentions a meeting', input: { text: '王总，合同我已经发您邮箱了，您在开会的话我晚点再打', sender: '13712345679' }, want: 'not_flagged' },
];

/** Messages that warn the reader off: they quote scams but tell the reader not to act. */
const warnings: Row[] = [
  { name: 'daughter warns her mother off a fake relative', input: { text: '妈，刚才打电话说我出车祸要钱的那个人是骗子，我好好的在上班，你千万别转钱给他', sender: '13612345601', receivedAt: day }, want: 'not_flagged' },
  { name: 'friend forwards a suspicious link and did not click', input: { text: '你看这条短信说我社保卡要升级，让我点链接填银行卡号，我没点，是不是假的', sender: '13612345602', receivedAt: day }, want: 'not_flagged' },
  { name: 'merchant states what it never asks', input: { text: '【远山快递】您的包裹已签收。我们不会来电要求您提供银行卡号或验证码，如遇此类电话请直接挂断。', receivedAt: day }, want: 'not_flagged' },
  { name: 'English warning to a parent', input: { text: 'Dad, that call about my "accident" was not me. Please do not send any money, I am fine.', sender: '13612345603', receivedAt: day }, want: 'not_flagged' },
  // Each of these would be suspicious or fraud on its cues alone: the warning is what clears it.
  { name: 'son reports a code request he refused', input: { text: '爸，有人打电话让你把收到的验证码报给他，我没告诉他，你也千万别给', sender: '13612345604', receivedAt: day }, want: 'not_flagged', has: 'reader_warned' },
  { name: 'daughter warns of an up-front fee', input: { text: '妈，有人加你微信说先交500元保证金就能领补贴，你千万别转', sender: '13612345605', receivedAt: day }, want: 'not_flagged', has: 'reader_warned' },
  { name: 'English screen-sharing report', input: { text: 'Someone asked me to turn on screen sharing and read out the verification code to get a refund. I did not click anything, please do not send them money.', sender: '13612345606', receivedAt: day }, want: 'not_flagged', has: 'reader_warned' },
  { name: 'police warning forwarded in a family group', input: { text: '[家庭群] 二哥：转发派出所的提醒：有人冒充医保局打电话说医保卡被盗刷，再转接“警察”让转钱到安全账户。医保局和警察都不会这样，接到就挂。', sender: '13612345607', receivedAt: day }, want: 'not_flagged' },
  { name: 'Traditional voice note that names the scammer', input: { text: '[語音轉文字] 媽，我剛聽小姨說有人打你電話冒充我，說我被抓了要交保釋金，那是騙子！你別轉錢。', sender: '13612345608', receivedAt: day }, want: 'not_flagged' },
  // Channel evidence is beyond the warning: a look-alike sender with a scam script stays a scam.
  { name: 'a warning phrase does not clear a fake sender', input: { text: '【示例消金】您的账户存在风险，请勿转账给陌生人，立即登录 http://101.22.33.44/h5 输入银行卡号和验证码完成核验', sender: '+86 95990' }, want: 'scam' },
];

const harassment: Row[] = [
  { name: 'company group disclosure', input: { text: '你再不还钱，我们就把你欠钱的事发到你们公司群里，让你同事都看看', sender: '13512345678', receivedAt: day }, want: 'harassment', has: 'harass_disclosure' },
  { name: 'visiting parents', input: { text: '欠债还钱天经地义，明天派人去你老家找你爸妈', sender: '13512345679', receivedAt: day }, want: 'harassment', has: 'harass_third_party' },
  { name: 'night call', input: { text: '你的网贷逾期了，赶紧还', sender: '13512345670', channel: 'call', receivedAt: '2025-06-03T23:40:00+08:00' }, want: 'harassment', has: 'harass_night' },
  { name: 'fake law firm', input: { text: '【正义律师事务所】你拖欠示例消金借款已构成诈骗罪，我所已向法院申请立案，三日内不还将被拘留', sender: '13512345671', receivedAt: day }, want: 'harassment', has: 'harass_fake_legal' },
  { name: 'English employer threat', input: { text: 'You owe us 5000. Pay today or we will call your employer and your family.', sender: '13512345672', receivedAt: day }, want: 'harassment', has: 'harass_third_party' },
  { name: 'all contacts will know', input: { text: '不还钱就等着爆通讯录吧，你所有联系人都会收到你的欠款信息', sender: '13512345673', receivedAt: day }, want: 'harassment' },
  { name: 'Traditional insult', input: { text: '你這個老賴，欠錢不還，全家不得好死', sender: '13512345674', receivedAt: day }, want: 'harassment', has: 'harass_insult' },
  { name: 'photos to the village group', input: { text: '老赖，欠钱不还还敢拉黑？今晚我们就把你的照片发到你们村群里', sender: '13812346666', receivedAt: day }, want: 'harassment', has: 'harass_disclosure' },
  { name: 'English contact-list threat', input: { text: 'Pay your debt today or we will send your photos to everyone in your contact list.', sender: '13512340005', receivedAt: day }, want: 'harassment' },
  { name: 'parents named first, then called', input: { text: '我是示例消金的催收员，你已经逾期一个月了，你父母的电话我们都有，你不接我就打给他们', sender: '13512340014', receivedAt: day }, want: 'harassment', has: 'harass_third_party' },
  { name: 'every WeChat friend will receive it', input: { text: '再不还钱，你所有微信好友都会收到你的催款通知', sender: '13512340015', receivedAt: day }, want: 'harassment', has: 'harass_disclosure' },
  { name: 'English conditional threat', input: { text: 'You have been ignoring our calls. If you do not repay by tonight we will contact your parents and your boss.', sender: '13512340017', receivedAt: day }, want: 'harassment', has: 'harass_third_party' },
  { name: 'borrow from another app', input: { text: '还不上就去借别的网贷，先把我们的还了，别跟我说没钱', sender: '13512340019', receivedAt: day }, want: 'harassment', has: 'harass_push_borrowing' },
  { name: 'visit fees charged to the debtor', input: { text: '你欠的3000今天必须结清，另外我们同事上门跑了两趟，上门费和差旅费一共800你也得出', sender: '13512340031', receivedAt: day }, want: 'harassment', has: 'harass_extra_fee' },
  { name: 'wages garnished through the employer', input: { text: '您好，请转告贵单位人事：员工小周拖欠我司借款两万，请从其工资中代扣，否则我们会每天派人到贵公司等候', sender: '13512340032', receivedAt: day }, want: 'harassment', has: 'harass_third_party' },
  { name: 'English texts to a sister and a manager', input: { text: 'Your loan is 60 days overdue. We already texted your sister and your manager. Pay today or we post your photo on social media.', sender: '13512340033', receivedAt: day }, want: 'harassment' },
  { name: 'borrow elsewhere to repay', input: { text: '你欠的钱今天必须还清，没钱就去别的网贷平台借，借新还旧', sender: '13512345675', receivedAt: day }, want: 'harassment', has: 'harass_push_borrowing' },
  // Written to the debtor's relatives or employer, however politely.
  { name: 'a mother told of her son\'s bill', input: { text: '阿姨您好，打扰了，您儿子在我们这边有一笔借款逾期两个月了，您方便的话提醒他尽快处理。', sender: '02812345678', receivedAt: day }, want: 'harassment', has: 'harass_third_party' },
  { name: 'HR asked whether the debtor still works there', input: { text: '您好，想跟贵司人事核实一下员工是否在职，他在我司的欠款已经逾期三个月了。', sender: '02112345678', receivedAt: day }, want: 'harassment', has: 'harass_third_party' },
  { name: 'an uncle pressed to pay for his daughter', input: { text: '叔叔您好，您女儿的电话一直打不通，她欠的钱今天必须处理，您能不能先帮她垫上？', sender: '02712345678', receivedAt: day }, want: 'harassment', has: 'harass_third_party' },
  // From the lender's own port: the text model reads a lender's notice, but the fee is illegal.
  { name: 'collection fees from the official port', input: { text: '【示例消金】您的逾期账单已产生催收服务费300元及上门差旅费600元，需与本金一并结清。', sender: '1069555001', receivedAt: day }, want: 'harassment', has: 'harass_extra_fee' },
  // A collector's fake court threat from a staff mobile is the collector's, not a scam: no money goes elsewhere.
  { name: 'fake lawsuit threat from a staff mobile', input: { text: '【律师函】你拖欠示例消金借款7057元，本所已将材料递交公安机关，涉嫌信用卡诈骗罪，24小时内联系本所处理，逾期后果自负。', sender: '18921256567', receivedAt: day }, want: 'harassment', has: 'harass_fake_legal' },
];

describe('compaction keeps evidence on the original characters', () => {
  it('spaces, emoji and zero-width characters between Chinese characters are skipped', () => {
    const text = '请把验\u200b证 码💬告诉我，转入安 全 账 户';
    const v = analyzeMessage({ text }, ctx);
    const safe = v.reasons.find((r) => r.code === 'cue_safe_account');
    expect(safe?.evidence.text).toBe('安 全 账 户');
    expect(v.reasons.map((r) => r.code)).toContain('cue_verification_code');
  });

  it('a cue spelled inside a link is not a cue', () => {
    const v = analyzeMessage({ text: '详情 https://shuadan-fanli.example.com/refund' }, ctx);
    expect(v.reasons.map((r) => r.code)).not.toContain('cue_refund');
  });
});

describe('scenario table (written apart from the evaluation banks)', () => {
  it.each([...scams, ...normal, ...warnings, ...harassment])('$name', (row) => {
    const v = analyzeMessage(row.input, ctx);
    const got = v.verdict === 'fraud' || v.verdict === 'suspicious' ? 'scam' : v.verdict;
    if (row.want === 'not_flagged') expect(['official', 'unverified']).toContain(v.verdict);
    else expect(got).toBe(row.want);
    if (row.type) expect(v.fraudType).toBe(row.type);
    if (row.has) expect(v.reasons.map((r) => r.code)).toContain(row.has);
    for (const r of v.reasons) {
      if (r.evidence.start !== undefined) expect((row.input.text ?? '').slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    }
  });
});
