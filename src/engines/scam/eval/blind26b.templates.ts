/**
 * BLIND26 held-out bank, second part: fraud and harassment. Written with blind26.templates.ts by
 * the same independent (thirty-third) author in session 12, 2026-12-04; see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules: those of blind25b.templates.ts's header, applied in the same order (1) victim's
 * own retelling labelled by the scam, warnings and "is this real?" are normal; (2) romance;
 * (3) a named state body asking money / card / code / screen sharing / secrecy is
 * `impersonating_authority`; (4) a known person or someone speaking for them is
 * `impersonating_acquaintance`; (5) game trades; (6) credit with a fee first is `fake_loan`;
 * (7) credit-record "repair" is `fake_credit_repair`; (8) the company holding the account, order,
 * policy, ticket or parcel is `fake_customer_service`; (9) tasks are `brushing_rebate`, returns on
 * money are `fake_investment`; (10) goods and services paid and never delivered or sold on false
 * claims are `fake_shopping`; (11) everything else is `other`. Harassment as there.
 * Added for this bank's rural theme:
 * (a) A fake 补贴 / 惠农 / 养老金 / 医保 message in the voice of a named state body (农业农村局,
 *     财政所, 人社局, 医保局, 民政局, 乡镇政府, 劳动监察大队) is rule 3; the same offer from a nameless
 *     "补贴代办中心", "惠民服务站" or private "代办员" with a fee is rule 11 (`other`).
 * (b) A 村委会 is not a state body here: a fake 村支书, 村会计, 网格员 or 村医 the victim knows, and a
 *     fake 包工头, 工头, 班组长, 车间主任 or 老乡, asking money is rule 4.
 * (c) 扶贫小额信贷, 助农贷, 创业贷 or 农户备用金 offered by a "platform" or "贷款中心" with a fee first
 *     is rule 6, even when it names 乡村振兴 or 扶贫 policy (the voice is a lender, not a state body).
 * (d) A fake factory 招工 that wants 体检费, 押金, 服装费, 介绍费 or 出国劳务 service fees, a fake
 *     收购商 who wants a 诚意金 before buying the crop, and 手工代加工 with a 材料押金, are rule 11.
 * (e) Livestock, 鸡苗 / 鱼苗, 农资, 种子, 农机 and 春节车票 sold and never delivered, or sold on false
 *     claims, are rule 10. Shares in a 合作社, 养牛托管, 果园认养 with a promised return are rule 9
 *     (`fake_investment`).
 * (f) Harassment also covers a collector who calls the 村委会 or the 村支书, posts in the 村群 or
 *     老乡群, calls the 工地 boss, the 包工头 or the factory, or tells the debtor's parents who are
 *     left at home, about the debtor's own debt.
 */
import type { Template } from './eval.types.js';

/** Bulk ports and throwaway numbers used by scam gangs. */
const BULK_BAD: Template['senders'] = ['unknown_port', 'virtual', 'mobile'];
/** A person's phone (often an MVNO number). */
const PERSONAL: Template['senders'] = ['mobile', 'virtual'];
/** Fake customer-service lines and desk numbers. */
const FAKE_LINES: Template['senders'] = ['lookalike_400', 'lookalike_short', 'unknown_landline', 'mobile'];
/** Calls and texts dressed up as the state: prefixed short codes, lookalike short codes, landlines. */
const OFFICIALISH: Template['senders'] = ['prefixed', 'lookalike_short', 'unknown_landline'];
/** Chat pastes, call transcripts and voice-to-text with no sender. */
const PASTE: Template['senders'] = ['none'];
/** Relatives, 老乡 and the victim's own plea. */
const KIN: Template['senders'] = ['mobile', 'none'];
/** A mix of bulk ports, mobiles and pastes. */
const MIXED: Template['senders'] = ['unknown_port', 'mobile', 'none'];
/** Overseas gangs. */
const OVERSEAS: Template['senders'] = ['foreign', 'prefixed', 'virtual'];
/** A real lender's own port and hotline. */
const COLLECTOR_OWN: Template['senders'] = ['official_port', 'official_hotline'];
/** Collection agencies. */
const AGENCY: Template['senders'] = ['unknown_landline', 'mobile', 'virtual'];
const NIGHT = [22, 23, 0, 1, 2, 5, 6, 7];
const EVENING = [19, 20, 21];
/** After the shift: migrant workers read their phones late. */
const AFTER_SHIFT = [20, 21, 22, 23];
const BAD_LINKS: Template['links'] = ['lookalike', 'shortener', 'random', 'ip'];
const APK_LINKS: Template['links'] = ['apk', 'random', 'shortener'];
const SHORT_LINKS: Template['links'] = ['shortener', 'random'];

const FRAUD: Template[] = [
  // —— impersonating_authority: fake 农业农村局 / 人社 / 医保 / 民政 / 公安 / 劳动监察 ——
  { label: 'fraud', type: 'impersonating_authority', text: '【县农业农村局】您户2026年度种粮一次性补贴{amt}元因惠农一卡通信息核验失败暂缓发放，请于今日18时前登录 {url} 补录卡号、取款密码及短信验证码，逾期视为自动放弃。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转写] 喂，是{person}吧？我这边是县医保局稽核科的。你的医保卡上个月在外省一家药店刷了一万三的药，系统判定骗保，要移交公安了。你要说不是你刷的，我现在把电话转给刑侦支队的警官，你配合做个笔录，这事先不要跟村里人说。', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '【人社局】您的城乡居民养老保险待遇资格认证未通过，下月起养老金将暂停发放。请点击 {url} 完成人脸认证并重新绑定领取银行卡，办理需缴纳认证服务费20元。', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '[通话转写] 我是人社局劳动保障监察大队的，你们工地被拖欠的工资我们已经追回来了，打在农民工工资专户上。你要领的话得先交一笔个税和转账手续费，六百八，转到我给你的对公账户{acct}，今天交明天就到你卡上。', senders: OFFICIALISH },
  { label: 'fraud', type: 'impersonating_authority', text: '你好，县公安局刑警大队。经查你的身份证去年在工地被人借去办了三张银行卡，卷进一起洗钱案，涉案金额两百多万。为证明清白，你要把名下存款转到我们的资金核查账户，查完原路退回。此案保密，不得告诉家人和包工头，否则按妨碍侦查处理。', senders: OFFICIALISH, hours: EVENING },
  { label: 'fraud', type: 'impersonating_authority', text: '【民政局】您家老人的高龄津贴今年要年审，工作人员会给您打电话，请把老人的社保卡号和收到的六位验证码告诉工作人员，不年审的从下月停发。', senders: BULK_BAD },
  { label: 'fraud', type: 'impersonating_authority', text: '[来电转文字] 大爷您好 我是镇政府民政办的小李 您今年的低保要重新审了 审核要交三百块钱的材料费 您加一下我微信 我发个码您扫一下就行 这个钱不交的话低保就取消了', senders: ['unknown_landline', 'mobile'] },
  { label: 'fraud', type: 'impersonating_authority', text: '+86 96110 提示：您的农商银行卡涉嫌为境外赌博平台走账，已被公安机关监控。请立即下载"反诈协查"客户端 {url} 开启屏幕共享，配合民警完成资金清查，切勿挂断或告知他人。', senders: ['prefixed', 'foreign'], links: APK_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '【桐溪县人民法院】{person}：你在土地流转合同纠纷一案中被列为被告，本院已立案。为避免名下财产被查封，请于{date}前缴纳诉讼保全担保金{amt}元至法院指定账户{acct}。咨询{phone}。', senders: BULK_BAD },
  { label: 'fraud', type: 'impersonating_authority', text: '[微信聊天] "乡镇财政所-刘会计"：叔，您家今年的耕地地力补贴和玉米生产者补贴合在一起发，一共3460，现在走新系统，要您先在手机上把一卡通绑定到我发的链接里，收到验证码念给我听一下就行，我帮您点。', senders: PASTE },
  // —— impersonating_acquaintance: fake 老乡, 包工头, 村干部, children left behind, grandchildren ——
  { label: 'fraud', type: 'impersonating_acquaintance', text: '老乡 我是后湾村的二娃子 跟你一个厂的 手机掉河里了这是新号 我爸在县医院要做手术 差三千块 你先借我 月底发了工资一分不少还你 别跟厂里其他人说 丢人', senders: PERSONAL, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[微信] 我是老刘（工头），这个是我新号，旧号欠费停了。项目部说发年底工资前每人要交两百五的工伤保险，不交的不给发，你们今晚都转到这个号上，我明天统一交上去，别打电话问，我在开会。', senders: PASTE, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '爸爸我是小军 用同学的手机发的 我在学校不小心把人家的眼镜弄坏了 老师说要赔八百 你直接转到班主任卡上{acct} 别告诉爷爷奶奶 他们会骂我', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}，我是村里老张，在县里开会不方便接电话。村道硬化的集资款今天下午就截止了，你家那份一千二先转到这个账户，会计那边回头给你补收据，今天转不了的就按放弃处理了。', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[来电转文字] 爷爷 是我啊 你听不出来啦 我在城里跟人打架了 把人家头打破了 现在在派出所 警察说交一万保证金就放我 你千万别给我爸打电话 一会有个警察叔叔给你打电话 你听他的', senders: ['mobile', 'virtual', 'unknown_landline'], hours: EVENING },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '姐 我是你表弟 我微信号被封了用这个新号加你 我在东莞这边厂里压了两个月工资没发 房东今天要赶人 你先转两千给我救个急 先别跟我妈讲 她有高血压', senders: PERSONAL, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '各位工友，我是车间王组长，厂里这个月开始给大家交社保了，个人部分先交一千五给我统一办，交了的明天起按正式工算，没交的下个月按临时工结算。转我这个收款码就行。', senders: MIXED },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '猜猜我是谁？老同学都认不出来啦，初中坐你后面那个，现在在县城开了家饭馆。过年进货资金差点，想跟你周转一万五，下个月就还，这事别跟其他同学说哈', senders: PERSONAL },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[老乡群] "小芳（同村）"：大家好，我在深圳出车祸了，人在医院动不了，手机屏碎了只能发文字，住院押金还差六千，哪个老乡能先帮我垫一下，转我支付宝{phone}，出院了一家家上门还', senders: PASTE },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '婶子，我是村卫生室的赵医生，你家老爷子上回在县医院的检查报告出来了，有点问题，县里专家今天在镇上坐诊，挂号费加检查费四百八，你先微信转给我，我给你排上号。', senders: PERSONAL },
  // —— romance: 杀猪盘 on migrant workers, would-be brides, online "军官" ——
  { label: 'fraud', type: 'romance', text: '哥哥你在工地上那么辛苦 我看着都心疼 我舅舅在一个平台做内部数据 跟着他买稳赚 你先放五千进去试试 等赚了钱咱俩就在县城买套房 不让你再出去打工了', senders: PERSONAL, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'romance', text: '[微信聊天] 老公 我坐车来看你了 刚到你们那边火车站 钱包和手机差点都被偷了 身上一分钱没有 你先转我八百 我买点吃的打个车去你厂里找你', senders: PASTE, hours: EVENING },
  { label: 'fraud', type: 'romance', text: '[抖音私信] 我是在叙利亚维和的军医，下个月退役就去你们村找你。我把这些年的积蓄换成了金条寄给你，包裹在海关被扣了，要交一万二的清关费，我这边账户冻结转不出来，你先帮我垫上好吗，我们的未来就靠它了', senders: PASTE },
  { label: 'fraud', type: 'romance', text: '媒人给你介绍的那个姑娘是我，照片你也看了。我爸妈说了，见面前你得先转三万八彩礼的定金，证明你有诚意，不然他们不让我出来见你。转到我表姐的卡上就行。', senders: PERSONAL },
  { label: 'fraud', type: 'romance', text: '[语音转文字] 宝贝 你上次说你在厂里一个月才四千多 我心疼你 我教你的那个平台你充的钱现在翻了一倍了 要提现得先交百分之二十的保证金 你凑一凑 提出来我们就去领证', senders: PASTE, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'romance', text: '哥哥在吗 我是抖音上跟你聊了一个月的小梅 我妈今天突然晕倒了 在医院等着交钱 我刚毕业没存款 你能先借我三千吗 我不是骗子 等我妈好了我去你打工的地方找你', senders: PERSONAL, hours: [21, 22, 23, 0] },
  { label: 'fraud', type: 'romance', text: 'Honey, I am at the airport in Kuala Lumpur with the gold I saved for our life together in your village. Customs want 2,000 USD tax before they release it and my card is blocked. Please send it to the agent today and I will fly to you next week.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'romance', text: '[交友App聊天] 阿姨您别嫌我年纪小，我是真心想跟您过日子，您一个人在家种地太苦了。我在海外做跨境电商，给您开了个账户，您先充两万进去当启动资金，一个月就能翻番，到时候我回国接您。', senders: PASTE },
  { label: 'fraud', type: 'romance', text: '[婚恋群私聊] 大哥，咱们聊了这么久了，我说话算数，年底就跟你回老家。我在一个婚介的App上，要交九千九的VIP认证费才能线下见面，你先帮我交上，见了面我还你。', senders: PASTE },
  // —— fake_loan: 扶贫小额信贷, 助农贷, 创业贷 from "platforms" with a fee first ——
  { label: 'fraud', type: 'fake_loan', text: '【助农贷款服务中心】脱贫户专项贴息贷款最高5万元已为您预审通过，免抵押免担保，三年免息。放款前需缴纳贷款保险费{amt}元，请添加信贷员微信{phone}办理。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_loan', text: '种植户、养殖户专享助农贷，最高20万，凭身份证和手机号秒批，不看征信不用担保。今日放款名额仅剩8个，下载 {url} 填资料，放款前收取3%工本费。', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '[通话转写] {person}您好，我是贷款平台的放款专员。您那笔三万的创业贷已经审批了，但是您填的银行卡号错了一位，资金被系统冻结在中间账户。按规定需要您先转一笔解冻金四千五，解冻后和贷款一起打给您。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_loan', text: '工地上的兄弟急用钱的看过来，凭工牌或者劳务合同就能借，最高五万，不查征信，三分钟到账。首次借款需交500元会员费，下款后可退。', senders: BULK_BAD, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'fake_loan', text: '[语音转文字] 哥 我在网上贷了三万块说是买化肥种子用的 现在他们说我银行卡号填错了 钱冻住了 要交四千五的解冻费 我手里就两千 你先借我两千五 我拿到贷款就还你', senders: KIN },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的客户，您的农户备用金额度80000元已激活。为确认还款能力，请在 {url} 完成验资，向本人账户转入2000元后即可提现，验资金额随借款一并返还。', senders: ['unknown_port', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '返乡创业扶持贷款，10万到50万，年化2.8%，政策补贴。您的银行流水不够，我们可以帮您做流水包装，包装费八千，放款后从贷款里扣也行，但是得先交两千定金。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_loan', text: '[微信聊天] 贷款专员：大姐您的征信有点花，我们内部给您批了，但需要做一笔五千的保证金流水，证明您有还款能力，放款后连同贷款一起退回。转到我们公司财务的个人卡上就行，对公账户在年检。', senders: PASTE },
  { label: 'fraud', type: 'fake_loan', text: '春耕急用钱？农资贷、农机贷一站办，最快当天放款。您已获得预授信额度{amt}元，点击 {url} 领取，需先开通会员加速通道（199元）。', senders: BULK_BAD, links: SHORT_LINKS },
  // —— fake_credit_repair ——
  { label: 'fraud', type: 'fake_credit_repair', text: '打工在外网贷逾期了？征信黑了办不了贷款买不了车？我们有银行内部渠道，逾期记录两天内删除，不成功不收尾款，先交定金一千五。微信{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 您好，这边是{name}客服。系统显示您上学时开过一个校园贷账户没注销，按照监管要求现在必须注销，不然影响您的征信，以后孩子考公政审都过不了。您需要把各个平台能借的额度借出来，转到我们的清零账户，注销完原路退回。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_credit_repair', text: '扶贫小额信贷逾期被上了征信的农户注意：国家出台新政策，脱贫户逾期记录可申请消除。我中心代办征信异议申请，保证删除，办理费2800元，加微信{phone}预约。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_credit_repair', text: '[语音转文字] 爸 那个征信公司的人说我前几年在厂里借的那个网贷记录还在 要修复得把钱转到他们的监管账户走一遍 我转了两万了 他说还差一万 你能不能先给我打一万 别跟妈说', senders: KIN },
  { label: 'fraud', type: 'fake_credit_repair', text: '因包工头拖欠工资导致信用卡逾期的，可以申请"非恶意逾期证明"，我们帮你向人民银行提交，百分百删除不良记录，先交押金一千二，成功后再付八百。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}您在我平台有一笔逾期记录已上报征信中心，现根据新政策可免费消除一次，请下载 {url} 并开启屏幕共享，由专员协助您完成操作。', senders: ['unknown_port', 'lookalike_short'], links: APK_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '[微信聊天] 征信修复老师：你这个情况好办，农商行那笔助农贷逾期了三个月，我找人在系统里改成正常还款，手续费三千，今天交明天就能在征信报告上看到变化。', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '你好，你名下有一个京东白条和一个花呗被别人冒用，已经产生逾期，马上会上征信。我们这边可以帮你关闭并消除记录，需要你在手机上下载一个会议软件，我们远程帮你操作。', senders: FAKE_LINES },
  // —— fake_customer_service: couriers, 驿站, 拼多多 / 抖音 shops, rural banks' "客服", tickets, farm insurance ——
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是快递理赔专员。您寄回老家的包裹在中转站破损丢失了，我们按三倍给您赔付。您下载一下"云视会议"加入会议号，开着屏幕共享，我一步步教您在支付宝里领赔款。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 您好，这边是拼多多商家售后。您上周在我们店买的复合肥被检测出批次质量问题，我们主动给您退款加赔偿六百。您打开支付宝，找到备用金，先借出来，我们会把赔偿款和这笔一起退到您账户。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}尊敬的用户，您开通的"惠农会员"试用期今日结束，次日起将每月自动扣费800元，如非本人开通请立即致电{phone}取消，逾期不予退还。', senders: ['unknown_port', 'lookalike_short'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转写] 您好，我是铁路客服。您买的腊月二十六回家的车票，因为列车调图被取消了，我们给您办改签，另外赔偿您两百元。您报一下银行卡号，等会儿收到验证码也告诉我，赔偿款马上到账。', senders: FAKE_LINES, hours: EVENING },
  { label: 'fraud', type: 'fake_customer_service', text: '【青禾农商银行】尊敬的客户，您的社保卡金融账户即将失效，失效后养老金、补贴将无法到账。请点击 {url} 重新激活，需填写卡号、取款密码及短信验证码。', senders: ['unknown_port', 'lookalike_short', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是保险公司的理赔员，您家去年投保的能繁母猪保险有一笔{amt}元的理赔款没领，现在系统要关闭了，您先交一百八的账户激活费，理赔款今天就能打到您一卡通上。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_customer_service', text: '[抖音私信] 亲，您在我们店买的土鸡蛋有一箱运输破损了，为表歉意给您三倍赔付，请扫码添加售后企业微信，按提示操作领取。{url}', senders: PASTE, links: SHORT_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您的账户被识别为多人代收工资的异常收款账户，将于24小时内限制收款及转出。如需解除，请联系专属客服{phone}，按指引完成资金验证。', senders: ['unknown_port', 'virtual'] },
  { label: 'fraud', type: 'fake_customer_service', text: '[来电转文字] 喂 你好 是驿站这边的 你有个到付件 里面是你家里寄的土特产 寄件人说寄错了要退款 我们这边帮你办 你微信搜一下这个号加一下 我发个退款链接给你 要填一下银行卡', senders: ['mobile', 'unknown_landline'] },
  // —— brushing_rebate: tasks for mothers at home, elders, workers after the shift ——
  { label: 'fraud', type: 'brushing_rebate', text: '在家带娃的宝妈、村里闲着的叔叔阿姨都能做：给网店的农产品点赞收藏，一单返3到8元，当天结算，前三单不用垫钱。扫码进群领任务 {url}', senders: BULK_BAD, links: SHORT_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '[老乡群] 转发：厂里放假在家没事做的，帮助农直播间挂人气，进直播间挂着不用说话，一小时十五块，满五十就能提现，名额不多，私信群主报名。', senders: PASTE, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音转文字] 闺女 我在那个做任务的群里 前面给我返了三回钱 都到了的 现在说我第四单操作错了 要再交两千才能把八千块提出来 今天不交就清零了 你先借我两千 我拿到了就还你', senders: KIN, hours: [6, 7, 20, 21] },
  { label: 'fraud', type: 'brushing_rebate', text: '[任务群] 接待员：5号任务是联单任务，需连续完成3单才能结算。您第2单已卡单，请补足差额2680元，完成后本金佣金一起返还，超过30分钟未完成将冻结账户。', senders: PASTE, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'brushing_rebate', text: '下班了别光刷视频，手机点点就能赚！给商家刷销量，先垫付后返还，本金加佣金秒到账，新人首单送18元。下载 {url} 注册', senders: BULK_BAD, links: APK_LINKS, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'brushing_rebate', text: '帮家乡投票赚零花：给"最美乡村"评选投票，每投一票奖励一元，想多赚的可以做充值冲榜任务，充多少返百分之三十，当天返。', senders: MIXED },
  { label: 'fraud', type: 'brushing_rebate', text: '招聘网店评价员，帮果园网店写好评，每条五元，日赚一两百，不限年龄，会打字就行。需要先在店里拍单，货款和佣金二十分钟内一起返。联系人微信{phone}', senders: BULK_BAD },
  { label: 'fraud', type: 'brushing_rebate', text: '[微信聊天] 阿姨你放心，这个是正规的电商扶贫项目，你看前面两单都返了你十几块吧。现在这单是大额单，你先付一千九，返你两千二，做完今天就能领奖励红包。', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '關注這個賬號並截圖發給我，每個關注兩元；做滿十個升級為VIP，VIP任務需先充值199，每單返傭40%。適合在家照顧老人孩子的寶媽', senders: PERSONAL },
  // —— fake_investment: 合作社入股, 养牛托管, "乡村振兴基金", 果园认养, worker-group gold ——
  { label: 'fraud', type: 'fake_investment', text: '桐溪县富民养殖合作社招募社员入股，每股五千，每月返红利百分之八，年底另有分红，保本保息，随时可退。已有三百多户乡亲入股，名额有限，欲入从速。', senders: MIXED },
  { label: 'fraud', type: 'fake_investment', text: '养牛托管，您出钱我们代养：一头西门塔尔牛投资一万二，一年后返您一万六，牧场24小时监控在App里随时看。推荐亲戚入股再返两千。下载 {url}', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '打工挣的钱存银行利息太低了，跟着王老师的群买"乡村振兴专项基金"，日收益百分之一点二，随存随取，国家背书稳赚不赔。进群链接 {url}', senders: BULK_BAD, links: BAD_LINKS, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'fake_investment', text: '[工友群] 兄弟们，我在这个平台跟着老师炒黄金三个月赚了四万多，截图在这。老师免费带单，不收费，有兴趣的加老师微信，就说是我介绍的。', senders: PASTE, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'fake_investment', text: '乡村振兴数字积分限时认购：现在五百元可认购一千积分，三个月后可在平台兑换两千元现金或者等值农资，首批只对本县农户开放。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_investment', text: '[来电转写] 大哥您好，我们是省里的农业产业基金，在咱们镇上做茶园认养，您认养一亩交三万，每年固定给您返百分之十八，茶叶另外分，合同盖的是公章，三年后本金全退。', senders: FAKE_LINES },
  { label: 'fraud', type: 'fake_investment', text: '土地流转收益权转让：村集体流转的两千亩土地收益权分份出售，每份一万，年化百分之十五，按季度分红，政府担保。限本地户籍，登记请打{phone}。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_investment', text: '[老乡群] 这个养老项目是咱们老乡在做的，交五万就能给家里老人定一个养老床位，每年还返六千的"床位收益"，住不住都返，五年后本金退回，比放信用社强多了。', senders: PASTE },
  { label: 'fraud', type: 'fake_investment', text: 'Crypto mining for farmers: rent a mining machine for 3,000 yuan and earn 150 yuan a day, paid to your bank card every week. Join our WhatsApp group now, only 50 places left.', senders: OVERSEAS, en: true },
  // —— fake_shopping: piglets, 鸡苗, 农资, seeds, 农机, 春节车票, health products ——
  { label: 'fraud', type: 'fake_shopping', text: '出售优质三元仔猪，五十斤一头四百五，打过疫苗，包运输到家。先付一半定金，货到付清。现在订的月底前到，要的抓紧，存栏不多了。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '厂家直销复合肥，一吨比市面便宜八百，正规厂家有检测报告。先打全款后发货，三天到镇上，量大还送农药。收款账户{acct}。', senders: BULK_BAD },
  { label: 'fraud', type: 'fake_shopping', text: '高产玉米新品种，进口种子亩产三千斤，抗倒伏抗旱，一袋二百九十八。今年只给老客户供货，先付款登记，开春统一送到村里。', senders: MIXED },
  { label: 'fraud', type: 'fake_shopping', text: '春节回家抢不到票？我们有铁路内部票源，卧铺软卧都有，加价一百保出票，先付全款，出不了票全额退。加微信{phone}', senders: BULK_BAD, hours: [19, 20, 21, 22, 23] },
  { label: 'fraud', type: 'fake_shopping', text: '九成新久保田收割机低价转让，老板急用钱，原价二十多万，现在八万就卖。看车前先交五千定金，不然好多人排着。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '[抖音直播间截图] 农村老人专用降压降糖"神水"，喝三个疗程停药，一箱十二瓶九百八，今天下单送足疗机，货到付款不满意可退。', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '鸡苗鸭苗鹅苗批发，一块五一只，一千只起发，包成活率95%，先付三成订金安排孵化。订金转账后我发视频给你看孵化场。', senders: PERSONAL },
  { label: 'fraud', type: 'fake_shopping', text: '[微信聊天] 卖家：你要的那两头小牛已经装车了，司机走到半路说要加收过路费和检疫费一千六，你先转给我，到了你看着满意再结尾款。', senders: PASTE },
  { label: 'fraud', type: 'fake_shopping', text: '纯正深山土蜂蜜，一斤只要三十九，五斤包邮，假一赔十。付款链接 {url}，下单后48小时发货。', senders: BULK_BAD, links: SHORT_LINKS },
  // —— game_trading: children left behind and young workers ——
  { label: 'fraud', type: 'game_trading', text: '小朋友，想要王者荣耀的限定皮肤吗？免费送！用你爷爷奶奶的手机扫这个码 {url}，按提示操作就能领，不要告诉大人哦，不然就领不到了。', senders: PERSONAL, links: SHORT_LINKS },
  { label: 'fraud', type: 'game_trading', text: '和平精英满级号出售，带三把玛莎拉蒂和两套限定，只要八百。先付三百定金我把账号密码给你，你登录确认了再付尾款。', senders: PERSONAL, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'game_trading', text: '[语音转文字] 奶奶 我在游戏里卖装备 人家已经付钱了 但是那个平台说我账号冻住了 要交五百块保证金才能把钱提出来 你给我转五百 我提出来就还你', senders: KIN },
  { label: 'fraud', type: 'game_trading', text: '[游戏私聊] 恭喜你被抽中周年庆幸运玩家，奖励一万点券！领取前需要验证你是成年人，请让家长打开微信扫码完成身份认证，认证后点券直接到账。', senders: PASTE, hours: [17, 18, 19, 20] },
  { label: 'fraud', type: 'game_trading', text: '蛋仔派对代练上段位，巅峰凤凰蛋包上，三天完成，先付款后上号，支持微信转账，学生价八折。', senders: PERSONAL },
  { label: 'fraud', type: 'game_trading', text: '原神创世结晶低价代充，648只要三百二，需要提供账号密码由我们代登，充值完成后付款，先交一百押金。', senders: PERSONAL, hours: AFTER_SHIFT },
  { label: 'fraud', type: 'game_trading', text: '高价回收梦幻西游金币和装备，在我们的交易平台挂单秒卖。提现时平台要收百分之十的个税，先交税再提现，下载 {url}', senders: BULK_BAD, links: APK_LINKS },
  { label: 'fraud', type: 'game_trading', text: '[QQ聊天] 你这个号我要了，三千五，我已经在交易猫下单付款了，你看截图。平台说卖家要先交一千的保证金解冻才能收款，你交完钱就到了，赶紧的我等着玩。', senders: PASTE },
  // —— other: fake 招工 with 体检费 / 押金, overseas labour, prizes, 补贴代办, fake 收购商, 手工活, charity, kidnapping ——
  { label: 'fraud', type: 'other', text: '电子厂直招普工，月薪八千包吃包住，不收中介费，男女不限十六到五十岁。报名后需到指定医院体检，体检费二百八先转给我们统一代缴，名额满了就不招了。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '[微信] 你好，你报的食品厂已经录用了，明天坐大巴过来。入职前要交厂服押金两百、宿舍押金四百，干满三个月退还，先转给我，我帮你办入住。', senders: PASTE },
  { label: 'fraud', type: 'other', text: '日本、韩国劳务正规输出，月薪两万以上，包机票包签证，不要求学历。名额紧张，先交三万服务费锁定名额，出国后工资扣还一半。', senders: MIXED },
  { label: 'fraud', type: 'other', text: '恭喜您的手机号在"乡村振兴惠民抽奖"中获得三等奖，奖品为电动三轮车一辆，需先缴纳个人所得税和物流费共{amt}元，详情 {url}', senders: BULK_BAD, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '农机购置补贴代办：我们有关系能帮您多申请三成补贴，一台拖拉机能多拿一万多，先交两千代办费，补贴下来再付余款。', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '我是湖南过来的收购商，你家的脐橙我全包了，一斤比市场价高五毛。签合同前要你先交两千的诚意保证金，证明不会把货再卖给别人，收完货一起退给你。', senders: PERSONAL },
  { label: 'fraud', type: 'other', text: '在家串珠子、穿手链、贴标签，手工活外发，计件结算，一天能挣一百多。领材料要交材料押金三百，交货后退还，材料快递到你们镇上驿站。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '[爱心群] 大山里的留守儿童冬天还穿着单衣，一份爱心只要五十元，可以给一个孩子买一件棉衣。捐款请扫下方个人收款码，我们会在群里公示。', senders: PASTE },
  { label: 'fraud', type: 'other', text: '[来电转写] 你儿子现在在我们手上，他在外面欠了钱。你要是敢报警，你就再也见不到他了。今晚十二点前把五万块打到这个账号{acct}，一分都不能少。', senders: ['virtual', 'foreign', 'mobile'], hours: [21, 22, 23] },
  { label: 'fraud', type: 'other', text: '【惠民服务站】您户符合2026年农村危房改造补助条件，补助金额两万元，需先缴纳房屋鉴定费和材料费共380元，请联系代办员{phone}。', senders: BULK_BAD },
  { label: 'fraud', type: 'other', text: '高薪招聘：柬埔寨园区客服，月薪一万五包吃住，机票报销。到了先交五千保证金，干满半年退。有意者私聊，不要在群里问。', senders: OVERSEAS },
  // —— end of FRAUD (batch 2) ——
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[来电转写] 你是柳湾村的村支书吧？你们村的{person}在{name}借了钱，三个月没还了。麻烦你们村委会出面做做他家人的工作，让他爹妈替他还，不然我们每天打村委会的电话。', senders: AGENCY },
  { label: 'harassment', text: '[村群] 各位乡亲，本群{person}在{name}欠款{amt}元逾期不还，现已列入失信名单。请大家转告他家里，尽快还款，否则我们将派人到村里张贴公告。——{name}贷后管理部', senders: PASTE },
  { label: 'harassment', text: '{person}，你再不接电话，明天我们的人就去你家。你爹妈在家种地不容易吧？让全村都知道他们养了个欠钱不还的儿子，你看他们以后还怎么出门。', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: '[来电转写] 喂，是工地项目部吗？你们这边有个叫{person}的钢筋工，在我们{name}欠钱不还。你们当老板的管一管，这个月工资直接扣下来替他还，不然我们天天打到你们项目部。', senders: AGENCY },
  { label: 'harassment', text: '{sig}{person}您好，您的借款已逾期45天。我司已联系您的包工头及工友核实您的工作情况，并已告知其您的欠款金额。请于今日内还款，以免影响您的工作。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '凌晨三点你睡得着吗？欠{name}的{amt}元一拖再拖，你这种老赖就该让全厂的人看看。明天上班前不还，你的照片就贴到你们厂门口和宿舍楼下。', senders: AGENCY, hours: [0, 1, 2, 3, 4] },
  { label: 'harassment', text: '[语音转文字] 大娘 你儿子在外头借了我们的钱跑了 你们当爹妈的得管 他是你生的 他不还就你们还 不还的话我们过两天带人到你们家里坐着 啥时候还了啥时候走', senders: AGENCY },
  { label: 'harassment', text: '【律师函】{person}：你拖欠{name}借款本息{amt}元，已构成恶意逃废债务。本律所受托将于三日内向你户籍所在地法院提起诉讼并申请拘留，同时通知你户籍地村委会及所在单位。——北京某某律师事务所', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'harassment', text: '[老乡群] 在外打工的老乡们注意了：咱们县石门镇的{person}借钱不还，欠{name}一万多，谁跟他在一个厂、一个工地，麻烦告诉他赶紧还钱，他家住石门镇三组，电话{phone}。', senders: PASTE },
  { label: 'harassment', text: '{person}，你的欠款已经转到我们公司了，除了本金，还要加收三千的上门催收费和一千五的律师费，今天不一起结清的话，明天费用再翻倍。', senders: AGENCY },
  { label: 'harassment', text: '还不上是吧？我给你推荐个平台，审核快，你去借一笔把我们这边先平了，不然我们就走法律程序，到时候你在外面打工的工资卡都给你冻了。', senders: AGENCY },
  { label: 'harassment', text: '你好，我们是县公安局经侦大队的，你在{name}的借款逾期未还已涉嫌诈骗，限你今天下午五点前把欠款还到{name}，否则我们会到你老家带人，你父母也要配合调查。', senders: ['unknown_landline', 'mobile'] },
  { label: 'harassment', text: '{sig}{person}，您的逾期账单已持续60天。如今日仍未处理，我司将把您的欠款信息发送至您通讯录中的全部联系人，包括您的亲属和老乡。', senders: COLLECTOR_OWN, hours: [22, 23, 6, 7] },
  { label: 'harassment', text: '[来电转写] 你是{person}的闺女吧？你在县城上高中对吧？你爸欠我们钱不还，我们明天去你学校门口等他，顺便跟你们班主任说说，让你同学都知道你爸是个啥人。', senders: AGENCY },
  { label: 'harassment', text: '死皮赖脸的东西，借钱的时候求爷爷告奶奶，还钱的时候装死。你那个破电话我今天打了二十遍了，你不接我就接着打，打到你老婆孩子都接为止。', senders: AGENCY, hours: [21, 22, 23] },
  { label: 'harassment', text: '【法院传票】{person}你因拖欠{name}网贷本息被起诉，定于{date}开庭，届时未到庭将缺席判决并强制执行你名下宅基地及承包地，详情联系{phone}。', senders: ['unknown_port', 'virtual'] },
  { label: 'harassment', text: '{person}您好，这边是{name}委托的外访组。明天上午我们会去您老家，跟村干部和左邻右舍了解一下您的还款能力，您要是今天能还上，我们就不去了。', senders: AGENCY },
  { label: 'harassment', text: '[来电转写] 喂，你好，你是{person}的舅舅吧？他在我们这借了钱，留的紧急联系人是你。你是长辈，他不还你就得替他还，一共两万三，今天先还五千也行。', senders: AGENCY },
  { label: 'harassment', text: '{sig}尊敬的客户，您的借款已严重逾期，为督促还款，我司已将您的欠款情况告知您所在的劳务派遣公司及用工单位，请您尽快处理。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '你躲到外省打工我们也找得到你，你厂里的地址、宿舍号、你老婆在哪个镇上上班我们都查清楚了。再不还钱，别怪我们做出什么事来。', senders: AGENCY, hours: NIGHT },
  { label: 'harassment', text: '[微信截图] 这个人叫{person}，身份证号和照片都在这，欠网贷不还，老家是桐溪县柳湾村的。各个群都帮忙转一下，让他亲戚朋友都看看。', senders: PASTE },
  { label: 'harassment', text: '{person}，今天是我们第九次给你打电话了。你不接，我们就每小时打一次，打到你接为止。你的工友、你的老板，我们都会一个个打过去。', senders: COLLECTOR_OWN },
  { label: 'harassment', text: '[语音转文字] 你这么大个人了欠钱躲着 你妈七十多了还得替你接我们电话 你要是个男人就把钱还了 不然我们天天打你妈的电话 晚上也打', senders: AGENCY, hours: [22, 23, 0, 6] },
  { label: 'harassment', text: 'Final notice to {person}: your loan with {name} is 90 days overdue. We have already informed your employer and your village committee. Pay today or our field team will visit your parents this weekend.', senders: ['foreign', 'virtual'], en: true },
  { label: 'harassment', text: '{person}，你的欠款已经进入"司法调解"阶段，今天下午五点前不结清，我们将向村委会和镇派出所发送协查函，你在村里评的贫困户、低保都会受影响。——{name}法务中心', senders: AGENCY },
  { label: 'harassment', text: '{sig}{person}：您在我司的借款已逾期。鉴于您多次失联，我司已于今日联系您的父母及村委会，告知您的欠款金额及逾期情况，请其督促您还款。', senders: COLLECTOR_OWN, hours: [8, 9, 10, 14] },
];

export const BLIND26B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
