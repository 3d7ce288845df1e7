/**
 * BLIND9 held-out bank, second part: fraud and harassment. Written with blind9.templates.ts by
 * the same independent (fourteenth) author in session 5 (2026-12-02); see that file for who, how,
 * what was read, the styles, and the rule that the analyzer MUST NEVER be tuned on this bank.
 * A victim's own message retelling a scam (to a relative, a boss, a platform) is labelled by the
 * scam. A forged supplier, colleague, teacher or property manager asking for money is
 * `impersonating_acquaintance`; forged government subsidies and benefits are `other`; fake
 * services bought outright (visas, certificates, rentals, tickets) are `fake_shopping`. A
 * collector who writes to a work group, a supervisor, HR, the 物业, a landlord or a class group,
 * poses as a court or the police, adds fees, or calls at night is harassment, even when polite.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const NIGHT = [22, 23, 0, 1, 2, 3, 6, 7];
/** Work-group posts, e-mails, push notifications, transcripts: pasted text, no sender. */
const PASTED: Template['senders'] = ['none'];
const CHAT: Template['senders'] = ['none', 'mobile', 'virtual'];
/** The victim writing to a relative, a colleague or a platform. */
const VICTIM: Template['senders'] = ['mobile', 'none'];
const SCAM: Template['senders'] = ['virtual', 'mobile', 'unknown_port', 'foreign', 'none'];
/** SMS spoofing an institution's port or short code. */
const SPOOF: Template['senders'] = ['lookalike_short', 'unknown_port', 'prefixed', 'virtual', 'lookalike_400'];
const CALLERS: Template['senders'] = ['virtual', 'lookalike_400', 'unknown_landline', 'prefixed', 'mobile', 'foreign'];
const BAD_LINKS: Template['links'] = ['lookalike', 'random', 'ip', 'shortener'];
const APK: Template['links'] = ['apk', 'random', 'shortener'];
const COLLECTOR: Template['senders'] = ['mobile', 'virtual', 'unknown_landline', 'none'];
/** A registered lender's own channels, used in breach of the rules. */
const LENDER: Template['senders'] = ['official_hotline', 'official_port', 'mobile'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '[企业微信] 行政部：公司与{other}合作推出“员工福利任务”，请各位同事下载 {url} 完成商品浏览和下单任务，每单返现12%，月底随工资结算，前三单需自行垫付。', senders: ['none', 'virtual'], links: APK },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，我们是跨境电商测评团队，招募买家给店铺新品做测评：用自己的账户下单，截图发我们，30分钟内返本金再加8%佣金，连续做满五单可升级高佣金任务。', senders: CHAT },
  { label: 'fraud', type: 'brushing_rebate', text: '各位家长晚上好，我是小雨妈妈，最近在做一个给网店刷好评的兼职，手机上就能做，一天两三百，带娃的宝妈有兴趣私聊我，拉你进任务群。', senders: ['none', 'mobile'], hours: [19, 20, 21, 22] },
  { label: 'fraud', type: 'brushing_rebate', text: '【旅拍兼职】招募酒店点评员：为合作酒店写好评点赞，每条返佣8元；预充值订房（可退）任务完成后返还本金加20%佣金。报名 {url}', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '老公我跟你说实话，我在一个“车评点赞”群里做任务，前面返了三百多，后来派了个“合并单”，我充了一万二进去，现在客服说要再充八千才能解冻提现，我是不是被骗了', senders: VICTIM },
  { label: 'fraud', type: 'brushing_rebate', text: '主题：远程兼职邀约——电商数据优化员\n您好！我司为多家网店提供数据优化服务，现招远程兼职：按要求在指定店铺拍单并给五星好评，本金当日返还，佣金每单15—60元。请添加招聘专员{phone}领取首单任务。', senders: PASTED },
  { label: 'fraud', type: 'brushing_rebate', text: '暑假工 学生党可做 手机给店铺点赞关注 一单3元日结 进群先交98元入门押金 做满一周退 包教包会', senders: CHAT },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '王会计您好，我是{name}对公业务部的客户经理，给贵司推荐一款企业闲置资金理财，七天年化12%，保本。资金先转入我们的托管专户{acct}，到期连本带息回到贵司对公账户。', senders: CALLERS },
  { label: 'fraud', type: 'fake_investment', text: '车友会内部福利：新能源充电桩众筹，一台桩投5万，每月分红3500，车友优先认购，已有两百多位车主入股，认购请加群主{phone}', senders: SCAM },
  { label: 'fraud', type: 'fake_investment', text: '阿姨，您家老爷子住院花了这么多钱，我们有个“大病互助养老”计划，存十万进去每年返一万二，以后家里人看病还能全额报销，名额只给病友家属。', senders: CHAT },
  { label: 'fraud', type: 'fake_investment', text: '跨境店铺托管项目：您出资买下成熟店铺，我们团队代运营，月收益15%—30%，每月10号分红，保底年化80%，不满意随时退股。', senders: SCAM },
  { label: 'fraud', type: 'fake_investment', text: 'Hi, this is Kevin from the Singapore desk. 我们这周在做外汇套利跟单，群里的人都赚了，平台是 {url}，最低入金一万，this week only 新用户送20%体验金。', senders: ['foreign', 'virtual'], links: BAD_LINKS },
  { label: 'fraud', type: 'fake_investment', text: '家长群福利：教育储蓄计划，每月存2000，孩子上大学时一次返还本金加60%收益，有“国家教育基金”担保，比存银行高五倍，扫码登记 {url}', senders: ['none', 'mobile'], links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_investment', text: '[{app}推送] 恭喜您获得“尊享理财”内测资格，年化收益18%，需联系专属客服{phone}开通，资金转入指定账户后自动计息。', senders: PASTED },
  { label: 'fraud', type: 'fake_investment', text: '闺女，我在直播间跟老师买的“数字黄金”，头两个月每月都返了利息，现在说平台升级，要先交20%的保证金才能提现，我已经投进去八万了。', senders: VICTIM },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '【车贷通】您名下车辆可办理“不押车抵押贷”，最高车价九成，当天放款，不看征信。需先支付GPS安装费和评估费{amt}元，详询{phone}', senders: ['unknown_port', 'virtual', 'mobile'] },
  { label: 'fraud', type: 'fake_loan', text: '贵公司符合“税贷”条件，纳税信用B级以上即可获纯信用经营贷最高300万，无抵押。放款前需缴纳1.5%的账户验资金至{acct}，放款后原路退还。', senders: SCAM },
  { label: 'fraud', type: 'fake_loan', text: '同学你好，报我们的UI设计课不用交学费，我们帮你申请“助学分期”，前6个月不用还。只是申请时要先交998元服务费和一笔押金，押金放款后退你。', senders: CHAT },
  { label: 'fraud', type: 'fake_loan', text: '【医疗贷】您的家人住院费用可申请“先诊疗后付费”专项借款，最高20万，免息12个月。请点击 {url} 填写患者信息并支付审核费。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '{sig}您的借款{amt}元已审批，因您的收款卡为二类账户无法入账，请在 {url} 办理“账户升级”并缴纳升级保证金，保证金随放款一并退回。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '[来电转写] 您好，这里是{name}贷款中心，您的额度已提升到八万，但流水不够，需要您先往自己另一张卡存一万做流水，再把那张卡收到的验证码报给我们核对，核对完马上放款。', senders: CALLERS },
  { label: 'fraud', type: 'fake_loan', text: '【卖家贷】尊敬的卖家，您的店铺可申请“回款贷”，额度为近三个月流水的50%，秒批秒到。办理需先缴纳3%风险保证金至平台合作账户{acct}。', senders: SCAM },
  { label: 'fraud', type: 'fake_loan', text: '哥，我在网上申请了个贷款，说放款时我的预留手机号和银行卡对不上，钱卡在他们系统里，要交三千五“解冻费”，我已经交了一千，他又说还要交个保险费，我现在咋办', senders: VICTIM },
  { label: 'fraud', type: 'fake_loan', text: '主题：企业融资预审批通知\n尊敬的企业负责人：\n贵司在{name}的经营贷预审批已通过，额度50万元。为完成放款，请于24小时内向以下账户支付担保服务费{amt}元：{acct}，放款后可开具发票。\n融资服务部 {phone}', senders: PASTED },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是高速ETC客服中心，系统检测到您的ETC设备和车辆信息不匹配，今晚12点会被列入黑名单，过收费站要按最高费率补缴。我现在教您在手机银行里重新签约。', senders: CALLERS },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}您好，我是保险公司理赔中心，您上个月的剐蹭理赔款{amt}元因收款账户信息有误被退回，需要您加理赔专员微信，重新核对银行卡和手机收到的验证码。', senders: CALLERS },
  { label: 'fraud', type: 'fake_customer_service', text: '【航旅通知】尊敬的旅客，因航班临时调整，航司将补偿您每人500元。由于补偿金额较大，须先在{app}开通“快速理赔通道”，请添加理赔专员{phone}协助办理。', senders: SPOOF },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这里是栖云酒店前台，您订的房间因系统故障重复扣了一次房费，我们要退您这笔钱，请您打开支付宝搜索“备用金”，按我说的一步步操作，退款就能到账。', senders: CALLERS },
  { label: 'fraud', type: 'fake_customer_service', text: '【市第一人民医院】您的医保结算出现重复扣费，需退还{amt}元，请添加医院财务科企业微信{phone}办理，办理时需共享手机屏幕核对账户。', senders: SPOOF },
  { label: 'fraud', type: 'fake_customer_service', text: '[卖家中心] 您的店铺因“二次身份验证”未通过已被限制提现。请在24小时内联系店铺安全专员{phone}，并下载远程协助软件 {url} 完成视频验证，否则资金将冻结90天。', senders: ['none', 'virtual', 'foreign'], links: APK },
  { label: 'fraud', type: 'fake_customer_service', text: '尊敬的卖家，平台即将上调店铺保证金，您需补缴2000美元，未补缴的店铺下周起停止展示。为避免汇率损失，请直接以人民币转入平台国内结算账户{acct}。', senders: SCAM },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}尊敬的客户，您的借记卡芯片将于{date}停用升级，请点击 {url} 在线换卡，需填写卡号、有效期、取款密码及短信验证码。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是海途旅行社售后，您报的团因目的地政策调整取消了，退款要走“保险理赔通道”，您需要先下载一个会议App，我共享屏幕一步步教您操作。', senders: CALLERS },
  { label: 'fraud', type: 'fake_customer_service', text: '【途程租车】您的车辆押金{amt}元退款失败，原因：收款账户异常。请于{date}前点击 {url} 重新提交退款账户及验证码，逾期押金将转入平台暂存。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '妈，刚才有人说是快递公司的，说我寄给你的保健品丢了要赔三倍，让我下了个软件共享屏幕，又让我在借款App里贷一笔钱说是“验证流水”，我还没贷，你说这是不是骗子？', senders: VICTIM },
  { label: 'fraud', type: 'fake_customer_service', text: '[智能音箱] 主人，您有一条新留言：“您好，您的{app}会员即将自动续费，每月扣费698元，如需取消请拨打{phone}转人工客服。”', senders: PASTED },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '【电子税务局】贵单位存在未认证的异常进项发票，涉嫌虚开，请财务负责人于今日17时前添加稽查专员{phone}办理“发票风险解除”，逾期将锁定开票权限。', senders: SPOOF },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是市医保局稽查科，您的医保卡在外地药店被大量刷购处方药，涉嫌骗保。现在把电话转接给公安局的王警官，请您配合他做个笔录。', senders: CALLERS },
  { label: 'fraud', type: 'impersonating_authority', text: '【住房公积金管理中心】您的公积金账户因单位违规缴存已被冻结，须在48小时内点击 {url} 完成“账户核查”，否则将追回近三年缴存额并记入失信名单。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '【省教育厅】经核查，您孩子的学籍信息存在异常，将影响今年中考报名。请家长于今日联系学籍管理办公室{phone}，按要求缴纳学籍恢复费。', senders: SCAM },
  { label: 'fraud', type: 'impersonating_authority', text: '这里是海关缉私局，你公司出口的一批货涉嫌走私逃税，法人已被列为嫌疑人。公司需要把对公账户资金转入海关监管账户{acct}，核查无误后全额退回。', senders: CALLERS },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}，我是交警支队事故科的，你的车在一起肇事逃逸案里被拍到，对方伤得很重，不来处理就要刑事拘留。想私下了结的话，先交两万保证金到{acct}。', senders: CALLERS },
  { label: 'fraud', type: 'impersonating_authority', text: '主题：关于配合调查的通知（保密）\n{person}：\n经查你名下账户涉嫌为电信诈骗团伙提供资金结算，现依法对你进行资金审查。请勿向任何人透露本函内容，并于今日登录 {url} 提交资产申报。\n市人民检察院 经济犯罪检察部', senders: PASTED, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '【市场监管局】您的营业执照年报信息存在严重虚假，将被列入经营异常名录并罚款。请于今日内致电{phone}办理撤销，需缴纳撤销保证金。', senders: SCAM },
  { label: 'fraud', type: 'impersonating_authority', text: '老婆，刚才有个穿警服的人视频打过来，说我的身份证在外地被拿去开公司洗钱，让我找个酒店单独配合，把存款转到“资金清查账户”，我现在在酒店楼下，心里发慌', senders: VICTIM },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，这里是96110反诈中心，您的银行账户刚才向涉诈账户转出了资金。为保护您的资金安全，请立即把余额转到我们为您设立的保护账户{acct}。', senders: ['prefixed', 'foreign', 'virtual'] },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '同学您好，我是{name}的客服，您在校期间开通过“学生分期”，按最新规定必须注销，否则毕业后考公、考编政审都过不了。注销前需要先把额度借出来清零。', senders: CALLERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '车主您好，您的车贷有过逾期记录，会影响下一次续保报价。我们可以通过“征信异议申诉”帮您删除记录，三个工作日出结果，费用2800元先付一半。', senders: CHAT },
  { label: 'fraud', type: 'fake_credit_repair', text: '[企业微信·HR] 公司近期将对员工做征信背调，征信上有逾期的同事可以联系我们合作的“征信优化中心”{phone}，内部价加急处理，保证不影响转正。', senders: PASTED },
  { label: 'fraud', type: 'fake_credit_repair', text: '主题：个人征信异常提醒\n尊敬的用户：\n您在征信系统中存在“多头借贷”标记，已被多家银行列为高风险客户。本中心可为您办理“信用修复”，请于{date}前点击 {url} 预约。\n信用修复服务中心', senders: PASTED, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '儿子，刚才有个说是你们学校贷款中心的，说你上大学时的助学贷款账户要注销，不然影响你考研，让我下个软件共享屏幕，把你爸卡上的钱先转过去“对冲”，有这回事吗？', senders: VICTIM },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}您的账户已被标记为“异常借贷账户”，将于24小时后同步至人行征信。如需撤销，请拨打征信专线{phone}，按专员指引在各平台借出额度转入指定账户完成核验。', senders: SPOOF },
  { label: 'fraud', type: 'fake_credit_repair', text: '你公积金贷款批不下来，是因为征信上的查询记录太多。我们有银行内部渠道，能把查询记录和小额网贷记录都消掉，包过，先交五千服务费。', senders: CHAT },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '租车：奔驰GLC一天只要180，免押金，先付一天租金和500元保险费，车直接送到家门口，微信同号{phone}', senders: SCAM },
  { label: 'fraud', type: 'fake_shopping', text: '老板，这台车你要的话得先付五千订金我才给你留着，车在外地，订金打我表哥的卡{acct}，你放心，车到了你不满意全退。', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'fake_shopping', text: '地下车位转让，因移民急售，产权车位8万（市场价15万），先付2万意向金锁定，签合同时再付尾款，意向金转个人账户。', senders: ['mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '日本五年多次签证包过，不用资产证明，3个工作日出签，全款2980元先付后办，出签失败退一半。', senders: SCAM },
  { label: 'fraud', type: 'fake_shopping', text: '家属您好，我是肿瘤医院营养科的，您家病人化疗后白细胞低，我们有进口的“细胞修复因子”，医院里买不到，一个疗程3980，今天下单送一盒，要先付款才能发货。', senders: CALLERS },
  { label: 'fraud', type: 'fake_shopping', text: '考证包过：教师资格证、二级建造师、初级会计不用考试直接拿证，官网可查，全套6800元，先付定金2000。', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '五一演唱会内场前排，原价1280现价980，先付款后发电子票，可以先给你看购票截图，只剩两张，要的赶紧。', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '我在朋友圈买了一台“海关罚没”的二手车，付了三万定金，对方说车扣在港口，还要交一万二清关费才能提车，现在电话也不接了，我是不是被骗了？', senders: VICTIM },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[企业微信] 刘总：小陈，我在飞机上接不了电话，鑫达的货款今天必须付，他们换了收款账户，新账户{acct}，金额{amt}元，你先付，审批我落地补。', senders: ['none', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '主题：【重要】关于我司收款账户变更的通知\n尊敬的合作伙伴：\n因我司基本户年度审计，即日起请将货款汇至以下新账户：\n户名：杭州鑫达五金贸易有限公司\n账号：{acct}\n原账户暂停使用，今日到期的货款{amt}元请按新账户支付。\n鑫达五金 财务部', senders: PASTED },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[班级群] 各位家长，我是班主任王老师，下学期教辅资料费每人268元，请扫描下方收款码缴纳，缴费后截图私发给我登记，今晚9点截止。', senders: PASTED, hours: [18, 19, 20, 21] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[钉钉] 我是财务部周敏，年度个税补差需要每位同事先把差额{amt}元转到公司代收账户{acct}，年后随工资退回，今天下班前统计。', senders: ['none', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我是小杰，换了新号。学校这周要交考研辅导费六千，我的卡被冻住了，你先转到辅导员的卡{acct}，别打电话，我在上课。', senders: ['virtual', 'mobile', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[业主群] 我是物业王经理，这是我新微信。地库改造要先收每户500元押金，完工后退还，请转到物业财务的卡{acct}，收据后补。', senders: PASTED },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是你高中同学李娜呀，在泰国旅游护照丢了，大使馆补办要先交钱，我的卡被锁了，你先借我五千，转到导游的账户上，回国马上还你。', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[语音转文字] 喂，是我，你姐夫。我在医院陪你姐做手术，手机快没电了，急着交三万押金，你先转到医院这个医生的卡上，卡号我一会儿发你。', senders: CALLERS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '王总，刚才“您”在企业微信上让我给一个新供应商付了八万二，我付完给您打电话才知道不是您。我已经报警了，银行说要尽快申请止付，您能过来一下吗', senders: VICTIM },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '您好，我家孩子上初二，他说在游戏里卖装备，对方让他去一个“交易网站”注册，说账户冻结要交保证金，孩子拿我手机转了三次共{amt}元，现在对方把他拉黑了，请问怎么办？', senders: VICTIM },
  { label: 'fraud', type: 'game_trading', text: '低价皮肤代充，全皮肤号只要388，原价两千多，付款后给你账号密码，可以换绑。加QQ群{code}，未成年用家长手机也能付。', senders: CHAT },
  { label: 'fraud', type: 'game_trading', text: '小朋友你好，我是游戏官方客服，你刚才抽到的限定皮肤需要“实名激活”，请让爸爸妈妈打开付款码给我扫一下，扫完皮肤和钱都会返还给你。', senders: ['none', 'mobile'] },
  { label: 'fraud', type: 'game_trading', text: '你的号我要了 出价五千 不过交易平台规定首次卖号要交“账号安全险”600 你先交 交完钱和号一起结算 快点我急着要', senders: CHAT },
  { label: 'fraud', type: 'game_trading', text: '【游戏交易平台】您出售的账号已被买家购买，货款{amt}元已冻结，因收款账户未完成实名认证，请支付认证费后解冻提现：{url}', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'game_trading', text: '家长们注意，我家孩子说游戏里有人免费送皮肤，加了QQ后让他用我的微信扫码“领取”，结果我微信被扣了四千多，对方还说不继续扫就把他的号封掉。', senders: VICTIM },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: 'Subject: Miss you / 想你\nDear，这几个月和你聊天是我最开心的事。我下个月从迪拜回国，but my bonus is stuck in the company account，需要你先帮我付一笔清关费，I will pay you back double when we meet.', senders: ['none', 'foreign'] },
  { label: 'fraud', type: 'romance', text: '我们在大理认识的那晚你还记得吗？我现在回老家了，我妈突然住院，手术费还差两万，我实在开不了口跟别人借，你能先帮我一下吗？', senders: CHAT },
  { label: 'fraud', type: 'romance', text: '亲爱的，我在维和部队服役，下个月就退役了，部队有一笔安置费要寄给你保管，但需要你先交一笔保险费和运输费，我这边没法动钱。', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'romance', text: '张大姐，我是公园跳舞认识的老刘，我儿子在国外做生意出了事，要八万保释金，我的钱都是定期取不出来，你先借我，下个月到期就还，以后咱俩就一起过。', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'romance', text: '闺女，我在网上认识了一个当医生的，聊了半年，说要回国跟我结婚，他寄了一箱礼物被海关扣了，要交三万八关税，我已经交了一万，他说还差点，你说我要不要再交', senders: VICTIM },
  { label: 'fraud', type: 'romance', text: '哥哥，你是我直播间对我最好的人，这个月PK要是输了公司就要跟我解约，你再帮我刷三千块礼物好不好，下周我就去找你见面。', senders: CHAT, hours: [20, 21, 22, 23, 0] },
  // ── other ──
  { label: 'fraud', type: 'other', text: '【学生资助中心】您有一笔2026年度“困难学生补助”{amt}元待领取，请于{date}前点击 {url} 填写学生及家长的银行卡号、身份证号和验证码领取。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '恭喜您的车牌在“安全驾驶年度评选”中获得一等奖，奖品为价值5万元的新能源车三年使用权，领奖前需先缴纳个人所得税{amt}元。', senders: SCAM },
  { label: 'fraud', type: 'other', text: '【医保】您的医保个人账户余额{amt}元可一次性提现到银行卡，政策{date}截止，请点击 {url} 办理。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '【交通运输局】新能源汽车置换补贴开放申领，每车最高补贴{amt}元，请车主点击 {url} 上传行驶证并绑定银行卡，补贴三个工作日到账。', senders: SPOOF, links: BAD_LINKS },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[企业微信·销售二部] 各位同事好，打扰一下，你们部门的{person}在{name}的借款已经逾期三个月，一直联系不上，麻烦大家转告他尽快处理，也请部门领导督促一下。', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '您好，请问是{person}的主管吗？您部门的员工在{name}欠款{amt}元长期不还，作为领导您有责任督促他。下周还不处理，我们就把催款函寄到贵公司人事部。', senders: COLLECTOR },
  { label: 'harassment', text: '物业您好，你们小区8栋的{person}欠我们公司钱，我们明天派人过去，麻烦让保安放行，顺便在业主群里提醒他还钱。', senders: COLLECTOR },
  { label: 'harassment', text: '房东你好，你的租客{person}在外面欠网贷不还，我们已经查到他住你这儿。要么你让他还钱，要么把他赶走，不然我们天天上门，你这房子也别想再租出去。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}，你给人担保了就得还钱，别以为躲得掉。你女儿在实验小学三年级一班，每天下午四点放学，我们都清楚。今天下班前把{amt}元还上。', senders: COLLECTOR },
  { label: 'harassment', text: '主题：关于您涉嫌合同诈骗的立案预警函（案号：(2026)粤0305刑初{code}号）\n{person}：\n您在{name}的借款已被我部认定为恶意骗贷，材料已移交法院刑事审判庭，立案后将由法警上门带走。今日18:00前全额还款可申请撤案。\n{name} 法务部', senders: PASTED },
  { label: 'harassment', text: '{person}，这是今晚打给你的第十二个电话，你不接我们就一直打，打到你全家都睡不了觉。', senders: COLLECTOR, hours: NIGHT },
  { label: 'harassment', text: '{person}您好，我是{name}的贷后专员，这么晚打扰了，您的借款今天必须处理，麻烦您现在回个电话。', senders: ['official_hotline', 'mobile'], hours: [22, 23, 0, 1, 6, 7] },
  { label: 'harassment', text: '{sig}{person}您好，您担保的借款人已逾期，请您立即代为偿还{amt}元。', senders: ['official_port'], hours: NIGHT },
  { label: 'harassment', text: '你是{person}通讯录里的朋友吧？他在{name}借了{amt}元到现在没还，麻烦你转告他。你们是朋友，你也有责任劝他，不然我们会一直联系你。', senders: COLLECTOR },
  { label: 'harassment', text: '{sig}{person}，您的逾期账单已产生“委外处置费”和“律师函费”合计1200元，须与本金一并还清，否则将上报“全国失信共享平台”。', senders: ['official_port', 'unknown_port', 'mobile'] },
  { label: 'harassment', text: '你在{name}的钱今天必须还上，没钱就去{other}贷，或者拿信用卡套现，我给你个中介电话{phone}，他能帮你秒下款，下了款直接还我们。', senders: LENDER },
  { label: 'harassment', text: '你这种人也配当老师？欠{name}的钱装死，明天我们就打到你们学校教务处，让全校都知道你是什么东西。', senders: COLLECTOR },
  { label: 'harassment', text: '你的“欠款公示”我们已经印好了，明天贴到你们小区公告栏和电梯里，上面有你的照片和身份证号，想撤掉就今晚把钱还了。', senders: COLLECTOR },
  { label: 'harassment', text: '贵公司人事部：贵司员工{person}因拖欠{name}借款已被列为“失信被执行人”，按相关规定贵司须配合从其工资中扣划欠款，否则将承担连带责任。\n{name} 法务中心', senders: ['none', 'unknown_landline', 'mobile'] },
  { label: 'harassment', text: '【法院执行局】{person}，你的欠款案已进入强制执行，执行人员将于明天到你工作单位张贴执行公告，如需撤销请联系执行专员{phone}。', senders: ['unknown_port', 'mobile', 'virtual'] },
  { label: 'harassment', text: '{person}业主，你欠{name}的钱我们已经跟你们物业打过招呼了，物业会配合停掉你家的门禁卡，哪天还钱哪天恢复。', senders: COLLECTOR },
  { label: 'harassment', text: '{person}，你今天已经挂了我们十一次电话了，系统会每半小时给你和你的紧急联系人各打一次，直到你还款为止。', senders: LENDER },
  { label: 'harassment', text: '老周，你担保的那个{person}跑了，你不还谁还？我们七点就到你家楼下等着，别想躲。', senders: COLLECTOR, hours: [5, 6, 7] },
  { label: 'harassment', text: '听说你周末要带家人去三亚？欠{name}的钱不还倒有钱旅游，我们会联系你的同行人，让大家都看看你这个老赖的样子。', senders: COLLECTOR },
  { label: 'harassment', text: '你老婆在市一院住院是吧，8楼12床，我们明天去病房找她聊聊你欠{name}钱的事，看你还躲不躲。', senders: COLLECTOR },
  { label: 'harassment', text: '您好，这里是{name}，我们在核实{person}先生的工作情况，他在我司有一笔{amt}元的逾期借款，请问他还在贵公司上班吗？方便的话请让他尽快联系我们。', senders: ['official_hotline', 'mobile', 'unknown_landline'] },
  { label: 'harassment', text: '[班级群] 各位家长，{person}家长欠我们公司的钱一直不还，这样不讲诚信的家长，大家以后留个心眼，也让孩子离他家孩子远点。', senders: ['none', 'mobile'] },
  { label: 'harassment', text: '[语音信箱转文字] {person}，别装睡了，欠{name}的钱今天不还，明天你单位、你小区、你老家的人都会收到你的欠款信息。', senders: COLLECTOR, hours: [0, 1, 2, 3] },
  { label: 'harassment', text: '我是城南派出所经侦大队的，{name}已经就你恶意透支报案立案，你现在马上还款，还了我们就不去你单位拘传你。', senders: COLLECTOR },
  { label: 'harassment', text: 'Subject: Final notice / 最后通牒\n{person}，you borrowed from {name} and disappeared. 我们已把你的欠款信息发给你公司邮箱里的全部同事，下一步发给你的客户。Pay today.', senders: PASTED },
];

export const BLIND9B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
