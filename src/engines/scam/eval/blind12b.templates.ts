/**
 * BLIND12 held-out bank, second part: fraud and harassment. Written with blind12.templates.ts by
 * the same independent (seventeenth) author in session 7 (2026-12-02); see that file for who,
 * how, what was read and run, the styles, and the rule that the analyzer MUST NEVER be tuned on
 * this bank.
 *
 * Labelling rules used here. A victim's own message retelling a scam (typed or voice input), and
 * a forwarded "is this real?" with the original quoted, are labelled by the scam. Recovery scams
 * (二次诈骗) are labelled by whom they pose as: a fake 网警, police 专案组, court or other public
 * body offering to return frozen or recovered money for a fee is `impersonating_authority`; a
 * private "资金追回中心", lawyer, hacker, volunteer "反诈联盟" or app that charges to get money
 * back is `other`; a "clearing / 兑付" of a collapsed investment platform that charges a fee is
 * `fake_investment`; a "victims' special loan" that charges first is `fake_loan`; "we delete the
 * 逾期 the scam left you" is `fake_credit_repair`. Anything that offers a loan, a limit or a
 * student loan's release and asks for money first (会员费, 激活费, 评估费, 担保费, 验资) is
 * `fake_loan`, even when the sender poses as a school's funding office; anything whose ask is
 * about the credit record (征信转换, 校园贷 清理, 征信优化) is `fake_credit_repair`, even when the
 * caller poses as a regulator. A fake message about a service the victim already has — an Apple
 * or 华为 account, a lost phone's "found" alert, a SIM, a package, broadband, a phone bill, a
 * creator-fund account, a bought course — posing as the company's service desk is
 * `fake_customer_service`; posing as police, courts, tax, customs, exam authorities, immigration
 * or exit-entry offices is `impersonating_authority`. Paid tasks that need top-ups, including
 * "流量扶持" tasks and "商单预热" orders before a promised brand deal, are `brushing_rebate`;
 * platforms promising returns (短剧版权, IP 孵化, 量化机器人, stock groups, pension "funds") are
 * `fake_investment`; a date, an admirer or a fan who leads to investing or asks for money for
 * love is `romance`; exam answers, 内部名额, paid publication with a 书号, 靓号, 代购, rooms that
 * do not exist, a "studio" collecting graduation-photo money to a personal code and fan-group
 * "discount" phones paid off-platform are `fake_shopping`; a new number or account posing as a child abroad, a sister, a
 * teacher, an editor, a colleague or a counsellor is `impersonating_acquaintance`; accounts,
 * skins, codes and 代练 are `game_trading`; competitions charging 评审费, paid 名人录 entries,
 * translation "jobs" that take a deposit, fake giveaways and extortion over a lost phone are
 * `other`. A collector — even a registered lender's own line — who writes to the debtor's new
 * employer on 脉脉 or Boss直聘, an ex-spouse, an old teacher, an MCN, a former employer, a family
 * or residents' group, who posts "曝光" on 朋友圈 or in 抖音 comments, robocalls every hour, calls
 * 22:00–08:00, poses as a 执行法官 or the police, adds 违约金 / 差旅费 / 上门费, pushes a loan from
 * a partner app, insults, or threatens to message a class list is harassment, even when polite.
 */
import type { Template } from './eval.types.js';

/** Collection contact in these hours (22:00–08:00) is banned without the debtor's consent. */
const LATE = [22, 23, 0, 1, 2, 3, 6, 7];
/** Early-morning contact, before 08:00. */
const DAWN = [5, 6, 7];
/** Group posts, comments, notices and exports: pasted text, no sender. */
const NONE: Template['senders'] = ['none'];
/** Chats from a stranger's phone or forwarded from a group. */
const STRANGER: Template['senders'] = ['virtual', 'none', 'mobile'];
/** The victim (or a relative) writing to family or asking for help. */
const OWN_WORDS: Template['senders'] = ['none', 'mobile'];
/** Unsolicited advertising and scam SMS. */
const BLAST: Template['senders'] = ['unknown_port', 'virtual', 'foreign', 'mobile', 'none'];
/** SMS made to look like an institution's, platform's or carrier's port. */
const FAKE_PORT: Template['senders'] = ['lookalike_short', 'prefixed', 'unknown_port', 'lookalike_400', 'virtual'];
/** Scam callers. */
const DIALER: Template['senders'] = ['lookalike_400', 'virtual', 'foreign', 'unknown_landline', 'prefixed', 'mobile'];
/** Scammers and "relatives" abroad. */
const OVERSEAS: Template['senders'] = ['foreign', 'virtual', 'none'];
const PHISH: Template['links'] = ['lookalike', 'shortener', 'ip', 'random'];
const DOWNLOAD: Template['links'] = ['apk', 'shortener', 'random'];
const ODD: Template['links'] = ['random', 'shortener', 'ip'];
/** Collectors on personal phones, desk lines, or pasted from a chat or a post. */
const HOUND: Template['senders'] = ['virtual', 'mobile', 'unknown_landline', 'none'];
/** A registered lender's own channels, used against the rules. */
const OWN_LINES: Template['senders'] = ['official_port', 'official_hotline', 'mobile'];

const FRAUD: Template[] = [
  // ── brushing_rebate ──
  { label: 'fraud', type: 'brushing_rebate', text: '【创作者扶持】恭喜您的账号入选“新星流量扶持计划”！完成3个点赞任务即可获得账号加权，佣金实时到账。高阶任务需先充值垫付，完成后本金+30%返还，导师QQ {phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: '家人们 兼职群福利来啦🔥 关注+点赞一个视频截图给我 返3元 日入两三百不是梦\n满10单开“贡献单” 充多少返多少再加20%\n宝妈学生都能做 私我~', senders: STRANGER },
  { label: 'fraud', type: 'brushing_rebate', text: '[群聊导出]\n接待员小七: 今日任务：给5家酒店写好评，每单8元\n新人阿文: 做完了，截图发了\n接待员小七: 佣金已到账～接下来是福利任务，充值298返388\n新人阿文: 还要充值啊？\n群友Lucky: 我刚做完提了500，稳的\n接待员小七: 福利名额只有3个，先到先得', senders: NONE },
  { label: 'fraud', type: 'brushing_rebate', text: '[语音转文字] 妈我跟你说个事你别骂我我在网上做那个给电影打分的兼职前面几单都返钱了后来让我充了三千说是连单现在又说我操作失误要再交五千解冻才能提现', senders: OWN_WORDS },
  { label: 'fraud', type: 'brushing_rebate', text: 'zfb口令红包任务：复制口令领红包→做任务返佣，每单5-50💰 首单免费体验，第二单起先垫付，垫多少返多少+15%，加Q {phone}', senders: BLAST },
  { label: 'fraud', type: 'brushing_rebate', text: 'Hi dear, I am Lily from a TikTok marketing agency. We pay USD 2-5 for each like on our merchants\' videos, settled daily in USDT. After 3 free tasks you join VIP tasks by prepaying a merchant order first. Add me on Telegram.', senders: OVERSEAS, en: true },
  { label: 'fraud', type: 'brushing_rebate', text: '[抖音私信] 宝子你好呀～我们在招“种草体验官”，在淘宝拍单帮商家冲销量，本金+佣金十分钟内返，第一单69元，后面单子越大佣金越高，绝对不骗人。下载“优选任务”App接单 {url}', senders: STRANGER, links: DOWNLOAD },
  { label: 'fraud', type: 'brushing_rebate', text: '您好，我是品牌方对接人，看到您账号数据不错，邀请您参与“商单预热”：先用自己的钱在我们店拍下三单冲排名，返还本金另加每单80元佣金，做完马上给您派正式商单，单价3000起。', senders: STRANGER },
  // ── fake_investment ──
  { label: 'fraud', type: 'fake_investment', text: '【P2P清退兑付通知】您在原“鑫盛财富”平台的出借本金已纳入良性清退名单，可按70%比例兑付。请于3日内登录兑付平台 {url} 完成身份核验并缴纳兑付服务费{amt}元，逾期视为自动放弃。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_investment', text: '做博主太累了 不如让钱生钱😎 我跟着老师投“短剧版权”三个月就回本了 一部剧投5万 分账写进合同 保底年化30% 想了解的姐妹私我', senders: STRANGER },
  { label: 'fraud', type: 'fake_investment', text: '你好，我係香港持牌資產管理公司嘅客戶經理，而家有一隻美股IPO內部配售，保證上市首日升五成，名額得十個。入金經我哋指定嘅內地賬戶就得，唔使開香港戶口。', senders: DIALER },
  { label: 'fraud', type: 'fake_investment', text: '大学生也能轻松理财💰 数字货币量化机器人，每天自动搬砖收益2%-5%，100U起投，邀请同学还有奖励，宿舍里好多人已经在做了 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_investment', text: '[群聊导出]\n王老师: 今天大盘震荡，我们的“机构席位”票明天必涨停\n助理小雅: 还没开户的抓紧，开户链接在群公告\n股民老陈: 跟着老师上周赚了18%，感谢老师🙏\n股民Amy: 已入金20万\n助理小雅: 今晚最后一批内部额度，5万起', senders: NONE },
  { label: 'fraud', type: 'fake_investment', text: '您的小说IP已被影视公司看中！现开放“IP孵化基金”作者认购，认购额5万元起，作者本人认购享优先分成，影视化后回报不低于5倍。签约前需先完成认购以示合作诚意。', senders: BLAST },
  { label: 'fraud', type: 'fake_investment', text: '姑姑让我看看这个是不是真的：“尊敬的投资者，您在外汇平台的账户因涉嫌违规交易被冻结，需缴纳账户资金20%作为风险保证金方可解冻提现。”她说已经交过一次了', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_investment', text: '[语音外呼] 您好，这里是“银发乐享”养老基金认购中心，国资背景，保本保息，年化12%，当天起息。认购请按1，专员将指导您通过手机银行转账至基金托管账户。', senders: DIALER },
  // ── fake_loan ──
  { label: 'fraud', type: 'fake_loan', text: '🎓大学生专属分期 凭学生证就能贷 最高3万 不查征信 不告诉家长\n放款前只需交599会员费 毕业后慢慢还～ 加wx {phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '同学你好，我是学校资助中心的王老师。你的国家助学贷款本学期放款失败，原因是绑定的银行卡信息有误，资金已被冻结。请今天下班前缴纳激活费500元到资助中心账户{acct}，明天统一重新放款。', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '博主贷｜粉丝过万就能贷！凭账号数据授信5-50万，不看征信，三分钟审批。放款前需购买“账号评估报告”{amt}元，评估通过立即放款 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'fake_loan', text: '【跨境通快貸】香港居民專享內地消費貸，憑回鄉證即可申請，免入息證明，最快1小時到賬。審批通過後需先繳付3%「跨境擔保費」，到賬後全數退還。立即申請：{url}', senders: BLAST, links: PHISH },
  { label: 'fraud', type: 'fake_loan', text: '你之前在网贷平台被骗的钱是追不回来了，但我们可以给你办一笔“受害人专项低息贷款”先解决燃眉之急。只要提供报案回执，交200元建档费就能审核。', senders: STRANGER },
  { label: 'fraud', type: 'fake_loan', text: '[AI语音来电] 您好，这里是{name}，恭喜您获得一笔20万元的无抵押备用金额度，年化仅3.6%。领取请按1，人工专员将协助您下载专属APP完成放款，放款前需缴纳少量保险费。', senders: DIALER },
  { label: 'fraud', type: 'fake_loan', text: '[语音转文字] 我在那个App上贷了五万它说我银行卡号填错了一位钱被冻结了要交一万块节冻金我交了又说要先交个人所的税我是不是被骗了你帮我看看', senders: OWN_WORDS },
  { label: 'fraud', type: 'fake_loan', text: '自由职业者也能贷！无社保无流水，凭接单记录即可申请，额度10万。放款前需验证还款能力：转入额度10%至指定账户{acct}，放款时一并返还。', senders: BLAST },
  { label: 'fraud', type: 'fake_loan', text: '{sig}尊敬的用户，系统已将您的信用额度升级至8万元。因检测到账户存在风险，需先支付提现保证金{amt}元方可提现，请添加专属客服QQ{phone}办理。', senders: FAKE_PORT },
  // ── fake_customer_service ──
  { label: 'fraud', type: 'fake_customer_service', text: '【Apple】您丢失的iPhone已于今日被找到并联网，最后定位：江城市解放路附近。查看设备位置请登录 {url} 并输入您的Apple ID和密码。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: 'Find My: Your lost iPhone was located today at 14:32. To view its location and turn off Lost Mode, sign in with your Apple Account at {url}', senders: ['foreign', 'virtual', 'unknown_port'], links: PHISH, en: true },
  { label: 'fraud', type: 'fake_customer_service', text: '【华为服务】您的华为帐号因异地登录存在被盗风险，已临时冻结。请在2小时内点击 {url} 验证身份并填写银行卡信息解冻，否则云空间数据将被清空。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '【畅联通信】尊敬的用户，您的号码符合“5G套餐免费升级”条件，月费不变流量翻倍。办理需在 {url} 输入机主身份证号、服务密码及收到的验证码，今日24点前有效。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '[通话转写] 您好，我是畅联通信客服，工号8{tail}。您的SIM卡是老版本，近期要停止服务，我们免费给您换5G新卡。嗯，一会儿您手机会收到一条验证码，您念给我就行，我这边直接写卡，新卡快递上门。', senders: DIALER },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，这边是宽带安装部，您家宽带安装超时了，按规定退还安装费和三个月月租共{amt}元。请下载“退费助手”{url}，打开屏幕共享，我一步步指导您操作。', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'fake_customer_service', text: '【短视频创作者中心】您的创作者基金账户审核未通过：收益账户存在异常流水，收益已冻结。请添加审核专员QQ{phone}，缴纳{amt}元账户认证金后解冻，认证金审核通过后退还。', senders: FAKE_PORT },
  { label: 'fraud', type: 'fake_customer_service', text: '【畅联通信】您的号码已欠费89.60元，将于今日18:00停机并注销实名。请立即通过 {url} 缴费，缴费需绑定银行卡并输入短信验证码。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'fake_customer_service', text: '您好，我是考研网课平台的售后，您去年买的课程因为机构停业可以全额退款{amt}元。需要您下载一个会议软件共享屏幕，我们指导您在支付宝里申请退款。', senders: DIALER },
  // ── impersonating_authority ──
  { label: 'fraud', type: 'impersonating_authority', text: '你好，我是江城网警大队的民警，你报的那个刷单被骗案子有进展了，追回了一部分赃款。但需要你先缴纳5%的“资金返还保证金”到我们的监管账户{acct}，钱才能原路返还到你卡上。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【江城市中级人民法院】{person}：您在（2025）刑初{code}号诈骗案中被冻结的资金{amt}元已判决返还，请于24小时内点击 {url} 填写收款银行卡及验证码领取，逾期将上缴国库。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '呢度係入境事務處，你嘅香港身份證被發現用咗喺內地一宗洗黑錢案，你要即刻同內地公安聯絡配合調查，期間唔可以同任何人講，包括屋企人。而家幫你轉駁去深圳公安。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '[语音外呼] 您好，这里是海关缉私部门，您有一个寄往香港的包裹内含违禁品和多张他人银行卡，涉嫌走私洗钱。请按9转接办案警官。', senders: DIALER },
  { label: 'fraud', type: 'impersonating_authority', text: '【出入境管理局】您的往来港澳通行证因信息异常已被列入限制出境名单，请于今日联系办案人员{phone}核实并缴纳解除限制保证金，否则将影响下次出境。', senders: FAKE_PORT },
  { label: 'fraud', type: 'impersonating_authority', text: '【省教育考试院】考生您好，您的四六级报名信息核验未通过，考籍将被注销。请于今日内点击 {url} 补缴考务费{amt}元并重新上传身份证照片。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '我是城东派出所的，你丢的那部手机我们找到了，但手机里有涉嫌诈骗的聊天记录，需要你配合调查。你先下载“警民通”App {url}，我们视频给你做笔录。', senders: DIALER, links: DOWNLOAD },
  { label: 'fraud', type: 'impersonating_authority', text: '【国家税务总局】您名下有一笔稿酬所得未申报，已被列为税务异常，将影响个人征信及出行。请在48小时内登录 {url} 补缴税款及滞纳金。', senders: FAKE_PORT, links: PHISH },
  { label: 'fraud', type: 'impersonating_authority', text: '关于被害人资金返还的通知\n{person}：\n经专案组侦查，涉案资金已冻结于专案监管账户，现启动返还程序。请于今日内添加专案民警{phone}进行身份核验，并缴纳返还手续费（返还金额的3%），逾期视为放弃。\n公安部刑侦局专案组\n特此通知', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_authority', text: '您好，這裡是中國駐外使領館，您有一份涉及國內刑事案件的重要文件待領取，若不處理您的護照將被凍結。了解詳情請按1轉接辦案人員。', senders: DIALER },
  // ── fake_credit_repair ──
  { label: 'fraud', type: 'fake_credit_repair', text: '您好，我是助学贷款服务中心的，系统显示您的国家助学贷款账户毕业后没做“征信转换”，不处理会被认定为恶意逾期。您下载一个腾讯会议，我们共享屏幕教您操作。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '被网贷骗了还背上逾期？我们律师团队可以帮你把被骗期间产生的网贷逾期记录全部消掉，征信恢复干净。先交2000元建档费，删除成功后再付尾款。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '博主接商单要查征信？征信花了品牌不合作？专业“征信优化”，三天出一份干净报告，不成功不收费，定金800，V❤️ {phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '[通话转写] 喂，是{person}吗？我这边是金融监管总局的，你大学期间在几个平台开过校园贷账户，现在国家统一清理，不清理会影响你考公政审。嗯，你把那几个平台的额度借出来转到我们指定的清零账户，核查完再退给你。', senders: DIALER },
  { label: 'fraud', type: 'fake_credit_repair', text: '香港居民內地徵信異常提示：您的內地信用報告存在多筆逾期，將影響港澳通行證續簽及銀行開戶。添加徵信修復專員微信{phone}，付費即可申請刪除。', senders: BLAST },
  { label: 'fraud', type: 'fake_credit_repair', text: '我老公接了个电话，说是银行征信部的，说他名下信用卡逾期会影响孩子上学，让他把钱转到“征信保证金账户”，他转了两万八，现在对方电话打不通了', senders: OWN_WORDS },
  // ── fake_shopping ──
  { label: 'fraud', type: 'fake_shopping', text: '四六级答案提前出！考前2小时微信发送，准确率99%，不准全额退款。支持先付一半定金，考完再补尾款。{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '同学你好，我们有江城大学今年考研复试的“内部调剂名额”，关系直通研究生院，费用3.8万，先交1万定金锁定名额，复试通过再付余款。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '【文学出版基金】您的作品已通过专家评审，入选“当代优秀作家文库”，可由国家级出版社正式出版并配发书号。作者仅需承担书号及编审费1.68万元，出版后可按定价六折回购样书。', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '[班级群] 同学们好，我是合作影楼的小张，毕业照拍摄套餐每人88元，请今晚十点前扫我的个人收款码付款，逾期照片无法冲印哦～（班长在忙，让我来统计）', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '粉丝群专属福利🎁 主播同款手机原价6999 粉丝价1999 仅限10台\n私聊管理员付款 不走小黄车 平台抽成太高', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '靓号出售！尾号8888、6666，原价上万今天只要888，无合约。先付款后过户，过户需要机主身份证照片，加微信{phone}', senders: BLAST },
  { label: 'fraud', type: 'fake_shopping', text: '江城大学旁学生公寓，拎包入住，月租900，暑假提前订房打八折。我在外地不方便带看，先付押金和三个月房租锁房，开学直接拿钥匙。', senders: STRANGER },
  { label: 'fraud', type: 'fake_shopping', text: '香港代購名牌手袋，正品保證，價錢係專門店七折。先付五成訂金，貨到深圳灣口岸再付尾數，唔接受當面交收。', senders: STRANGER },
  // ── impersonating_acquaintance ──
  { label: 'fraud', type: 'impersonating_acquaintance', text: '妈，我在英国手机丢了，这是同学的号。学校说这学期住宿费今天必须交，不然取消宿舍。你先转三万到这个账户{acct}，是我房东的，回头跟你解释，现在别打电话我在上课。', senders: OVERSEAS },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '細佬，我係你家姐，換咗新號碼。我喺深圳開咗個內地戶口，今日急用五萬人民幣交訂金，你轉住去呢個賬戶{acct}，聽日返香港即刻還你，唔好話俾阿媽知。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '你好，我是你高中班主任刘老师，还记得我吗？我儿子在你们城市住院急需手术费，我手头一时周转不开，你能先借我两万吗？转到我爱人卡上{acct}，下个月一定还。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '小周，我是出版社的郑编辑，换了个号。你那本书的印刷厂要先付一笔纸张预付款，财务今天不在，你先垫两万到印刷厂账户{acct}，月底跟版税一起给你。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '阿凯，我是运营小美，这是我工作号。品牌方把坑位费打错了，多打了8000到你卡上，麻烦你退到品牌财务这个账户{acct}，我这边急着对账。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '我手机丢了，借朋友的号给你发的。我在外面急需用钱，你先转我一千到这个支付宝，是我朋友的号，晚上回去就还你。别打电话，这号不方便接。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: '[QQ] 同学你好，我是学院新来的辅导员，这是我的新QQ。学院要统计奖学金获得者的银行卡信息，请把卡号、身份证号和收到的验证码发给我，今天下午截止。', senders: STRANGER },
  { label: 'fraud', type: 'impersonating_acquaintance', text: 'Hi Auntie, it\'s Kevin, I\'m on my friend\'s phone in Toronto. I had a car accident and the police need CAD 3,000 bail today. Please don\'t tell Mom, she will worry. Can you send it through this link? {url}', senders: OVERSEAS, links: ODD, en: true },
  // ── game_trading ──
  { label: 'fraud', type: 'game_trading', text: '出王者号 V10 全皮肤 原价上万 学生党急用钱 800出\n先转后给号 走平台要扣手续费就不走了', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '主播同款游戏号！百万粉主播退坑出号，满级满装备，粉丝价1288，加管理员{phone}交易，走我们的担保网站 {url}', senders: STRANGER, links: ['random', 'lookalike'] },
  { label: 'fraud', type: 'game_trading', text: 'yx号卖出去了 买家说钱在平台冻着 要我先交500保证金才能解冻提现 客服还发了个链接让我填zfb账号密码 这是真的吗', senders: OWN_WORDS },
  { label: 'fraud', type: 'game_trading', text: '[游戏内私聊] 大佬，我这有一批限定皮肤兑换码，官方内部流出的，原价198一个，50就卖你，先付钱我把码发你，加个扣扣细聊', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: '游戏代练包上王者，三天上分，先付全款。代练期间要你把手机收到的验证码发我登录，不然上不了号。', senders: STRANGER },
  { label: 'fraud', type: 'game_trading', text: 'Selling a rare CS2 knife skin, market price USD 900, yours for 350. We trade off-platform to avoid Steam fees: pay first on this site {url} and I send the skin within 10 minutes.', senders: OVERSEAS, links: ODD, en: true },
  // ── romance ──
  { label: 'fraud', type: 'romance', text: '我是你在交友软件上认识的陈医生，我在叙利亚做无国界医生，下个月合同到期就去中国找你。我托外交邮包寄了一箱美金和首饰给你，海关要收清关费{amt}元，你先帮我交一下好吗？❤️', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '[私信] 小姐姐你的视频我每条都看，真的好喜欢你❤️ 我是做跨境电商的，想带你一起做，以后你就不用那么累接商单了。先在我们平台开个店，充5000保证金，我保证你一个月回本', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '親愛的，我喺倫敦做金融，呢排發現一個黃金套利平台，我自己做咗半年賺咗兩百萬。你信我，先入一萬試下，我教你點操作，賺咗我哋一齊去旅行。', senders: OVERSEAS },
  { label: 'fraud', type: 'romance', text: '学姐，我是表白墙上加你的那个学弟🥺 这几天跟你聊得好开心。我妈突然住院了，手术费还差八千，我实在没办法才开口，你能先借我吗，我发誓下个月兼职工资一发就还', senders: STRANGER },
  { label: 'fraud', type: 'romance', text: '[语音转文字] 闺女啊你别笑话妈我在网上认识了一个说是在迪拜做工程的香港人聊了三个月天天叫我老婆现在他说他的工程款被冻结了要我先借他五万交律师费等钱出来了就来接我', senders: OWN_WORDS },
  { label: 'fraud', type: 'romance', text: 'Good morning my love, I dreamt of you again. My uncle works at an exchange in Singapore and tonight there is a 3-hour window on the ETH contract. Put in just USD 2,000 with me on this app and it becomes our wedding fund. {url}', senders: OVERSEAS, links: ODD, en: true },
  // ── other: private recovery, fee-charging competitions and honours, deposit "jobs", giveaways, extortion ──
  { label: 'fraud', type: 'other', text: '【全国被骗资金追回中心】您好，我们通过大数据查到您曾在网络投资平台受骗。本中心与公安、银行联网，可在7个工作日内帮您追回损失，成功率95%，先付20%服务费，追回后再付尾款。咨询{phone}', senders: BLAST },
  { label: 'fraud', type: 'other', text: '{person}您好，我是北京正德律师事务所的张律师，我们在做电信诈骗受害人集体诉讼，已帮三百多名受害人追回资金。您只需缴纳3800元立案费和律师费就能加入维权名单，判决后按比例返还。', senders: DIALER },
  { label: 'fraud', type: 'other', text: '被骗了别慌！技术团队可黑进诈骗平台后台，把你的钱转回来，不成功不收费，先付1000元技术定金，已成功追回上千单。TG联系 @huikuan{tail}', senders: BLAST },
  { label: 'fraud', type: 'other', text: '【国际华人摄影大赛】恭喜！您的作品已通过初审进入复赛，请于{date}前缴纳复审评审费380元及证书工本费120元，获奖作品将登上纽约时代广场大屏。缴费入口 {url}', senders: BLAST, links: ODD },
  { label: 'fraud', type: 'other', text: '尊敬的家长，您孩子的绘画作品入围“全国青少年艺术新星大赛”金奖候选，需缴纳评审费和金奖证书制作费共680元，证书可用于升学加分。请联系组委会王老师{phone}。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '尊敬的{person}：经组委会推荐，您已入选《中国当代杰出人物名人录》2025卷，将获颁荣誉证书、水晶奖杯并安排媒体专访。请于{date}前缴纳编委会会费3980元，逾期视为自动放弃入编资格。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '【远程兼职】招英语翻译，在家接单，千字150元，日结。接单前需签保密协议并缴纳300元押金（防止泄露客户资料），完成首单后押金全额退还。添加HR微信{phone}领取试译稿。', senders: BLAST },
  { label: 'fraud', type: 'other', text: '宝子恭喜你！粉丝群抽奖你是一等奖🎉 奖品是主播同款吹风机，需要先付99元“中奖保证金”证明是真人粉丝，收到货保证金原路退，扫码付👉 {url}', senders: STRANGER, links: ODD },
  { label: 'fraud', type: 'other', text: '你的手机在我这，里面的照片我都看过了。想拿回手机、保证照片不外传，就转2000到这个账户{acct}，不然我就发给你通讯录里的人。', senders: STRANGER },
  { label: 'fraud', type: 'other', text: '[微博私信] 我是“反诈联盟”志愿者，看到你发帖说被刷单骗了。我们有渠道对接警方快速退赃，你先下载我们的“追损”App登记，交199元会员费可以优先处理 {url}', senders: STRANGER, links: DOWNLOAD },
  { label: 'fraud', type: 'other', text: 'Congratulations! Your manuscript has been shortlisted for the International Chinese Literature Prize. To enter the final round, please pay the USD 150 jury reading fee by {date} at {url}', senders: OVERSEAS, links: ODD, en: true },
];

const HARASSMENT: Template[] = [
  { label: 'harassment', text: '[脉脉私信] 你好，请问是江城云图科技的HR吗？你们新招的周浩在{name}欠款{amt}元逾期半年，麻烦转告他尽快还钱，不然我们直接联系你们老板。', senders: HOUND },
  { label: 'harassment', text: '[Boss直聘] 您好，看到贵公司在招运营，顺便问一下，刘强是不是在你们这儿面试？他欠我们平台钱不还，建议别录用这种人，他的欠款记录我可以发您。', senders: HOUND },
  { label: 'harassment', text: '您好，您是陈磊的前妻吧？他现在谁的电话都不接，也就您还能联系上。您转告他，再不还{name}的{amt}元，我们就把他欠钱的事告诉您现在的婆家和孩子的老师。', senders: HOUND },
  { label: 'harassment', text: '王老师您好，冒昧打扰，您是孙伟的高中班主任吧？您的学生在{name}借钱一直不还，您当年教他做人，现在麻烦您出面劝劝他，不然我们就把他的事发到你们学校的校友群。', senders: HOUND },
  { label: 'harassment', text: '【曝光】老赖赵磊，身份证号3201**********1234，欠{name}{amt}元拒不归还，现住江城市解放路幸福小区。认识他的朋友请转告，转发扩散，让老赖无处藏身！', senders: NONE },
  { label: 'harassment', text: '[抖音评论区] @{person} 天天在这发探店视频，欠{name}的钱什么时候还？粉丝们看清楚，这个博主是老赖，欠钱半年不还！', senders: HOUND },
  { label: 'harassment', text: '[AI语音来电 第17次] 您好，这里是{name}贷后中心，{person}您的借款已逾期，系统将每小时为您拨打一次提醒电话，直至还款完成。立即还款请按1。', senders: ['official_hotline', 'virtual', 'unknown_landline'], hours: LATE },
  { label: 'harassment', text: '[通话转写] {person}是吧，我这边是法院执行局的，姓李。你在{name}那笔{amt}的欠款已经转到我们这儿强制执行了，今天你要么在{app}里把钱还了，要么明天我们带法警去你单位。', senders: HOUND },
  { label: 'harassment', text: '{person}，我是派出所的，{name}已经报案说你恶意欠款。你现在马上在{app}里还清，还清了就给你销案，不还今晚就上门带你回所里。', senders: HOUND },
  { label: 'harassment', text: '我们的人明天从省城过来，差旅费、住宿费、上门费一共两千。你今天还了就不用出，明天人到了这两千直接加到你账上。', senders: HOUND },
  { label: 'harassment', text: '[语音转文字] 你那个额度我查了你在我们合作方那边还能借我把邀请码发你借出来十分钟到账直接还我们这样你就不算逾期了懂吧邀请码{code}', senders: HOUND },
  { label: 'harassment', text: '{sig}{person}早上好，今日为您借款的最后还款期限，逾期将产生罚息并影响征信，请于今日内在{app}完成还款。', senders: OWN_LINES, hours: DAWN },
  { label: 'harassment', text: '[语音转文字] 喂{person}你睡了没睡了也得起来我们就是要这个点打你白天不接电话那就晚上打今天不给个说法我一晚上都打', senders: HOUND, hours: LATE },
  { label: 'harassment', text: '[家族群导出]\n陌生人: 大家好，我是{name}的工作人员\n陌生人: 群里的小军在我司欠款{amt}元已逾期\n二姑: 你谁啊，怎么进的群\n陌生人: 请各位家人督促他还款，或者帮他垫付\n表哥: 我把他踢了\n陌生人: 踢了我再拉别的群', senders: NONE },
  { label: 'harassment', text: '[微信好友申请] 验证消息：我是{name}的，你同事{person}欠钱不还，通过一下有事跟你说，不通过我就去你们公司前台留言。', senders: HOUND },
  { label: 'harassment', text: '[小区业主群] 各位邻居，3栋602的业主吴斌欠我司钱不还，催款函已经贴在他家门口了，照片发群里，请大家见到他时提醒一下。', senders: HOUND },
  { label: 'harassment', text: '{person}你真的栓Q 借钱的时候叫爸爸 还钱的时候装死\n你这种人活着浪费空气\n今天不还让你全网出名', senders: HOUND },
  { label: 'harassment', text: '【律师函】{person}：你拖欠{name}借款一事，本律所已完成刑事立案前置审查，你的行为已涉嫌诈骗罪。若48小时内不还清欠款及律师费3000元，我们将移交公安机关并通知你的单位和户籍地。', senders: HOUND },
  { label: 'harassment', text: 'Mr Chan, this is the collections team of {name}. You moved back to Hong Kong without paying, but we have the numbers of your colleagues at your new firm. Pay RMB {amt} today or we start calling each one of them.', senders: HOUND, en: true },
  { label: 'harassment', text: '{person}，你以為返咗香港就唔使還錢？你喺{name}借嘅{amt}，我哋會搵你屋企人，你阿媽住邊我哋都知。今日唔還，聽日我哋去佢度坐。', senders: HOUND },
  { label: 'harassment', text: '您好，是晴川文化吗？你们签的达人林珊欠我们{name}的钱，麻烦你们从她的佣金里先扣下来还给我们，不然我们就去她直播间刷屏。', senders: HOUND },
  { label: 'harassment', text: '{person}，你在{name}的欠款已逾期，我们已经拿到你们班的通讯录，今天再不还，就给班上每个同学和辅导员都发一遍催收短信。', senders: HOUND },
  { label: 'harassment', text: '{sig}{person}，今晚第9条催收短信。您不回复，我们就每半小时发一条，直到您在{app}还款为止。', senders: OWN_LINES, hours: LATE },
  { label: 'harassment', text: '执行通知书\n被执行人：{person}\n你与{name}借款合同纠纷一案，申请人已申请强制执行。限你于今日17时前将欠款{amt}元还至{app}，逾期将依法对你采取拘留、限制高消费措施，并在你单位张贴执行公告。\n执行法官：赵某\n特此通知', senders: HOUND },
  { label: 'harassment', text: '你好，是黄涛原来公司的人事吧？他离职前填的紧急联系人是你们公司座机。我们是{name}的，你把他新单位和现住址告诉我们，不然我们天天打你们前台。', senders: HOUND },
  { label: 'harassment', text: '[朋友圈] 认识郑凯的都看看，借了{name}{amt}不还，电话不接消息不回，还有脸天天晒旅游照。谁知道他在哪儿上班，私信我，有重谢。', senders: NONE },
];

export const BLIND12B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
