/**
 * TRAIN9 template bank: TRAINING data only (never an evaluation split, never reported as a test).
 *
 * Who and how: written in session 5 (2026-12-02) by an independent tenth author (a helper session
 * separate from the analyzer's developer and from the authors of every other bank), without
 * reading the analyzer's code, lexicons, signals, rules or models, and without running the
 * analyzer, its tests or benchmarks. The author read only eval.types.ts and eval.generator.ts (to
 * see how templates expand), the banks dev / heldout / blind / blind2 / blind3 / blind4 / train8 /
 * train8b (only to avoid duplicating them; blind5* and blind6* were NOT opened), scam.types.ts
 * (FraudType codes, MessageInput), registry.schema.ts and registry/institutions.json,
 * shared/facts/regulation.md, shared/SPEC.md and shared/seeds. The only run made was a one-off
 * expansion check outside the repository (counts by label / type / sender kind and exact-text
 * duplicates against dev, test, blind, blind2, blind3, blind4 and train8) plus the type check.
 *
 * Styles: IVR / voice-assistant menus ("按1…按0转人工") and robocall scripts, genuine and fake;
 * Weibo and Douyin direct messages ([微博私信] / [抖音私信]); second-hand marketplace chats on
 * 闲鱼 and 转转 (fake_shopping and game_trading scams next to honest buyers and sellers who insist
 * on the platform's escrow); dating-app long cons turning into investment (杀猪盘, labelled
 * romance); job ads and recruiter chats that turn into brushing tasks; elderly-targeted
 * health-product and pension pitches (养老项目, 原始股, 以房养老); fake charity / disaster
 * donations and fake lottery wins (other); QQ friends borrowing money (impersonating_acquaintance);
 * harassment written as fake arbitration (仲裁) notices, threats to "曝光" the debt in 朋友圈 or to
 * the whole contact list, sarcastic and insulting collectors and door-visit threats. Normal
 * messages are everyday notices that a naive detector may find alarming: insurance renewals,
 * property-management notices, school fee notices, hospital appointments, registered lenders'
 * lawful marketing with 退订回T, card annual-fee notices, utility bills, lawful daytime collection
 * reminders and lawful pre-litigation / credit-report notices.
 *
 * This file holds the normal messages; fraud and harassment are in train9b.templates.ts.
 */
import type { Template } from './eval.types.js';
import { TRAIN9B_TEMPLATES } from './train9b.templates.js';

const PORT: Template['senders'] = ['official_port'];
const HOTLINE: Template['senders'] = ['official_hotline'];
/** Honest senders outside the registry: insurers, property managers, schools, hospitals, utilities. */
const OTHER_PORT: Template['senders'] = ['unknown_port'];
const OTHER_LINE: Template['senders'] = ['unknown_landline'];
const FRIEND: Template['senders'] = ['mobile'];
/** App direct messages and chats pasted without a number. */
const APP: Template['senders'] = ['none'];
/** Lawful collection hours (08:00–22:00). */
const WORK = [9, 10, 11, 14, 15, 16, 17, 19];
const EVENING = [12, 18, 19, 20, 21];

const NORMAL: Template[] = [
  // ── genuine IVR menus and voice-assistant calls ──
  { label: 'normal', text: '[语音导航] 您好，欢迎致电{name}。查询账单请按1，还款及提前还款请按2，挂失请按3，投诉建议请按4，人工服务请按0。温馨提示：我司工作人员不会向您索要短信验证码。', senders: HOTLINE },
  { label: 'normal', text: '[智能语音助手来电] {person}您好，这里是{name}智能语音助手。提醒您本期账单{amt}元将于{date}到期，如已还款请忽略；了解账单分期请按1；结束通话请直接挂机。本次通话不会要求您提供密码。', senders: HOTLINE, hours: WORK },
  { label: 'normal', text: '[语音外呼] 您好，这里是{name}贷后服务。您的借款已逾期3天，应还{amt}元。申请延期还款请按1，转人工客服请按0。请通过{app}还款，切勿向任何个人账户转账。', senders: HOTLINE, hours: WORK },
  { label: 'normal', text: '[语音导航] 您好，这里是锦绣家园物业服务中心。水电报修请按1，物业费查询请按2，停车业务请按3，投诉与建议请按4，人工服务请按0。', senders: OTHER_LINE },
  { label: 'normal', text: '[语音提醒] 您好，这里是市第一人民医院预约中心，您预约了{date}上午9点的口腔科门诊。确认就诊请按1，取消预约请按2，重听请按井号键。', senders: OTHER_LINE },
  { label: 'normal', text: '[语音外呼] 您好，这里是人保财险续保服务，您的车险将于{date}到期，续保报价已发送到“中国人保”App。需要人工报价请按1，不需要请挂机。保费只能支付至保险公司账户。', senders: OTHER_LINE },
  { label: 'normal', text: '[语音通知] 您好，这里是城市燃气客服。您所在小区{date}将进行年度管道安全检查，入户人员佩戴工作证，检查不收取任何费用。重听请按1，结束请挂机。', senders: OTHER_LINE },
  { label: 'normal', text: '[语音提醒] {person}您好，这里是{name}信用卡中心。您的卡片年费将于{date}收取，本年度刷卡满6次可免收年费。查询本年度刷卡次数请按1，转人工请按0。', senders: HOTLINE },
  { label: 'normal', text: '[营销外呼·语音] 您好，这里是{name}，您有一笔预审借款额度可在{app}中查看，最终以审批结果为准。了解详情请按1；如不希望再接到此类来电，请按9，我们将不再致电。', senders: HOTLINE, hours: WORK },
  { label: 'normal', text: '[语音导航] 您已进入{name}反诈专线。如您接到自称本公司员工、要求转账或共享屏幕的来电，请按1举报；查询官方渠道请按2；人工服务请按0。', senders: HOTLINE },

  // ── Weibo / Douyin direct messages that are genuine ──
  { label: 'normal', text: '[微博私信] @{name}官方客服：您好，看到您在微博反馈借款费用的问题。为保护您的隐私，请不要在评论区公开手机号和身份证号，可以通过{app}“在线客服”或拨打{hot}提交，我们会在15日内答复您。', senders: APP },
  { label: 'normal', text: '[抖音私信] {name}官方账号：感谢关注！提醒您：本账号不会私信推荐“内部额度”或代办贷款，任何自称我们客服、要求您加微信或QQ的都是假冒。借款请只通过{app}。', senders: APP },
  { label: 'normal', text: '[微博私信] 博主你好，我是做手工皂的小店主，想跟你谈一条产品推广合作。报价和合同都走微博官方的合作平台，你这边不需要先付任何钱，有兴趣的话回我一下就好。', senders: APP },
  { label: 'normal', text: '[抖音私信] 你好呀，我是你关注的做饭博主，昨天直播间抽奖的铁锅中奖名单已经在直播间公示啦，请在抖音“我的-订单”里填写收货地址，全程包邮，不收任何费用。', senders: APP },
  { label: 'normal', text: '[微博私信] 同学你好，我是学生会的，看到你转发的失物招领。你的校园卡已经送到图书馆一楼服务台，带学生证过去就能领。', senders: APP },
  { label: 'normal', text: '[抖音私信] 你好，你在我视频下问的那个理财课，我不卖课也不带单哈，普通人就在银行App里买点货币基金或国债，别信私信里说带你翻倍的。', senders: APP },

  // ── second-hand marketplace chats (闲鱼 / 转转) that stay on the platform ──
  { label: 'normal', text: '[闲鱼聊天]\n买家：这台相机还在吗？\n卖家：在的，快门数八千左右，没进过水。\n买家：能便宜点吗？\n卖家：最低{amt}，你直接拍下走闲鱼担保，确认收货以后钱才到我这边。', senders: APP },
  { label: 'normal', text: '[转转聊天]\n卖家：你拍下后我这边寄到转转验机中心，验机报告出来你再决定要不要。\n买家：验机要加钱吗？\n卖家：验机费平台出，不满意直接退，不用私下转账。', senders: APP },
  { label: 'normal', text: '【闲鱼】你的宝贝“婴儿推车”已被拍下，买家已付款，请在48小时内发货。货款将在买家确认收货后转入你的账户，请勿引导买家线下交易。', senders: OTHER_PORT },
  { label: 'normal', text: '[闲鱼聊天]\n买家：刚签收了，东西没问题，已经点了确认收货。\n卖家：好的，谢谢亲，互相给个好评吧～', senders: APP },
  { label: 'normal', text: '【转转】你出售的游戏账号已通过平台验号，买家货款{amt}元已进入平台担保，换绑完成并经买家确认后自动到账，平台不会要求你缴纳任何保证金。', senders: OTHER_PORT },
  { label: 'normal', text: '[闲鱼聊天]\n买家：要不我直接微信转你，省点手续费？\n卖家：还是走平台吧，出了问题平台能介入，咱俩都有保障。\n买家：行，那我拍下了。', senders: APP },

  // ── dating apps, ordinary ──
  { label: 'normal', text: '[交友App聊天]\n她：周六看展你几点到？\n他：两点美术馆门口，票我已经买好了，不用转我。\n她：那看完我请你喝咖啡☕', senders: APP, hours: EVENING },
  { label: 'normal', text: '【{other}婚恋】平台提醒：你正在与新认识的用户聊天。请勿轻信“带你投资”“内部渠道”“博彩漏洞”等说法，凡涉及转账请先当面核实身份。', senders: OTHER_PORT },
  { label: 'normal', text: '[Soul聊天]\n他：你说你也在学理财？\n她：就是每个月定投一点指数基金，在银行App里买的。\n他：挺好，那种说带单稳赚的千万别碰。', senders: APP, hours: EVENING },

  // ── recruiters and jobs, genuine ──
  { label: 'normal', text: '[BOSS直聘]\nHR：您好，我们是{other}物流园区，招聘仓库管理员，五险一金，月薪6-8千。\nHR：面试地点在园区三号楼人事部，面试和入职都不收费，欢迎带简历来。', senders: APP },
  { label: 'normal', text: '[招聘App聊天] 您好，看到您的简历。我们招的是坐班的电商售后客服，需要熟悉退换货流程，不是刷单，也不需要您垫付任何钱。方便的话{date}下午来公司面试。', senders: APP },
  { label: 'normal', text: '【{other}】入职通知：{person}您好，欢迎您于{date}入职，请携带身份证、学历证明及近三个月体检报告至人事部办理手续。公司不收取任何押金、服装费或培训费。', senders: OTHER_PORT },
  { label: 'normal', text: '[小红书私信] 你好，看到你主页的PPT作品，我们工作室有个外包项目，按页结算，做完验收后一次性付款，不收押金，合同可以先发你看。', senders: APP },
  { label: 'normal', text: '[企业微信] 新同事你好，我是行政小周。工资卡需要你本人带身份证到{name}网点办理，卡号和密码不要发给任何人，包括我。', senders: APP },

  // ── elderly: pensions, health, lawful advice ──
  { label: 'normal', text: '【社区养老服务站】{date}起，辖区80周岁以上老人可申请高龄津贴，请本人或子女携身份证、户口本到社区服务站办理，全程免费，工作人员不会上门收费或索要银行卡密码。', senders: OTHER_PORT },
  { label: 'normal', text: '{sig}{person}，您本月养老金{amt}元已入账尾号{tail}的账户。提示：“以房养老”“养老公寓投资”“原始股”等高回报项目多为非法集资，为老年客户办理大额取款时柜员会询问用途，请您理解。', senders: PORT },
  { label: 'normal', text: '【市社区卫生服务中心】{date}上午在社区活动室开展慢病健康讲座，由中心医生讲解高血压用药，现场不销售任何保健品，也不收取费用。', senders: OTHER_PORT },
  { label: 'normal', text: '爸，银行那个养老理财我问过了，风险等级R2，不保本。要买就在柜台或者手机银行买，外面那些说“保本高息”“养老项目入股”的，一个都别信。', senders: FRIEND, hours: EVENING },
  { label: 'normal', text: '【国寿】{person}您好，您的养老年金保险本年度领取金{amt}元已发放至尾号{tail}的银行卡，领取无需缴纳任何手续费。保单信息可在“中国人寿寿险”App查询。', senders: OTHER_PORT },

  // ── charity and prizes, genuine ──
  { label: 'normal', text: '【中国红十字会】感谢您通过官方平台为{date}地震灾区捐款{amt}元，捐赠信息可在红十字会官网公示栏查询，电子捐赠票据将在30日内发送。', senders: OTHER_PORT },
  { label: 'normal', text: '【{other}】您在公司年会抽奖中获得三等奖保温杯一个，请于{date}前凭工牌到行政部领取，领奖不需要支付任何费用。', senders: OTHER_PORT },
  { label: 'normal', text: '【和平社区居委会】{date}起开展冬衣捐赠活动，请将洗净的衣物送到居委会一楼，只收衣物，不收现金，也不会有人上门或在群里募捐。', senders: OTHER_PORT },

  // ── QQ friends talking about money, honestly ──
  { label: 'normal', text: '[QQ] 上次聚餐AA的{amt}我转你了，QQ钱包看一下，收到回个话哈', senders: APP, hours: EVENING },
  { label: 'normal', text: '[QQ] 提醒一下：我原来那个QQ号被盗了，这个是新号。要是有人用旧号找你借钱，千万别转，我不会在QQ上找任何人借钱。', senders: APP },
  { label: 'normal', text: '[QQ] 我妈说周末让你来家里吃饭，顺便把上次借你的那本书带回来就行，别的不用带。', senders: APP, hours: EVENING },
  { label: 'normal', text: '老同学，上个月你借我的两千今天发工资了，刚用支付宝还你，你看一下。', senders: FRIEND },

  // ── insurance renewals and claims ──
  { label: 'normal', text: '{sig}您通过{app}投保的账户安全险将于{date}到期。如需续保请在App内操作，不续保无需处理，到期不会自动扣费。', senders: PORT },
  { label: 'normal', text: '【人保财险】尊敬的车主，您尾号{tail}车辆的交强险及商业险将于{date}到期，可通过“中国人保”App或原服务网点续保，保费请支付至保险公司账户，勿转给个人。', senders: OTHER_PORT },
  { label: 'normal', text: '【{other}】您的百万医疗险将于{date}自动续保，保费{amt}元将从尾号{tail}的银行卡扣除。如不需续保，请在扣款前于App“我的保单”中关闭自动续保。', senders: OTHER_PORT },
  { label: 'normal', text: '【太平洋保险】{person}您好，您的理赔申请已审核通过，理赔款{amt}元已支付至您尾号{tail}的银行卡。理赔服务全程不收取任何费用。', senders: OTHER_PORT },
  { label: 'normal', text: '【平安人寿】您的保单已于{date}生效，犹豫期15天内可申请全额退保。保单电子合同已发送至“平安金管家”App，本公司不会以“退保返现”为由要求转账。', senders: OTHER_PORT },

  // ── property management ──
  { label: 'normal', text: '【锦绣家园物业】因二次供水设备检修，{date}9:00-17:00小区3、5、7号楼停水，请提前储水。给您带来不便，敬请谅解。', senders: OTHER_PORT },
  { label: 'normal', text: '【{other}物业】尊敬的业主，您2025年度物业费{amt}元尚未缴纳，请通过小区缴费小程序或到物业前台缴纳。对服务有意见欢迎到物业办公室沟通。', senders: OTHER_PORT, hours: WORK },
  { label: 'normal', text: '【锦绣家园物业】2号楼东侧电梯{date}进行年度维保检测，当日8:00-12:00暂停使用，请业主使用西侧电梯。', senders: OTHER_PORT },
  { label: 'normal', text: '【{other}物业】地下车库月租车位将于{date}到期，续费请在“智慧停车”小程序办理，物业人员不会通过私人微信收取停车费。', senders: OTHER_PORT },
  { label: 'normal', text: '【业主委员会】关于小区外墙翻新方案的业主投票已开始，请于{date}前在“智慧社区”App投票，投票不需要填写银行卡信息。', senders: OTHER_PORT },

  // ── school fees ──
  { label: 'normal', text: '【育才小学】家长您好，本学期午餐费{amt}元将于{date}通过“校园一卡通”统一扣缴。家庭经济困难的可向班主任申请减免，学校不会通过个人账户收费。', senders: OTHER_PORT },
  { label: 'normal', text: '【城南职业技术学院财务处】新生学费及住宿费请于{date}前通过学校“统一支付平台”缴纳。学校不会通过电话、QQ或微信要求把学费转到个人账户。', senders: OTHER_PORT },
  { label: 'normal', text: '【启明幼儿园】家长您好，下学期保育费{amt}元请于{date}前在幼儿园公众号“缴费大厅”缴纳，如有疑问请到园务办公室咨询。', senders: OTHER_PORT },
  { label: 'normal', text: '【市税务局】2026年度城乡居民医保集中缴费期为{date}至12月31日，学生可由家长通过“楚税通”或银行App缴纳，无需向学校或个人转账。', senders: OTHER_PORT },

  // ── hospitals ──
  { label: 'normal', text: '【市中医院】{person}您好，您已成功挂号{date}下午针灸科，就诊序号18，请凭身份证或医保卡到门诊三楼签到。', senders: OTHER_PORT },
  { label: 'normal', text: '【市第一人民医院】您的检查报告已出，可在医院公众号“报告查询”中查看。本院不会电话通知您“报告异常需缴费”，如有疑问请到门诊服务台咨询。', senders: OTHER_PORT },
  { label: 'normal', text: '【妇幼保健院】宝宝的百白破第二针接种时间为{date}，请携带预防接种证到二楼接种门诊，免疫规划疫苗免费接种。', senders: OTHER_PORT },
  { label: 'normal', text: '【市人民医院】住院号{tail}，您的住院预交金余额已不足500元，请至住院收费处或通过医院公众号补交，以免影响后续治疗。', senders: OTHER_PORT },

  // ── registered lenders' lawful marketing ──
  { label: 'normal', text: '{sig}年终回馈：{date}前在{app}借款，首期利息享8折，年化利率（单利）9.9%-18%，具体以审批结果及合同为准。请理性借贷。退订回T', senders: PORT, links: ['official', 'none'] },
  { label: 'normal', text: '{sig}{person}，您的借款额度已恢复可用，可在{app}“借款”页查看。我司放款前不收取任何费用。退订回T', senders: PORT },
  { label: 'normal', text: '{sig}春运出行季，在{app}分期购买火车票、机票可享最高12期免息，活动详情 {url} ，最终以页面展示为准。退订回T', senders: PORT, links: ['official'] },
  { label: 'normal', text: '{sig}新客专享：注册{app}即可测算借款额度，最高{amt}元，以审批为准，综合年化成本在借款页面明示。未满18周岁请勿申请。退订回T', senders: PORT, links: ['none', 'official'] },
  { label: 'normal', text: '{sig}您的会员积分将于{date}清零，可在{app}“积分商城”兑换话费券或免息券，兑换不收取任何费用。退订回T', senders: PORT },
  { label: 'normal', text: '{sig}“还款日提醒”服务已上线，开启后将在还款日前3天通过App推送提醒您，不会额外收费。开启入口 {url} 退订回T', senders: PORT, links: ['official'] },

  // ── card annual fees ──
  { label: 'normal', text: '{sig}温馨提示：您尾号{tail}的信用卡首年免年费期将于{date}结束，次年起年费200元，当年刷卡满6次可免收。如需销卡请致电{hot}。', senders: PORT },
  { label: 'normal', text: '{sig}您尾号{tail}的白金信用卡年费{amt}元已入账。如对年费有异议，可在{app}“账单-年费”中申请调整，本行不会以“年费减免”为由索要验证码。', senders: PORT },
  { label: 'normal', text: '{sig}您尾号{tail}的借记卡日均余额低于300元，本季度将收取小额账户管理费3元。您可在{app}指定一张免收管理费的账户。', senders: PORT },
  { label: 'normal', text: '{sig}您在{app}开通的“尊享会员”将于{date}自动续费{amt}元，如不需要续费，请在App“我的-会员”中关闭，关闭后不影响借款和还款。', senders: PORT },

  // ── utilities ──
  { label: 'normal', text: '【自来水公司】户号{tail}{code}，您本期用水18吨，水费{amt}元，请于{date}前通过“智慧水务”公众号或银行代扣缴纳。', senders: OTHER_PORT },
  { label: 'normal', text: '【城市燃气】您的燃气表余额不足20元，请及时通过燃气公司App或营业厅充值，避免燃气表自动关阀。本公司不会通过陌生链接收费。', senders: OTHER_PORT },
  { label: 'normal', text: '【供电公司】户号{tail}{code}，您的电费账户余额已不足10元，为避免欠费停电，请通过“网上国网”App及时缴费。', senders: OTHER_PORT },
  { label: 'normal', text: '【热力公司】2025-2026采暖季供暖费请于{date}前缴纳，可通过热力公司公众号、营业厅或银行代收缴费，逾期将按规定处理。', senders: OTHER_PORT },
  { label: 'normal', text: '【中国移动】尊敬的客户，您本月话费账单{amt}元，已从账户余额扣除，当前余额充足。详单请登录中国移动App查询。', senders: OTHER_PORT },

  // ── lenders: lawful collection reminders and lawful but alarming notices ──
  { label: 'normal', text: '{sig}{person}，您的借款已逾期5天，应还{amt}元。逾期将按合同计收罚息并如实报送征信，如遇困难可在{app}申请延期还款。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期90天。我司拟依法向有管辖权的人民法院提起诉讼；诉讼前您仍可通过{app}协商还款方案。本短信不是法院文书，咨询{hot}。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}您的账户于{date}在异地设备登录，为保障资金安全已暂停借款功能。如非本人操作，请在{app}修改登录密码；我们不会来电索要验证码。', senders: PORT },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期15天，应还{amt}元。我司不会联系您的亲友或工作单位，也不会收取任何额外费用，请在{app}查看还款明细。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}您好，根据您今天电话中的同意，我司两名工作人员（工号H2031、H2047）将于{date}下午3点到您家中面谈还款安排。如需改期请致电{hot}。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}您的逾期信息已按规定报送金融信用信息基础数据库，结清后将更新为“已结清”。如认为记录有误，可通过{app}或{hot}提出异议。', senders: PORT },
  {
    label: 'normal',
    text: '[通话录音 15:06]\n客服：您好，请问是{person}本人吗？我是{name}的贷后专员，工号C1180，通话会录音。\n客户：是，什么事？\n客服：您的账单逾期8天了，应还{amt}元。最近是不是有困难？\n客户：生意不太好。\n客服：理解。您可以在{app}申请延期一个月，或者先还最低还款额。我们不会打扰您的家人。\n客户：好，我这周申请。',
    senders: HOTLINE,
    hours: WORK,
  },
  { label: 'normal', text: '{sig}您好，您的投诉（编号T{code}）已受理，我司将在15日内给出处理意见。处理期间相关账户暂停催收提醒，如有新情况请拨打{hot}。', senders: PORT },
  { label: 'normal', text: '{sig}{person}，您申请的停息分期已审核通过：剩余欠款{amt}元分12期偿还，每月还款日为{date}。请按期在{app}还款，本方案不收取任何服务费。', senders: PORT, hours: WORK },
  { label: 'normal', text: '[语音外呼] 您好，这里是{name}还款提醒，您尾号{tail}的银行卡今日代扣失败，请保证卡内余额充足，系统将于今晚8点再次扣款。重听请按1，人工服务请按0。', senders: HOTLINE, hours: [14, 15, 16, 17, 18] },

  // ── honest staff texting from work mobiles ──
  { label: 'normal', text: '{person}您好，我是锦绣家园物业管家小李。您家楼下反映卫生间顶棚渗水，想约您{date}上午让维修师傅上门看一下，检查不收费，您方便的话回我一下时间。', senders: FRIEND },
  { label: 'normal', text: '您好，我是{name}的客户经理小孙（工号K0562）。您上周在网点申请的信用卡已审批通过，卡片将邮寄到您登记的地址，激活请在{app}或柜台办理，全程不需要把验证码告诉我。', senders: ['mobile', 'official_hotline'] },
  { label: 'normal', text: '[语音留言] 您好，我是市第一人民医院心内科护士站，提醒您明天上午8点空腹来做复查抽血，来不了的话请回拨科室电话改约。', senders: ['unknown_landline', 'mobile'] },

  // ── forwarding or warning about scams in these styles ──
  { label: 'normal', text: '妈，刚才那个说您中了“双色球二等奖”要先交个税的电话是骗子，彩票中心不会打电话通知中奖，您别按什么1，直接挂了就行。', senders: FRIEND },
  { label: 'normal', text: '[QQ] 姐，你看这个：“我是你表弟，手机坏了，先借我三千”，这QQ是不是被盗了？我打他电话他说根本没发过，我已经提醒他改密码了。', senders: APP },
  { label: 'normal', text: '{sig}【反诈提醒】近期有人在闲鱼、转转冒充平台客服，以“账户未开通保证金”为由要求卖家转账。平台不会向卖家收取保证金，请在官方App内完成交易。', senders: PORT },
  { label: 'normal', text: '{sig}【防骗小课堂】婚恋交友认识的“高富帅”“白富美”带你投资、带你博彩，就是“杀猪盘”。网友推荐的投资平台一律不要注册、不要充值。', senders: PORT },
  { label: 'normal', text: '【城东派出所】提醒：“刷单日结”“点赞关注赚佣金”的兼职，先给甜头再让垫付，都是诈骗。正规招聘不需要求职者垫付任何钱。有疑问请拨打96110。', senders: OTHER_PORT },
  { label: 'normal', text: '老公，小区群里说有人冒充物业打电话说要交“燃气检测费”，咱家物业费都在小程序上交的，这种电话我都没理。', senders: FRIEND, hours: EVENING },
];

export const TRAIN9_TEMPLATES: Template[] = [...NORMAL, ...TRAIN9B_TEMPLATES];
