/**
 * Phrase bank E, extra voices for every scenario: voice-to-text from retirees and rural users
 * (homophones, no punctuation), gig workers' internet slang, text pasted from complaint platforms
 * with a title line, small-business owners, and two-topic texts where only the first topic is the
 * real complaint. Author E: written without reading the other banks or running the classifier. It
 * was written blind as the test set test-e.jsonl, run as a test, then burned: since 2026-12-01
 * (session 3) it is training data (corpus/triage/generate-corpus.ts, docs/evaluation.md).
 */
import type { ScenarioId } from './scenarios.js';

export const VOICE_FACTS_E = {
  repay_howto: [
    '喂喂你好我想问一下那个换钱还款在哪里换我眼睛花了看不清楚那个字',
    '我问下这个月的要还的钱是不是在手机上按那个黄色的就行了还是要去银行',
  ],
  repay_early_howto: [
    '我想一下子全部换清楚不想每个月换了怎么弄啊',
    '【投诉标题】咨询提前结清 【内容】想提前结清全部借款，请问流程和是否收费，谢谢。',
  ],
  loan_limit_howto: [
    '我那个额度怎么提高点啊我家里要盖房子不够用',
    '打工人想问提额到底看啥 按时还了半年还是老样子 蹲一个答案',
  ],
  loan_settlement_proof: [
    '我那个贷款还完了银行说要个结清的证名我不知道在哪开',
    '个体户办贷款要之前那笔的结清证明 营业执照上是我名字 能开盖章版吗',
  ],
  account_unlock: [
    '我那个账好锁住了进不去了说我密马错了我也不知道哪里错了',
    '账号锁了 xswl 我自己都记不住密码 求个解锁姿势',
  ],
  account_phone_change: [
    '我的手机号换了那个老号码不用了你们那个上面怎么改成新的号码',
    '换号了 旧号收不到码 绑定手机怎么换 在线等挺急的',
  ],
  card_change_howto: [
    '我那个扣钱的卡丢了补了一张新的号码变了要怎么换过来',
    '还款卡想换成别的银行的 在哪个菜单改 找半天没找到 有点离谱',
  ],
  credit_update_howto: [
    '我还完了那个正信啥时候能好我要给儿子担保买房子',
    '上岸了家人们 就想问征信多久同步 急着办车贷',
  ],
  addon_cancel_howto: [
    '那个每个月扣我钱的会圆我不要了怎么关掉',
    '会员自动续费在哪关 找不到入口 emo了',
  ],
  marketing_unsub_howto: [
    '你们天天给我发短信借钱借钱我不借怎么让它不发了',
    '推广短信怎么彻底退订 回TD好像没啥用',
  ],
  loan_rate_high: [
    '我借了一万块钱一年要还一万四五这个利息也太高了吧比高利待还狠',
    '【黑猫投诉】标题：{app}利息过高 诉求：退还超额利息 内容：借款后发现实际年化利率远高于宣传，要求按法定标准重新计算。',
    '开个修车铺周转借的 算了一下年化三十多 yyds是真的狠 这利息我要申诉',
  ],
  loan_apr_hidden: [
    '借的时候就说一天几毛钱没说一年是多少后来算出来吓死人了',
    '借款页面只写了日利率 年化藏在合同最后一页 谁看得到啊 离谱他妈给离谱开门',
  ],
  loan_rejected: [
    '我申请借钱为啥不给我批我又没欠过别人钱你们说清楚',
    '开了三年网店流水都有 经营贷就是不批 拒绝原因也不给 想知道卡在哪',
  ],
  loan_contract_terms: [
    '那个合同上写的我看不懂说是不还就要付什么律是费我当时没人说过',
    '【12315投诉】被投诉方：{app} 投诉问题：格式合同条款不公平 具体情况：合同约定平台有权单方面调整利率及费用，未作提示说明。',
  ],
  repay_fee_penalty: [
    '我就晚还了一天就收了我好几百的罚钱这个也太多了吧',
    '晚还两小时 违约金直接两百块 真的破防了家人们',
  ],
  repay_deduct_error: [
    '我自己还过了你们又扣了一回我卡里的钱都扣没了我还要买药呢',
    '【标题】重复扣款 【正文】{date}已在app主动还款，当日系统再次代扣同一期款项，请核实并退还。',
  ],
  repay_hardship: [
    '我老头子住院了家里没钱了这个月的还不上能不能缓一缓我不是不还',
    '小饭馆今年亏惨了 经营贷月供压得喘不过气 想谈个延期或者降月供',
  ],
  collection_contacts: [
    '你们催帐的给我亲家打电话说我欠钱我闺女在婆家都抬不起头了',
    '催收爆我通讯录了 连我高中同学都收到短信 社死现场',
  ],
  collection_night: [
    '半夜里一点多还打电话我们老两口心脏不好吓得一晚上没睡',
    '凌晨三点给我打电话 我刚送完最后一单 真的会谢',
  ],
  collection_insult: [
    '那个催帐的在电话里骂我骂得可难听了说我是老来赖',
    '催收在电话里骂我废物 录音我都留着 这种话术离大谱',
  ],
  addon_bundled: [
    '我借钱的时候也没人问我就给我加了个什么保险我不知道',
    '借款时不开会员就放不了款 这不就是硬塞 拒绝被捆绑',
  ],
  addon_fee: [
    '每个月都多扣我二十几块钱我也不知道是什么东西',
    '【标题】会员费乱扣 【正文】未经同意每月扣除会员费，要求退还。',
  ],
  addon_benefit_missing: [
    '说买了那个卡就能多借钱我买了还是借不了',
    '买了加速包说秒放款 结果等了两天 智商税实锤',
  ],
  credit_wrong_record: [
    '我去信用社贷款人家说我正信上有你们的不良我从来没欠过你们的',
    '【黑猫投诉】投诉对象：{app} 投诉要求：更正征信 问题：已按时还款却被上报逾期，导致房贷被拒。',
    '征信花了还有一条假逾期 这锅我不背 必须改',
  ],
  credit_unauthorized_query: [
    '我没找你们借过钱你们凭啥查我的正信',
    '征信查询记录里你们查了我五次 我一次都没授权 这是啥操作',
  ],
  pi_leak: [
    '我在你们这借了钱以后天天有人打电话知道我叫啥住哪里',
    '刚注册完就被各种贷款电话轰炸 信息被卖了吧 无语子',
  ],
  pi_permissions: [
    '那个软件非要看我手机里的电话本不给看就不让用',
    '装个借款app要通讯录相册定位麦克风 全都要 我是在交底吗',
  ],
  account_close_refused: [
    '我想把账户消了不用了你们客服不给我消',
    '【投诉】申请注销账户被拒 【诉求】立即注销账户并删除个人信息',
  ],
  account_system_fault: [
    '那个软件打不开了一打开就退出来了我要还钱都还不了',
    'app又崩了 一点就闪退 修一下好吗 打工人时间很宝贵',
  ],
  payment_not_credited: [
    '我钱都转过去了你们说没收到又给我打电话催我到底还没还上',
    '还款成功截图都有 账单还是未还 钱去哪儿了 在线等',
  ],
  payment_double_charge: [
    '我就按了一下它扣了我两回钱短信都来了两条',
    '一笔还款扣了两次 网卡了一下而已 多扣的钱退我',
  ],
  payment_channel_forced: [
    '非要我办你们那个银行的卡才能还我们这乡下没有那个银行',
    '只能用平台钱包还款 别的方式都不行 自由选择权呢',
  ],
  marketing_harass: [
    '天天打电话问我要不要借钱我说了不要还打我一个老太太借什么钱',
    '推销电话一天七八个 退订了还打 真的栓Q',
  ],
  marketing_misleading: [
    '说是国家给的补贴让我领我领了才知道是借的钱要还利息',
    '广告写零息借款 结果服务费比利息还高 这不是虚假宣传吗',
  ],
  service_attitude: [
    '我打电话问那个客服她说我听不懂就别借钱态度太差了',
    '客服全程阴阳怪气 问三句回一句 服务态度绝了',
  ],
  service_unreachable: [
    '打你们电话一直是嘟嘟嘟没人接我都打了一下午了',
    '人工客服找不到 机器人只会说“请描述您的问题” 绝了',
  ],
  fraud_impersonation: [
    '有个人打电话说是你们公司的说我的贷款要注销不注销影响正信让我转钱我就转了现在找不到人了',
    '对方说是派出所的 说我银行卡被人用来洗钱 要我把钱先转到他们的清查账户 我一个人在家吓坏了就转了',
    '有人说是{app}的官方客服 拉我进了一个会议 让我开屏幕共享 然后我的钱就没了',
  ],
  fraud_credit_repair: [
    '有个人说能把我正信上的黑记录弄掉我给了他三千块钱现在电话打不通了',
    '小红书上找的“征信修复”说包上岸 交了{amt}定金 然后就已读不回了',
  ],
  loan_identity_theft: [
    '我从来没借过你们的钱怎么给我打电话要我还钱是不是有人拿我身份证借的',
    '公司前财务拿我营业执照和身份证在你们这借了经营贷 我完全不知道',
  ],
  account_stolen: [
    '我的那个账户不知道被谁进去了借了钱还转走了我一点都不知道',
    '号被盗了 密码被改 额度被借空 真的破大防',
  ],
  collection_threat: [
    '那个催帐的说再不还就来我家找我还说知道我孙子在哪上学',
    '催收原话是“你信不信我明天就带人去你店里” 我现在店都不敢开',
  ],
} as const satisfies Record<ScenarioId, readonly string[]>;
