/**
 * BLIND8 held-out bank, second part: fraud and harassment. Written with blind8.templates.ts by
 * the same independent (thirteenth) author in session 5 (2026-12-02); see that file for who, how,
 * what was read, the styles, and the rule that the analyzer MUST NEVER be tuned on this bank.
 * A victim's own message retelling or quoting a scam ("is this real?") is labelled by the scam.
 * Impersonated government bodies that threaten an investigation, a refund or a blacklist are
 * `impersonating_authority`; forged subsidy and benefit claims are `other`. A collector who
 * poses as a court or the police, or pulls in the village committee, is harassment.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 2, 5, 6, 7];
const DAWN = [5, 6, 7];
/** Pasted from a chat, a flyer or a village group, with no sender. */
const PASTE: Template['senders'] = ['none'];
const CHAT: Template['senders'] = ['none', 'mobile'];
/** The victim (often elderly) writing to a son, daughter or neighbour. */
const VICTIM: Template['senders'] = ['mobile'];
const SCAM: Template['senders'] = ['mobile', 'virtual', 'unknown_port', 'none'];
/** SMS spoofing an institution's port or short code. */
const SPOOF: Template['senders'] = ['lookalike_short', 'unknown_port', 'prefixed', 'virtual'];
const CALLERS: Template['senders'] = ['mobile', 'virtual', 'lookalike_400', 'unknown_landline', 'prefixed'];
const BAD_LINKS: Template['links'] = ['random', 'shortener', 'ip', 'lookalike'];
const APK: Template['links'] = ['apk', 'shortener', 'random'];
const COLLECTOR: Template['senders'] = ['mobile', 'virtual', 'unknown_landline'];
/** A registered lender's own channels, used in breach of the rules. */
const LENDER: Template['senders'] = ['official_port', 'official_hotline', 'mobile'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '大姐你好 我们是做助农直播的店铺 现在招在家的宝妈和老人帮店里补单 按我们发的链接下单买土特产 不用收货 本金加10个点佣金当天返 一单能赚十几块 想做的加我{phone}', senders: CHAT },
  { label: 'fraud', type: 'brushing_rebate', text: '兼职 手机上给快递点好评 一条2块 一天能做一百条 第一单先垫付38 做完马上返46 名额不多 要做的加客服{phone} 不收任何费用', senders: PASTE },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，我是{other}的运营，现招募农村地区“订单体验员”，在家就能做，每单返佣15%。今天派的是连单任务，需连续完成3单后统一返还本金{amt}元和佣金，中途退出本金不予退还。', senders: ['foreign', 'mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'brushing_rebate', text: '儿子 我在手机上做那个点赞的活 前面两单都返钱了 现在说要在充三千才能把前面的钱取出来 说是卡单了 你说我要不要充', senders: VICTIM },
  { label: 'fraud', type: 'brushing_rebate', text: '【乡村好物】恭喜您被选为乡村好物推广员，每天给指定店铺的土特产下单并好评，垫付金额任务完成后立即返还，另得8%佣金。报名 {url}', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'brushing_rebate', text: '阿姨你好 给你个简单的活 在家给直播间点赞关注 一个五块 做完截图发我 我给你发红包 后面还有大单 要先垫钱 返得多', senders: CHAT },
  { label: 'fraud', type: 'brushing_rebate', text: '刷单员招聘：下载 {url} 注册，按派单员要求拍下商品，商家返款加佣金，日结200到500，适合在家带孩子的农村妇女和老人，会用手机就行。', senders: SCAM, links: APK },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '【乡村振兴专项基金】国家支持乡村振兴，现向个人开放认购，投资1万元每月分红800元，保本保息，名额按村分配，先到先得。认购请联系县办事处{phone}', senders: ['foreign', 'virtual', 'unknown_port', 'mobile'] },
  { label: 'fraud', type: 'fake_investment', text: '认养一头牛 每头8000 牛养在我们牧场 一年后返还本金再多给3000 签正规合同 不放心可以来牧场看 村里已经有二十多户投了 想投的找我', senders: CHAT },
  { label: 'fraud', type: 'fake_investment', text: '老哥 跟你说个好事 我们这个数字农业平台 投5000每天返150 我已经提了好几回了 你下载这个 {url} 注册 填我的邀请码{tail} 晚了就没名额了', senders: ['mobile', 'none'], links: APK },
  { label: 'fraud', type: 'fake_investment', text: '中药材种植合作项目：公司提供种苗和技术，农户每亩交3000元保证金，三年后公司包回收，每亩净赚2万元，不赚钱全额退还保证金。咨询{phone}', senders: SCAM },
  { label: 'fraud', type: 'fake_investment', text: '{person}您好，我是县养老服务中心的，我们的养老公寓项目现在内部认购，存5万一年给6千利息，老了还能免费住，有政府背景，比信用社利息高多了，名额快满了。', senders: CALLERS },
  { label: 'fraud', type: 'fake_investment', text: '大爷 您上回来听讲座的那个黄金理财 今天最后一天 存两万年底返两万四 还送米面油 我把账户发您 {acct} 转过来就行 户名是我们公司财务', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_investment', text: '合作社原始股内部认购，一股1元，明年在北交所上市翻十倍，只在本村和邻村开放，每户限购5万股，认购款请转到{acct}，凭转账截图领取股权证。', senders: ['foreign', 'virtual', 'none', 'unknown_port'] },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '【扶贫贷款】您好，您已被列为帮扶对象，可申请政府贴息贷款5万元，无抵押、不查征信，3天到账。需先缴纳贷款保证金{amt}元，放款时一并返还。联系县扶贫办刘主任{phone}', senders: SCAM },
  { label: 'fraud', type: 'fake_loan', text: '惠农贷 不用抵押 凭身份证就能贷 最高20万 当天到账 种地养殖都能用 要的加{phone} 先交500工本费 包下款', senders: CHAT },
  { label: 'fraud', type: 'fake_loan', text: '{person}您好，我是{name}的信贷员，您的贷款已经审批通过，但您填的银行卡号错了一位，资金被系统冻结了，需要交{amt}元解冻金才能重新放款。钱转到{acct}，解冻后和贷款一起打给您。', senders: CALLERS },
  { label: 'fraud', type: 'fake_loan', text: '你好 你要贷款吗 我们这个是国家给农民的贷款 不看征信 黑户也能贷 利息很低 要贷的下载 {url} 填好资料交个会员费就放款', senders: ['virtual', 'mobile', 'none'], links: APK },
  { label: 'fraud', type: 'fake_loan', text: '【乡村振兴贷】您申请的返乡创业贴息贷款{amt}元已批复，请于今日登录 {url} 完成电子签约，签约需预缴首期利息和公证费，逾期视为自动放弃。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '我这边专做农户贷款 你家有房有地就能贷 不用去银行跑 我帮你办 十万以内三天下来 先给我两千跑腿费 下不来全退给你', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'fake_loan', text: '您好，您在{app}的借款因“银行流水不足”暂时无法放款，需要您向验资账户{acct}转入{amt}元证明还款能力，验资完成后系统自动放款，验资款随贷款一起退回。', senders: SCAM },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的用户，您有一笔免息助农借款待领取，最高5万元，不看征信，点击 {url} 填写身份证号、银行卡号和验证码即可到账。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_loan', text: '外出务工人员返乡创业贷款，政府担保，最高30万，免抵押，利息政府补贴一半。办理需先交3%担保费，贷款到账后退还。名额有限，咨询{phone}', senders: SCAM },
  { label: 'fraud', type: 'fake_loan', text: '闺女 有个人说能给我贷十万 说是国家的贷款 让我先交三千的保险费 我手里没那么多 你能不能先给我转点 他说今天不交就作废了', senders: VICTIM },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是{other}的理赔专员，您寄往城里的一箱土鸡蛋在运输中破损了，我们按三倍赔偿。请您加一下理赔客服，按提示操作，赔款直接退到您的银行卡上。', senders: CALLERS },
  { label: 'fraud', type: 'fake_customer_service', text: '{sig}您好，您开通的“农资店铺会员”即将自动扣费，每月{amt}元。如不需要，请致电{phone}人工取消，否则将持续扣费。', senders: SPOOF },
  { label: 'fraud', type: 'fake_customer_service', text: '你好 我是镇上驿站的 你的包裹在路上丢了 我们这边给你赔钱 你下载个 {url} 我在上面给你退 到时候要你的银行卡号和手机收到的验证码', senders: CALLERS, links: APK },
  { label: 'fraud', type: 'fake_customer_service', text: '{person}您好，我是{name}客服，系统显示您开通了“助农分期会员”，不关闭的话每年自动扣3600元，还会影响您的征信。请下载 {url} 按客服指引关闭。', senders: CALLERS, links: APK },
  { label: 'fraud', type: 'fake_customer_service', text: '您在网上买的那批化肥，商家发错货了是假货，现在给您退款并三倍赔偿。请加退款客服QQ{tail}{code}，按客服说的在支付宝里领取备用金完成退款。', senders: CHAT },
  { label: 'fraud', type: 'fake_customer_service', text: '【{other}】您的快递因地址不详滞留在县分拨中心，请点击 {url} 补全收件地址并支付2元重新派送费，逾期将退回。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_customer_service', text: '老伴 刚才有个说是卖鸡苗那个店的客服 说咱的订单有质量问题要退钱 让我在手机上点这点那 还要我把卡里的钱转到一个安全的卡上才能退 我没弄 等你回来看看', senders: VICTIM },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '我是县公安局刑警大队的 你的社保卡被人拿去洗钱了 涉案金额很大 这事现在不能跟家里人说 你把卡里的钱转到国家安全账户{acct}核查 查清了全部退你', senders: CALLERS },
  { label: 'fraud', type: 'impersonating_authority', text: '【县农业农村局】经核查，您家领取的惠农补贴存在重复发放，需退回{amt}元，否则将取消今后全部补贴并列入失信名单。请于今日转入财政回收账户{acct}。', senders: SCAM },
  { label: 'fraud', type: 'impersonating_authority', text: '你是王建军的家长吧 我是城西派出所的 你儿子在工地上打架把人打伤了 现在关在所里 对方要赔偿 先交两万保证金就能放人 钱转到我发的账户 别跟别人说 对孩子影响不好', senders: CALLERS },
  { label: 'fraud', type: 'impersonating_authority', text: '【医保局】您的合作医疗账户被他人冒用报销，涉嫌骗保，账户已冻结。请立即联系医保稽查科{phone}配合调查，拒不配合将追究法律责任。', senders: SPOOF },
  { label: 'fraud', type: 'impersonating_authority', text: '{person}你好 我是镇社保所的 你家老人的养老金资格认证没通过 系统显示人已经死亡 要停发还要追回 你赶紧加我微信 我帮你线上恢复 要交200的恢复手续费', senders: CALLERS },
  { label: 'fraud', type: 'impersonating_authority', text: '我是市纪委的 你们村支书挪用扶贫款的案子牵涉到你家 你家领的扶贫款要先转到监管账户配合调查 不配合就按同案处理 这个事要保密', senders: CALLERS },
  { label: 'fraud', type: 'impersonating_authority', text: '【清河县人民法院】{person}，你因拖欠工人工资被起诉，本院已受理，请于今日登录 {url} 查看起诉书并缴纳诉讼保全金，逾期将强制执行。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'impersonating_authority', text: '大哥 我刚接到个电话说是检察院的 说我的身份证被人拿去办了卡 牵扯一个大案子 让我把存折上的钱都取出来 他们派人来村里拿走去查 还说不能跟任何人讲 我心里害怕', senders: VICTIM },
  { label: 'fraud', type: 'impersonating_authority', text: '【乡村振兴局】您家的脱贫户档案显示存在违规享受帮扶政策，请于今日内联系专案组{phone}核实，否则将追回已领取的全部帮扶资金并记入诚信档案。', senders: SCAM },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '{person}你好 我们这边查到你家孩子上大学的时候办过校园贷 现在国家要求清理 不注销的话会影响你们全家征信 以后信用社贷款都贷不了 你加我QQ我教你注销', senders: CALLERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '征信修复 贷款被拒 逾期记录 黑名单 都能帮你洗白 信用社 农商行都认 先交30%费用 办好了再付剩下的 联系{phone}', senders: PASTE },
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，这里是征信中心，您名下惠农贷款有一条逾期记录，会影响您和子女的征信。我们可以帮您申请异议消除，需要您先把名下存款转到指定账户{acct}验证还款能力，消除后原路退回。', senders: CALLERS },
  { label: 'fraud', type: 'fake_credit_repair', text: '你要是贷款总过不了 我这有关系 能把你征信上那几条逾期删了 一条三千 删完你去信用社一查就知道 不成功不收钱 先交个定金就行', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_credit_repair', text: '{sig}尊敬的客户，您的征信报告存在异常逾期，将影响家中子女考公、参军、入学政审。请于{date}前点击 {url} 办理征信修复，逾期将无法修复。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'fake_credit_repair', text: '儿子你看下 有个人打电话说你以前在网上借的钱没销户 影响征信 以后考公务员政审过不了 让我先帮你在几个借钱的软件上借出来转给他 说是走流程 我心里没底', senders: VICTIM },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '出售仔猪 三元杂交 二十斤左右 一头400 包运输包成活 先付一半定金发车 到了付尾款 要的联系{phone}', senders: SCAM },
  { label: 'fraud', type: 'fake_shopping', text: '老板 猪仔已经装车了 走到半路被检疫站扣了 说没有检疫证 要交三千罚款才放行 你赶紧把钱转过来 不然猪都要闷死在车上', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '特价化肥 厂家直销 比市场价便宜三成 复合肥一吨1800 货到付款 先交200定金锁价 加{phone} 今天截止', senders: SCAM },
  { label: 'fraud', type: 'fake_shopping', text: '高产玉米种子 亩产2000斤 农科院内部品种 外面买不到 一斤60 先付款后发货 不高产全额退款', senders: CHAT },
  { label: 'fraud', type: 'fake_shopping', text: '二手拖拉机 九成新 一万八 车在外地 你先交五千定金 我找物流给你托运过去 车到了你验完车再付尾款 转到{acct}', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'fake_shopping', text: '【{other}】老年人专享：进口降压特效药，吃三个月就能停西药，原价1980元，今天下单只要298元，发货前需先付49元邮费。下单 {url}', senders: SPOOF, links: ['random', 'shortener'] },
  { label: 'fraud', type: 'fake_shopping', text: '你好 我这边是养殖场的 种羊便宜处理 湖羊母羊一只800 保证怀孕 全款发货 有视频可以看 付款转到{acct} 收到钱当天装车', senders: SCAM },
  { label: 'fraud', type: 'fake_shopping', text: '老三 我在手机上看到卖收割机配件的 比镇上便宜一半 付了钱三天了也不发货 客服说要在交一千块保证金才能发 你看这是不是骗子', senders: VICTIM },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '爸 我是小军 手机掉了 这是我同事的号 工地上出了点事 急需五千块 你先转到我同事的卡上{acct} 别跟妈说 我回头跟你解释', senders: ['mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈 我是丽丽 换了个号 厂里要交培训押金 今天不交就不让上班了 你先打三千到这个卡上{acct} 户名是我们组长的 晚上我再跟你说', senders: SCAM },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '大伯 我是你侄子建国 在城里出了车祸 对方要私了 我不敢跟我爸说 你先借我一万 转到我朋友卡上{acct} 过两天就还你', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是村支书老赵 换了个新微信 县里有个项目要垫付一笔钱 你先帮我转两万到{acct} 明天就还你 这事先别声张', senders: ['none', 'mobile', 'virtual'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我是老周 你们包工头 换号了 工资批下来了 每人要先交三百块个税才能发 转到财务账户{acct} 交完明天一起打卡上', senders: SCAM },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '舅 我是你外甥 在深圳厂里上班 被老板扣了身份证 回不了家 你借我两千买车票 我微信用不了 打到这个卡上就行{acct}', senders: SCAM },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '奶奶 我是你孙子 我在学校打篮球把同学眼睛弄伤了 老师说要先交八千医药费 别告诉我爸 他会打我的 你把钱给我同学的爸爸 他一会去村里找你拿', senders: CALLERS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '{person}，我是村小学的王校长，学校食堂采购急需周转，我个人先借用一下，麻烦转五千到{acct}，下周一学校拨款就还你，电话里不方便说。', senders: ['virtual', 'mobile', 'none'] },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '他在微信上说是我在城里打工的表哥 头像名字都对 说给我转了两万 让我帮他转给他老板 截图上写着已转账 可我卡上没收到 他说是延时到账 让我先垫上', senders: ['mobile', 'none'] },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '叔 我家小孩在游戏上卖号 买家说平台要先交1000保证金才能提现 他偷偷用我手机转了 现在又说要交解冻费 这是不是骗子啊', senders: VICTIM },
  { label: 'fraud', type: 'game_trading', text: '低价出售游戏金币 一百块换一万金币 比官方便宜五倍 先付钱后发货 加QQ{tail}{code} 小朋友也能买 用家长手机付就行', senders: CHAT },
  { label: 'fraud', type: 'game_trading', text: '您好，您在交易平台挂卖的游戏账号已有买家付款{amt}元，但您的账户未开通“卖家保障”，需先充值同等金额激活，激活后连同货款一起提现。平台客服{phone}', senders: SCAM },
  { label: 'fraud', type: 'game_trading', text: '小弟弟，你的游戏账号被人举报了马上要封号，要让你家长把微信里的钱转给我们做解封验证，验证完就退回去，不要告诉爸爸妈妈，不然账号就没了', senders: PASTE },
  { label: 'fraud', type: 'game_trading', text: '收游戏装备 高价回收 你的号值三千 我先付定金 你按我发的 {url} 去交易平台登记 平台要收一笔押金 卖完一起退', senders: ['mobile', 'virtual', 'none'], links: ['random', 'shortener'] },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '大哥你好 我是隔壁县的 离婚了带个孩子 看你人老实 想跟你处处 我这边孩子生病了没钱看 你能不能先帮我三千 以后咱俩好好过日子', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'romance', text: '王姐给你介绍的那个姑娘同意了 人家要先见彩礼 先交八万 定了亲人就跟你回来 钱打到姑娘她妈的卡上{acct} 别拖 拖了人家就跟别人了', senders: ['mobile', 'none'] },
  { label: 'fraud', type: 'romance', text: '哥 我在外地工厂打工 咱俩聊了这么久 我想过年跟你回家见你爸妈 就是车票钱和给你爸妈买礼物的钱不够 你先给我转两千 到了就还你', senders: CHAT },
  { label: 'fraud', type: 'romance', text: '老王哥 我是网上认识的小芳 我在国外打工攒了一笔钱 想回国跟你过日子 钱太多海关要交手续费才能寄回来 你先帮我交一万五 回来我都给你', senders: ['foreign', 'virtual', 'none'] },
  { label: 'fraud', type: 'romance', text: '涉外婚介 包成功 姑娘二十八岁以下 先交五万定金 见面满意再交尾款 不满意退一半 名额有限 联系{phone}', senders: SCAM },
  // ── other ──
  { label: 'fraud', type: 'other', text: '恭喜您在村里小卖部买的刮刮乐中了二等奖五万元 兑奖前要先交20%个人所得税 请把税款转到福彩中心账户{acct} 我们带现金给您送上门', senders: CALLERS },
  { label: 'fraud', type: 'other', text: '【惠农补贴】您有一笔2026年种粮补贴{amt}元未领取，请于{date}前点击 {url} 填写姓名、身份证号、一卡通卡号及验证码领取，逾期作废。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '【社保中心】您的养老金领取资格认证即将过期，过期将停发养老金，请点击 {url} 进行刷脸认证并绑定银行卡。', senders: SPOOF, links: BAD_LINKS },
  { label: 'fraud', type: 'other', text: '施主 我是五台山的师父 算出您家今年有一劫 需要随喜功德三千六 转到寺里账户{acct} 做完法事 家里老人的病就能好', senders: ['mobile', 'virtual', 'none'] },
  { label: 'fraud', type: 'other', text: '出国劳务 日本韩国工厂和建筑工地 月薪两万 包吃包住 先交三万中介费 签证下来就出发 去不了全退', senders: ['foreign', 'mobile', 'none', 'virtual'] },
  { label: 'fraud', type: 'other', text: '专业讨薪 不管拖欠多久都能帮你要回来 跟劳动局有关系 先交两千律师费 要回来再按百分之二十提成 要讨工钱的加{phone}', senders: CHAT },
  { label: 'fraud', type: 'other', text: '手工活外发 在家串珠子 一个月能挣三四千 先交800押金领材料 做好了我们上门回收 押金做满三个月就退', senders: SCAM },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '{person} 你欠{name}的钱在不还 我们明天就去你们村里 挨家挨户的问 让全村人都知道你是个老赖', senders: COLLECTOR },
  { label: 'harassment', text: '你好 是大王庄村委会吧 你们村的{person}在{name}欠钱不还 麻烦村里帮我们催一下 让他家里人赶紧把钱还了 不然我们天天打村委会的电话', senders: COLLECTOR },
  { label: 'harassment', text: '{person}，你不接电话是吧，今天已经给你打了二十多个了，一会儿接着打，打到你接为止。', senders: ['mobile', 'official_hotline', 'virtual'] },
  { label: 'harassment', text: '你老婆在镇上超市上班 你儿子在青石镇中学上初二 我们都清楚 {name}的钱你再拖 我们就去学校门口等他放学', senders: COLLECTOR },
  { label: 'harassment', text: '睡了吗{person} 你睡得着吗 欠{name}的钱不还 我们睡不着 以后每天这个点都给你打', senders: COLLECTOR, hours: LATE },
  { label: 'harassment', text: '{person}你听好了 明天你们村口和镇上集市都会贴上你的照片和欠款金额 让十里八乡都看看你是啥人 想撤下来就今天还清', senders: COLLECTOR },
  { label: 'harassment', text: '你好 你是{person}的邻居吧 他欠了我们公司{amt}元一直躲着 你见了他让他赶紧还钱 你们是邻居也帮着劝劝 不然以后我们经常来你们村', senders: COLLECTOR },
  { label: 'harassment', text: '你是{person}的包工头吧 他在你工地上干活 欠了{name}的钱不还 你把他这个月的工资先扣下来给我们 不然我们就去工地找你们老板', senders: COLLECTOR },
  { label: 'harassment', text: '{sig}{person}，您的逾期账户已产生上门催收费800元、差旅费500元，外访人员已出发前往您所在县。请于今天下午前将本金和费用一并转到{acct}。', senders: ['official_port', 'unknown_port', 'mobile'] },
  { label: 'harassment', text: '你不是还能在别的平台借吗 去{other}借一笔先把{name}的还上 今天必须还清 不会借我教你怎么借', senders: LENDER },
  { label: 'harassment', text: '你这个老赖 借钱的时候跟孙子一样 还钱的时候装死 你们全家都不是好东西 在不还钱有你好看的', senders: COLLECTOR },
  { label: 'harassment', text: '我们四个人已经到你们村口了 你不出来是吧 那我们就在你家门口坐着 等你们村的人都过来看看 看你还要不要脸', senders: COLLECTOR },
  { label: 'harassment', text: '大娘 你儿子{person}欠我们钱跑了 你是他妈你得管 先把你的养老金拿出来帮他还一点 不然我们天天上你家来', senders: COLLECTOR },
  { label: 'harassment', text: '我们是县法院执行局的 你在{name}的欠款已经判了 明天带人去你们村拉你家的牛和拖拉机抵债 村干部会配合 你别想跑', senders: COLLECTOR },
  { label: 'harassment', text: '{person} 你的身份证照片和欠款截图已经发到你们村的微信群里了 不想让更多人看见就马上还钱', senders: COLLECTOR },
  { label: 'harassment', text: '你信不信我们找几个人到你家 把你腿打断 欠{name}的{amt}不还还想好好过日子', senders: COLLECTOR, hours: [21, 22, 23, 0, 14, 16] },
  { label: 'harassment', text: '你是{person}的姐姐吧 这么晚打扰了 你弟弟欠{name}的钱 你现在就打电话让他还 不然我们一晚上都打你的电话', senders: COLLECTOR, hours: LATE },
  { label: 'harassment', text: '我们已经跟你们村委会打好招呼了 你家的惠农补贴和低保先扣下来抵{name}的欠款 你不还钱 以后啥补贴都别想拿', senders: COLLECTOR },
  { label: 'harassment', text: '你在那个工地上干活我们知道 明天我们就去工地 当着所有工友的面跟你要账 看你以后还有没有脸在那干', senders: COLLECTOR },
  { label: 'harassment', text: '我是你们镇派出所的 {name}已经报案说你恶意欠款 你今天不还清 明天我们就上门抓人', senders: COLLECTOR },
  { label: 'harassment', text: '{person}起床了没 欠{name}的钱今天还不还 不还我们中午就到你家吃饭了', senders: COLLECTOR, hours: DAWN },
  { label: 'harassment', text: '你是{person}的儿子吧 你爸欠钱不还 父债子还 你在城里上班是吧 我们明天就去你单位找你领导', senders: COLLECTOR },
  { label: 'harassment', text: '明天我们开车带着大喇叭去你们村 把你欠钱的事在村里喊一圈 赶集的时候再喊一圈 你自己看着办', senders: COLLECTOR },
  { label: 'harassment', text: '{sig}{person}，系统已设置对您的号码每10分钟自动拨打一次，直至您接听并还款为止。', senders: ['official_port', 'unknown_port'] },
  { label: 'harassment', text: '你通讯录里的亲戚朋友我们都群发短信了 告诉他们你借{name}的钱不还 下一轮就发到你们村每家每户', senders: COLLECTOR },
  { label: 'harassment', text: '半夜给你打你也不接 你是死了吗 死了也得把{name}的钱还上', senders: COLLECTOR, hours: LATE },
  { label: 'harassment', text: '老板 你认识{person}吧 就是你们村那个 他欠我们钱 下回他来你店里买东西你跟他说 再不还我们就来村里找他 你也帮我们盯着点他啥时候回来', senders: COLLECTOR },
  { label: 'harassment', text: '{person}：受{name}委托，本所正式通知你，今日18点前不还款，将向你户籍所在地派出所和村委会发函，你家所有人的征信都会受影响，子女以后上不了学。', senders: ['mobile', 'unknown_port', 'virtual'] },
  { label: 'harassment', text: '{sig}{person}您好，您的借款已逾期，应还{amt}元，请尽快处理。', senders: ['official_port', 'official_hotline'], hours: LATE },
  { label: 'harassment', text: '{person}，这是今天第九次给你打电话了，你还是不接，我们会一直打下去，你家里人的电话我们也会轮着打。', senders: LENDER },
];

export const BLIND8B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
