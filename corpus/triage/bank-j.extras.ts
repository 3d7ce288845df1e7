/**
 * Phrase bank J: written by an independent tenth author (session 5, 2026-12-02) for
 * TRAINING ONLY. It is never used for evaluation.
 *
 * What the author read: corpus/triage/scenarios.ts (labels, demands, overlays, the PhraseBank
 * interface), corpus/triage/compose.ts (how a bank is expanded into rows), the shared
 * regulation notes (facts/regulation.md), SPEC.md and the four seed articles. No other bank,
 * corpus file, model, test or benchmark was opened; the wording is the author's own.
 *
 * Styles: students and new graduates (生活费, 实习工资, 考公政审, 宿舍, 辅导员); gig workers —
 * delivery riders, ride-hailing drivers, night-market vendors (跑单, 出车, 收车, 摆摊) — writing
 * between jobs; elderly people speaking slowly and repeating themselves ("还完了，都还完了")
 * without stating their age (age and disability appear only in the vulnerable overlay);
 * dialect-flavoured Mandarin: Northeastern (咋整, 贼, 埋汰, 这疙瘩), Sichuanese (啥子, 咋个,
 * 巴适, 摆一哈), Shanghainese (阿拉, 侬, 搿个, 结棍, 勿), Minnan/Taiwanese turns (歹势, 拍谢,
 * 有够); multi-topic complaints where a dismissed side remark comes first and the main issue
 * last ("界面难用就不说了，最主要是…"); rhetorical challenges ("凭什么…？", "你们是不是…？");
 * number-heavy complaints listing amounts, times and counts; Hong Kong colloquial Cantonese
 * (咗, 唔, 嘅, 啲, 畀, 点解) written in simplified characters so that the Traditional share
 * (OpenCC 'hk') turns those rows into written HK Cantonese; English from foreign workers
 * (Indian and Filipino English) and text-speak (u, pls, thx, asap).
 *
 * Notes: compose.ts fills {app} {amt} {phone} {name} {date} but not {n}, so this bank writes
 * counts as literal numbers. Demand phrasings are scenario-neutral because compose.ts draws
 * the demand independently of the fact.
 */
import type { PhraseBank } from './scenarios.js';
import { J_ENGLISH } from './bank-j.english.js';
import { J_TIER1 } from './bank-j.tier1.js';
import { J_TIER2A } from './bank-j.tier2a.js';
import { J_TIER2B } from './bank-j.tier2b.js';
import { J_OVERLAYS, J_TIER3 } from './bank-j.tier3.js';

const DEMANDS_J: PhraseBank['demands'] = {
  refund: [
    '这笔钱得给我退回来',
    '钱给我原路退回去，一分都不能少',
    '请尽快把这笔钱退到我卡上',
    '我要求全额退款',
    '退钱，退钱，把钱退给我',
    '我只要你们把钱退回来，别的不跟你们计较',
    '啲钱即刻退返俾我',
    '侬快点把钞票退还给我',
  ],
  stop_harassment: [
    '别再给我打电话发短信了',
    '请立刻停止骚扰，不要再打扰我和我家里人',
    '以后不要再打这个号码了',
    '我要求你们马上停止这种骚扰',
    '唔好再打嚟烦我',
    '侬勿要再打电话来了',
    '别打了，别打了，一天到晚响个不停',
  ],
  negotiate_repayment: [
    '能不能给我重新分期，每月少还一点？',
    '希望能减免一部分，剩下的我慢慢还',
    '请给我延期三个月，我一定还',
    '我想申请停息挂账，分长一点的期数还',
    '可唔可以倾下分期慢慢还？',
    '侬看看好勿好宽限几个号头，我分开来还',
    '我愿意还，就是想商量个我扛得住的还款计划',
  ],
  correct_credit: [
    '请把征信上的错误记录删掉',
    '马上去征信那边申请更正，给我恢复正常',
    '我要求消除这条不良记录',
    '征信必须给我改回来，这个影响我贷款',
    '帮我把征信上那条记录撤掉，再给我出个更正的证明',
    '唔该帮我更正征信记录',
    '侬帮我把征信弄清爽，错的要去掉',
  ],
  explanation: [
    '请给我一个明确的解释',
    '你们说清楚到底怎么回事',
    '麻烦告诉我具体该怎么办',
    '给我讲明白规矩是啥，别让我猜',
    '请把前因后果一条一条跟我讲清楚',
    '唔该同我讲清楚点解',
    '侬讲讲清爽，到底是哪能一桩事体',
    '我就想知道为什么，给个准话',
  ],
  close_account: [
    '帮我取消掉，以后别再跟我有啥关系',
    '请帮我注销，我以后不用了',
    '把这个给我关了，关了',
    '我要求马上停掉并且注销',
    '能关的都给我关了，该销的都销掉',
    '唔该帮我取消哂',
    '侬帮我销掉好伐',
  ],
  compensation: [
    '我要求赔偿我的损失',
    '耽误我跑单一天少挣好几百，这个损失你们得赔',
    '你们的问题造成的损失，必须给我补偿',
    '给我一个合理的赔偿方案',
    '赔钱，这事必须赔',
    '要赔返我嘅损失',
    '侬要赔偿阿拉的损失',
  ],
  apology: [
    '我要你们正式给我道歉',
    '那个人必须给我道歉',
    '你们公司得给我赔个不是',
    '起码跟我说声对不起吧',
    '我要求当事人当面向我道歉',
    '要同我道歉先得',
    '侬要向阿拉赔礼道歉',
  ],
  other: [
    '给我留一个能直接找到人工的电话',
    '处理结果发短信告诉我就行',
    '麻烦给我出个书面的答复',
    '帮我把这个意见转给你们负责的人',
    '以后别再出这种事了，你们改一改',
    '把这事给我记下来，给我个受理编号',
    '同我揾个负责人跟进',
    '侬帮我登记一下，有结果打电话给我',
  ],
};

export const BANK_J: PhraseBank = {
  author: 'J',
  facts: { ...J_TIER1, ...J_TIER2A, ...J_TIER2B, ...J_TIER3 },
  demands: DEMANDS_J,
  overlays: J_OVERLAYS,
  openers: [
    '你好，',
    '你好你好，我问个事，',
    '喂，你好，我是跑外卖的，',
    '老师好，我还是在校学生，',
    '我刚毕业工作没多久，',
    '我开网约车的，白天没空打电话，就在这打字说，',
    '我在夜市摆摊的，',
    '同志你好啊，你好，',
    '闺女，你听我说，听我说，',
    '哎呀妈呀，我跟你说个事儿，',
    '老铁，我唠唠这个事，',
    '我跟你们摆一哈这个事情，',
    '侬好，我讲一桩事体，',
    '你好啊，歹势打扰一下，',
    '唔该，我想问下，',
    '先说好我不太会打字，慢慢说，',
    '我今天收工早，正好来说说，',
    '本来不想找你们的，',
    '我憋了好几天了，今天必须说，',
    '那个，那个，我问一下，',
  ],
  emotions: [
    '真的气死我了',
    '我现在心里慌得很',
    '凭什么这么欺负人？',
    '你们是不是觉得我们学生好欺负？',
    '我一天跑单才挣两百多，经不起你们这么折腾',
    '我这心里头，堵得慌，堵得慌',
    '贼闹心，整得我饭都吃不下',
    '巴适个锤子，我火都冒起来了',
    '阿拉真个是气煞了',
    '有够扯的，我真的很无言',
    '我真係好嬲',
    '搞得我好烦啊',
    '你们是不是就欺负老实人？',
    '我都不知道该找谁了，急死了',
    '一说起来手都在抖',
    '我实在太失望了',
    '说句难听的，你们这是把人当傻子',
  ],
  closers: [
    '谢谢。',
    '麻烦尽快回复，我还要出去跑单。',
    '就这些，等你们回话。',
    '辛苦了哈。',
    '谢谢你啊闺女，谢谢了。',
    '麻烦了，多谢。',
    '唔该哂。',
    '谢谢侬。',
    '拜托快点处理哈。',
    '我等你们消息。',
    '回电话的话白天我在路上，可能听不见，晚点再打。',
    '就这样吧。',
    '感谢，感恩。',
    '有结果了跟我说一声。',
    '拍谢，麻烦了。',
    '行，就这样，等着。',
  ],
  apps: ['青柠借款', '稻穗分期', '麦垛钱包', '云朵花花', '栗壳速借', '豆荚信用', '星桥借呀', '松果分期', '橘灯钱包', '竹筏易贷', '帆影借款', '柚见花'],
  english: J_ENGLISH,
  typos: [
    ['还款', '换款'],
    ['利息', '利细'],
    ['征信', '正信'],
    ['客服', '课服'],
    ['逾期', '预期'],
    ['催收', '催手'],
    ['账户', '帐户'],
    ['什么', '神马'],
    ['怎么', '咋么'],
    ['注销', '住销'],
    ['会员', '会圆'],
    ['密码', '秘码'],
    ['电话', '电化'],
    ['知道', '造'],
    ['这样', '酱紫'],
    ['骚扰', '扫扰'],
    ['手续费', '手绪费'],
    ['额度', '额渡'],
    ['银行卡', '银航卡'],
    ['没有', '木有'],
    ['扣款', '扣宽'],
    ['保险', '保显'],
    ['凭什么', '凭啥'],
    ['违约金', '违约今'],
  ],
  traditional: 'hk',
  englishShare: 0.15,
  longShare: 0.1,
  typoShare: 0.12,
};
