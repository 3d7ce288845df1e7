/**
 * STATUS (session 5, 2026-12-02): written for the text model's training data but NOT in it. Added
 * to the corpus and retrained, the analyzer did worse on blind7 (FPR 10.3% → 10.5%, harassment
 * recall 89.2% → 82.9%; cross-validation by template had improved, pooled FPR 5.2% → 4.2%), so
 * the shipped model was kept without it. That comparison was made on blind7: see
 * docs/evaluation.md before using this bank again.
 *
 * TRAIN10 template bank: TRAINING data only (never an evaluation split, never reported as a test).
 *
 * Who and how: written in session 5 (2026-12-02) by an independent twelfth author (a helper session
 * separate from the analyzer's developer and from the authors of every other bank), without
 * reading the analyzer's code, lexicons, signals, rules or models, and without running the
 * analyzer, its tests or benchmarks. The author read only eval.types.ts and eval.generator.ts (to
 * see how templates expand), the banks dev / heldout / blind / blind2 / blind3 / blind4 / blind5 /
 * blind5b / train8 / train8b / train9 / train9b (only to avoid duplicating them; blind6* and
 * blind7* were NOT opened), scam.types.ts (FraudType codes, MessageInput), registry.schema.ts and
 * registry/institutions.json, shared/facts/regulation.md, shared/SPEC.md and shared/seeds. The only
 * run made was a one-off expansion check outside the repository (counts by label / type / sender
 * kind and exact-text duplicates against dev, test, blind, blind2, blind3, blind4, blind5, train8
 * and train9) plus the type check.
 *
 * Purpose: the analyzer raised too many false alarms on legitimate messages that arrive through
 * the same channels scams imitate, so this bank is mostly NORMAL messages (about 160 normal, 40
 * fraud, 20 harassment) that mention money, transfers, codes, accounts, refunds, police, courts,
 * credit reports, loans, overdue bills, links or apps, but lawfully, from the real party, and
 * asking nothing improper.
 *
 * Styles: friends and family talking about money plainly (splitting a purchase, paying back a
 * loan between friends in instalments, a parent sending tuition, a relative abroad or on a new
 * 170 number); colleagues, HR and finance about salary, reimbursements, severance and bank-card
 * changes done in person; landlords and tenants about deposits, rent, repairs and early
 * termination; genuine bank, lender, insurer and telecom SMS with codes, limits, frozen or dormant
 * accounts, overdue reminders, grace periods and lawful collection notices (entrusted agencies,
 * debt transfer, mailed notices, lawsuits filed, instalment agreements); genuine police, court,
 * tax, social-security, housing-fund and medical-insurance notices that send you to an official
 * app, counter or hotline; people warning each other about scams or asking "is this a scam?" and
 * quoting the suspect text; delivery, pickup-code, repair and after-sales messages from real
 * platforms; securities and fund companies' lawful risk disclosures (margin calls, suitability
 * tests, dormant accounts); charity and crowdfunding updates from registered platforms; teachers
 * and schools about fees, refunds and scholarships. Fraud and harassment (train10b) imitate the
 * same channels: fake HR, landlords, teachers, courts, tax refunds, parcel claims and
 * crowdfunding; harassment is real collectors pressing landlords, employers, friends and
 * relatives, calling at night or too often, threatening public notices, adding fees, pushing new
 * loans and faking legal documents.
 *
 * This file holds the normal messages; fraud and harassment are in train10b.templates.ts.
 */
import type { Template } from './eval.types.js';
import { TRAIN10B_TEMPLATES } from './train10b.templates.js';

const PORT: Template['senders'] = ['official_port'];
const HOTLINE: Template['senders'] = ['official_hotline'];
/** Honest senders outside the registry: insurers, brokers, couriers, courts, schools, employers. */
const OTHER_PORT: Template['senders'] = ['unknown_port'];
const OTHER_LINE: Template['senders'] = ['unknown_landline'];
const FRIEND: Template['senders'] = ['mobile'];
/** Friends and relatives, some on a (real-name) 170 number. */
const FAMILY: Template['senders'] = ['mobile', 'mobile', 'virtual'];
/** Chats pasted without a number. */
const PASTE: Template['senders'] = ['none'];
/** Lawful collection hours (08:00–22:00). */
const WORK = [9, 10, 11, 14, 15, 16, 17, 19];
const EVENING = [12, 18, 19, 20, 21];
/** Codes are requested by the user, so they may arrive at any hour. */
const ANY = [0, 1, 7, 9, 13, 16, 21, 23];

const NORMAL: Template[] = [
  // ── family and friends talking about money plainly ──
  { label: 'normal', text: '闺女，学费和住宿费一共{amt}，我刚从银行转到你尾号{tail}那张卡上了，你自己登学校的缴费平台交，交完把回执拍给我看看。', senders: FAMILY, hours: EVENING },
  { label: 'normal', text: '儿子，这个月生活费转你了，一千五，省着点花。要是有人打电话说你出事了让我汇钱，我肯定先跟你视频确认。', senders: FAMILY, hours: EVENING },
  { label: 'normal', text: '姐，咱俩给妈买的按摩椅一共{amt}，一人一半，你那份等月底发了工资再给我就行，不着急。', senders: FAMILY },
  { label: 'normal', text: '小周，去年借你的那一万我今天还上了，分两笔转到你工行卡上，每笔五千，你查一下是不是都到了。借条你找找，找到撕了就行。', senders: FRIEND },
  { label: 'normal', text: '哥，我想跟你借两万周转一下装修尾款，年底前还你，我会写个借条给你，利息按银行定期算。你手头要是也紧就算了，千万别勉强。', senders: FAMILY, hours: EVENING },
  { label: 'normal', text: '妈，我在支付宝给你开了亲情卡，每个月额度两千，你买菜直接付就行，不用还我。支付密码只有你自己知道，谁问都别说，银行的人也不会问。', senders: FAMILY },
  { label: 'normal', text: '爷爷，您的养老金我陪您在银行柜台办好了，以后每个月{date}前后到账社保卡。有事您就带身份证去网点问，电话里谁说什么都别信。', senders: FAMILY },
  { label: 'normal', text: '老婆，信用卡这期账单{amt}我刚用工资还了，还款日是{date}，你那张副卡的消费也算在里面了，你不用再还一遍。', senders: PASTE, hours: EVENING },
  { label: 'normal', text: '二姨，表弟的大学学费我先替您交上了，学校给的是对公账户，缴费回单我拍照发您微信了，钱等您方便再给我。', senders: FAMILY },
  { label: 'normal', text: '同学，上次你帮我代付的考研报名费我刚转回你微信了，一共一百八。报名费是在研招网交的，你那边有收据记得留着。', senders: FRIEND },
  { label: 'normal', text: '小妹，给你买机票的钱不用还，就当是毕业礼物。航班信息在航空公司App里能看到，改签也在App里弄，别理那种说航班取消让你退款的短信。', senders: FAMILY },
  { label: 'normal', text: '爸，您那张定期存单{date}到期，我周六上午陪您去网点转存，别在电话里跟任何人说存单和密码的事。', senders: FAMILY, hours: EVENING },
  { label: 'normal', text: '舅妈，我结婚您给的礼金太多了，我退您一部分，刚转到您建行卡尾号{tail}了，您可别再转回来。', senders: FAMILY },
  { label: 'normal', text: '你昨天帮我带的早饭和咖啡一共38块，我发了个红包给你，记得点一下，过了24小时会自动退回来。', senders: PASTE },
  { label: 'normal', text: '妈，我在伦敦一切都好，这学期房租我用奖学金交了，不用你们汇钱。要是有陌生号码冒充我说出事了，你们先打我微信视频。', senders: ['foreign'], hours: [7, 8, 21, 22, 23] },
  { label: 'normal', text: '是我，小涛，这是我新办的170副卡，主要用来接快递电话。原来那个号还在用，有事还是打原号码，我不会用这个号找任何人借钱。', senders: ['virtual'] },
  { label: 'normal', text: '姑，上次借您的三千我分三个月还，这是第二期一千，刚用支付宝转过去了，下个月还最后一期就清了。', senders: FAMILY },
  { label: 'normal', text: '嫂子，我哥让我把给侄子的压岁钱转给你，{amt}元，已经转你微信了，你跟孩子说是小叔给的。', senders: FAMILY, hours: EVENING },
  { label: 'normal', text: '老张家儿子结婚的份子钱我替你先随了五百，礼簿上写的是你的名字，下次见面给我现金就行。', senders: FRIEND },
  { label: 'normal', text: '爸，我这个月房贷{amt}还差两千，能先借我吗？下周一发工资就还你。您直接转我那张工资卡，卡号您手机里存着的那个，不是新卡。', senders: FAMILY, hours: EVENING },

  // ── colleagues, HR and finance: salary, reimbursements, bank cards changed in person ──
  { label: 'normal', text: '【{other}人力资源部】各位同事，本月工资将于{date}发放至本人工资卡。如需变更工资卡，请本人携身份证和新卡到人事部当面填写《工资卡变更申请表》，人事部不会通过微信、邮件或电话收集银行卡信息。', senders: OTHER_PORT },
  { label: 'normal', text: '{person}你好，我是人事部小刘。你上周交的工资卡变更表开户行填漏了，麻烦下午来三楼人事办公室补签一下，带上银行卡原件，卡号不用发给我。', senders: FRIEND },
  { label: 'normal', text: '小张，你的差旅报销{amt}元财务已经审核通过，会跟下个月工资一起打到工资卡上，报销单原件记得交回财务室存档。', senders: FRIEND },
  { label: 'normal', text: '【{other}财务部】您提交的费用报销单（单号BX{tail}）已付款，金额{amt}元，已转入您登记的工资卡。如有疑问请到财务部当面咨询。', senders: OTHER_PORT },
  { label: 'normal', text: '[企业微信] 这季度的绩效奖金已经核定，下周一可以在OA系统“我的工资条”里查看明细，对金额有疑问直接来我办公室当面说。——部门经理', senders: PASTE },
  { label: 'normal', text: '各位新同事，公司统一在城东农商银行办理工资卡，{date}上午银行工作人员会到公司一楼会议室现场开户，请本人带身份证原件到场，开户不收任何费用。', senders: OTHER_PORT },
  { label: 'normal', text: '{person}，你的年终奖扣税明细出来了，在“个人所得税”App的收入纳税明细里能查到，和工资条上的数对得上。有不明白的来财务室找我。', senders: FRIEND },
  { label: 'normal', text: '【{other}】{person}您好，您本月工资{amt}元已发放，工资条请登录公司内网自助查询。公司从未委托任何人以“补发工资”“社保退费”为由收取费用。', senders: OTHER_PORT },
  { label: 'normal', text: '老李，出差垫的酒店钱你先别转给我，走公司报销流程，发票抬头开公司全称，税号我发你邮箱了。', senders: FRIEND },
  { label: 'normal', text: '跟大家说一声，这次部门聚餐的钱公司出，大家不用AA，也不用给我转账，吃完我拿发票回去报销。', senders: FRIEND, hours: EVENING },
  { label: 'normal', text: '{person}您好，我是财务部的赵会计。您上月加班费漏发了{amt}元，本周五会单独补发到您的工资卡，您不需要做任何操作，也不用提供验证码。', senders: FRIEND },
  { label: 'normal', text: '[钉钉] 同事你好，公积金缴存基数调整后的明细已经更新，可以在公积金中心官方App里查询，有出入的话直接来人事部核对。', senders: PASTE },
  { label: 'normal', text: '{person}，你离职当月的工资和经济补偿{amt}元，财务定在{date}打到你原来的工资卡上，离职证明周三来前台签收。', senders: FRIEND },
  { label: 'normal', text: '王经理，我的工资卡换成了工商银行的新卡，变更表和身份证复印件已经当面交给人事了，下个月起发到新卡，跟您报备一下。', senders: FRIEND },

  // ── landlords and tenants: deposits, rent, repairs ──
  { label: 'normal', text: '{person}你好，我是房东。你退租的房子我看过了，墙面和家电都没问题，押金{amt}元今天退到你当初付押金的那张卡上，水电燃气按表结清，明细发你微信了。', senders: FRIEND },
  { label: 'normal', text: '房东您好，这个月房租{amt}元我已经按合同转到您尾号{tail}的卡上了，转账截图发您微信，麻烦查收一下。', senders: FRIEND },
  { label: 'normal', text: '您好，我是新租客小陈。合同上写押一付三，我打算签约那天在中介门店当面刷卡付，中介说押金会存进住房租赁监管账户，您看可以吗？', senders: FRIEND },
  { label: 'normal', text: '{person}，下个月合同到期，我这边想继续租给你，房租不涨。续签还是去原来那家中介门店当面签，押金直接转进新合同，不用退了再交。', senders: FRIEND, hours: EVENING },
  { label: 'normal', text: '房东阿姨，卫生间热水器坏了，师傅说换配件要{amt}元，我先垫上了，发票和维修单都留着，下次交房租时从房租里扣可以吗？', senders: FRIEND },
  { label: 'normal', text: '【安居长租公寓】{person}您好，您的租约将于{date}到期，退租请在App提交申请并预约验房，押金将在验房合格后7个工作日内原路退回，我们不会通过个人账户退押金。', senders: OTHER_PORT },
  { label: 'normal', text: '小刘，你走之前把燃气卡和门禁卡放门口鞋柜里就行。押金扣掉最后半个月的电费43块，剩下的我用银行卡转你了，留意一下到账短信。', senders: FRIEND },
  { label: 'normal', text: '你好，我是楼上的业主，你家空调外机漏水把我家窗台泡了，物业已经来看过，维修费按实际发票算，我们约个时间当面聊，不用先转钱。', senders: FRIEND },
  { label: 'normal', text: '房东您好，我换了工作要提前一个月退租，按合同违约金是半个月房租。我下周当面跟您对一下账，押金扣掉违约金，剩下的您再退我就行。', senders: FRIEND },
  { label: 'normal', text: '【住房租赁服务平台】您签订的房屋租赁合同已完成网签备案，备案号ZL{tail}{code}，可在住建部门官方App查询。租金请按合同约定支付至出租人本人账户。', senders: OTHER_PORT },

  // ── genuine codes ──
  { label: 'normal', text: '{sig}您正在{app}申请提高借款额度，验证码{code}，10分钟内有效。提额审核不收取任何费用，工作人员不会向您索要此验证码。', senders: PORT, hours: ANY },
  { label: 'normal', text: '{sig}动态验证码{code}，您正在将还款银行卡更换为尾号{tail}的新卡。如非本人操作请勿输入，并拨打{hot}。', senders: PORT, hours: ANY },
  { label: 'normal', text: '{sig}{code}是您本次重置交易密码的验证码，仅限本人在{app}内使用。任何自称{name}员工、警察或客服的人索要，都请拒绝。', senders: PORT, hours: ANY },
  { label: 'normal', text: '{sig}您正在{app}申请提前结清借款，应还本金{amt}元，验证码{code}。提前结清只能在App内办理，不存在“结清通道”或“对公收款账户”。', senders: PORT },
  { label: 'normal', text: '{sig}验证码{code}，用于确认注销您的{app}账户。注销前请确认已无未结清借款；注销不收费，也不需要把钱转到任何账户。', senders: PORT },
  { label: 'normal', text: '{sig}您的快捷支付签约验证码为{code}，签约银行卡尾号{tail}，签约后用于{app}自动还款。验证码请勿转发他人。', senders: PORT, hours: ANY },
  { label: 'normal', text: '{sig}您正在为本机号码办理携号转网授权，授权码{code}，24小时内有效。如非本人申请，请忽略本短信。', senders: PORT },
  { label: 'normal', text: '{sig}您在网点柜台办理的转账{amt}元需短信确认，确认码{code}，请当面告知柜员。若有人在电话里指导您办理这笔转账，请立即告诉柜员。', senders: PORT },

  // ── limits, frozen and dormant accounts ──
  { label: 'normal', text: '{sig}根据近期综合评估，您的借款额度已下调至{amt}元，已借款项按原合同执行。调整原因可在{app}“额度说明”查看，我们不提供任何付费提额服务。', senders: PORT },
  { label: 'normal', text: '{sig}您尾号{tail}的信用卡临时额度已生效，有效期至{date}，到期需一次性还清临时额度部分。临额只在{app}申请，不收取手续费。', senders: PORT },
  { label: 'normal', text: '{sig}按您的申请，您账户的单日非柜面转账限额已调整为5000元。如需调高，请本人携身份证到网点办理。', senders: PORT },
  { label: 'normal', text: '{sig}您申请的额度冻结已生效，冻结期间无法借款，已有借款可正常还款。解冻请在{app}“安全中心”操作或拨打{hot}。', senders: PORT },
  { label: 'normal', text: '{sig}您的账户因长期未使用已转为“不动户”，资金安全不受影响。激活请本人携身份证到任一网点办理，本行不会通过电话或链接为您激活。', senders: PORT },
  { label: 'normal', text: '{sig}{person}您好，您的信用卡固定额度已调整为{amt}元，本次调整为系统定期评估结果，无需任何操作。请理性用卡，按时还款。', senders: PORT },

  // ── overdue and unpaid-bill reminders within the rules ──
  { label: 'normal', text: '{sig}{person}，您{date}到期的账单尚有{amt}元未还，您享有3天还款宽限期，宽限期内还款不计罚息。请打开{app}还款，已还请忽略。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期7天，罚息按合同约定计算，目前为{amt}元。如对计算有疑问，可在{app}查看明细或致电{hot}，我们会逐项解释。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}您好，您本期分期账单逾期未还，本短信仅发送给借款人本人。您可在{app}申请最长3个月的延期还款，申请免费，无需任何第三方代办。', senders: PORT, hours: WORK },
  { label: 'normal', text: '【中国联通】{person}，您的号码已欠费58.40元，将于{date}暂停呼出功能，缴清后自动恢复。缴费请通过联通App或营业厅，我们不会来电要求您转账缴费。', senders: OTHER_PORT },
  { label: 'normal', text: '{sig}逾期提醒：{person}，截至今日您的借款已逾期21天，应还{amt}元。逾期信息已按规定报送征信，结清后将显示为“已结清”。还款请通过{app}或代扣银行卡。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}，您尾号{tail}信用卡本期最低还款额未按时还款，已产生滞纳金。如为首次逾期且7日内还清，可致电{hot}申请减免。', senders: PORT, hours: WORK },
  { label: 'normal', text: '【中国电信】您的宽带已欠费停机，欠费199元。请通过中国电信App或到营业厅缴费，缴费后2小时内恢复，我们不会通过个人微信收取宽带费。', senders: OTHER_PORT },
  { label: 'normal', text: '{sig}{person}，您本月车贷还款{amt}元尚未扣款成功，请于今天18点前向尾号{tail}的还款卡存入足额资金，系统将再次扣款。已存入请忽略。', senders: PORT, hours: [8, 9, 10, 11, 14, 15] },

  // ── lawful collection: entrusted agencies, mailed notices, lawsuits, agreements ──
  { label: 'normal', text: '{sig}{person}，因您的借款已逾期50天，我司自{date}起委托持牌资产管理公司进行电话提醒，委托函可在{app}“我的借款-服务机构”查看。对方会报出工号，还款仍只通过{app}。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}，您的借款已逾期70天。我司已通过EMS向您签约时登记的地址寄送《逾期还款告知书》，请注意查收。地址如有变更请在{app}更新，我们不会用短信发送法律文书。', senders: PORT, hours: WORK },
  { label: 'normal', text: '[来电] 您好，请问是{person}本人吗？我是{name}贷后服务专员，工号L3308，本次通话录音。您尾号{tail}的借款账单逾期两周了，金额{amt}元，今天主要是提醒一下。有困难可以跟我说，我帮您登记延期申请。好的，那不打扰了，有问题请回拨{hot}。', senders: HOTLINE, hours: WORK },
  { label: 'normal', text: '{sig}{person}您好，您在{date}通话中约定的还款{amt}元尚未到账，如已还款请忽略。还款计划需要调整的，请在{app}提交，我们会重新评估，不会因此加收任何费用。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}，您的借款逾期已超过90天，我司已向人民法院提起诉讼，法院受理后将依法向您送达诉讼材料。案件情况可拨打12368或到法院诉讼服务中心查询，诉讼期间您仍可与我司协商还款。', senders: PORT, hours: WORK },
  { label: 'normal', text: '{sig}{person}，依照合同约定，您的逾期借款已依法转让，债权转让通知书已邮寄至您的签约地址，受让方名称和联系方式见{app}“债权转让公告”。转让不会增加您的应还金额。', senders: PORT, hours: WORK },
  { label: 'normal', text: '[语音留言] {person}您好，我是{name}的客户经理，这周第二次给您打电话，是关于您那笔逾期的分期。您方便时回拨{hot}就好，今天就不再打扰了。', senders: HOTLINE, hours: WORK },
  { label: 'normal', text: '{sig}{person}，您与我司于{date}达成的分期还款协议已生效，共10期，首期{amt}元。按时还款期间暂停电话提醒，协议文本可在{app}下载。', senders: PORT },

  // ── insurers ──
  { label: 'normal', text: '【泰康人寿】{person}您好，您的重疾险本期保费{amt}元将于{date}从尾号{tail}的银行卡扣缴，交费宽限期60天。保费只进入保险公司账户，请勿转账给任何个人。', senders: OTHER_PORT },
  { label: 'normal', text: '【新华保险】您的退保申请已于{date}办理完成，退保金{amt}元将在3个工作日内退至您尾号{tail}的本人银行卡。如有疑问请拨打公司客服热线。', senders: OTHER_PORT },
  { label: 'normal', text: '【阳光保险】您报案的车险事故（报案号{code}）已完成定损，可在合作修理厂维修，理赔款直接支付给修理厂或您本人账户，不收取任何“加急费”。', senders: OTHER_PORT },
  { label: 'normal', text: '{person}您好，我是众安保险的理赔专员，您的住院医疗理赔材料还差一份出院小结，请在众安App“理赔进度”里上传照片就行，不需要给我发任何银行卡信息。', senders: FRIEND },
  { label: 'normal', text: '【友邦保险】您申请的保单贷款{amt}元已发放至投保人本人账户，年利率以合同为准，可随时在友邦App还款，到期未还将从保单现金价值中扣除。', senders: OTHER_PORT },

  // ── telecom ──
  { label: 'normal', text: '【中国联通】您的手机号已成功办理副卡，副卡号码已发送至联通App“我的”页面。副卡话费由主卡账户统一扣缴，如非本人办理请携身份证到营业厅处理。', senders: OTHER_PORT },
  { label: 'normal', text: '【中国电信】您的号码已连续3个月欠费，欠费126.00元，将于{date}进入预销户状态。请通过中国电信App或营业厅缴费，号码销户后将无法恢复。', senders: OTHER_PORT },
  { label: 'normal', text: '{sig}您的号码近期多次接到疑似诈骗电话，已为您免费开通“来电防护”，可在{app}中关闭。如有人自称公检法要求转账，请直接挂断。', senders: PORT },
  { label: 'normal', text: '{sig}您的SIM卡于{date}在营业厅办理了补卡，原卡已失效。如非本人办理，请立即拨打{hot}并携身份证到营业厅挂失。', senders: PORT, hours: ANY },
  { label: 'normal', text: '【中国移动】您的家庭宽带将于{date}到期，续约可选1年或2年套餐，请登录中国移动App或拨打10086办理。装维人员上门不收取现金。', senders: OTHER_PORT },

  // ── police, courts, tax, social security, housing fund, medical insurance ──
  { label: 'normal', text: '【海淀区人民法院】{person}您好，您作为当事人的（2026）京0108民初{code}号案件定于{date}上午9时开庭，请携带身份证件到本院第六法庭。案件信息可登录“人民法院在线服务”查询，本院不会通过短信要求缴纳任何费用。', senders: OTHER_PORT },
  { label: 'normal', text: '【市中级人民法院】您申请执行的案件有执行款{amt}元到账，请本人携带身份证、银行卡到本院执行局立案大厅办理领款手续，本院不会电话要求您先缴手续费。', senders: OTHER_PORT },
  { label: 'normal', text: '【城西派出所】{person}您好，您报案的电信诈骗案件已受案，受案回执编号{code}。如有新情况请携带材料到所里或拨打110，民警不会要求您“配合资金清查”或转账。', senders: OTHER_PORT },
  { label: 'normal', text: '您好，我是滨江派出所户籍室的，您上周办理的身份证已经制好了，请本人带受理回执到派出所一楼户籍窗口领取，领证不收费，有问题打所里值班电话。', senders: OTHER_LINE },
  { label: 'normal', text: '【国家税务总局北京市税务局】{person}您好，您的年度个税汇算需补税{amt}元，请于{date}前在“个人所得税”App申报缴纳；补税金额不超过400元的依法免于补缴。税务机关不会发送缴税链接。', senders: OTHER_PORT },
  { label: 'normal', text: '【社保中心】{person}您好，您本年度灵活就业人员养老保险缴费{amt}元已扣款成功，缴费记录可在“国家社会保险公共服务平台”或社保经办窗口查询。', senders: OTHER_PORT },
  { label: 'normal', text: '【市医疗保障局】您申请的异地就医备案已通过，有效期至{date}，在备案地定点医院可直接结算。如需变更请在“国家医保服务平台”App办理，全程免费。', senders: OTHER_PORT },
  { label: 'normal', text: '【住房公积金管理中心】您申请的公积金贷款已审批通过，贷款金额{amt}元将按合同约定发放至售房方账户，请按借款合同约定日期在贷款银行还款。', senders: OTHER_PORT },
  { label: 'normal', text: '【市公安局出入境管理局】您的往来港澳通行证已制证完成，请于{date}后凭受理回执到原受理窗口领取，或在“移民局”App申请邮寄，邮费以页面为准。', senders: OTHER_PORT },
  { label: 'normal', text: '【区人民法院诉前调解中心】{person}您好，{name}就与您的借款合同纠纷申请了诉前调解，调解员将在工作日致电与您沟通，您也可以拒绝调解。调解不收费，核实请拨打12368。', senders: OTHER_PORT, hours: WORK },
  { label: 'normal', text: '【市税务局】您填报的个人所得税专项附加扣除（子女教育）已确认，本年度将在发放工资时按月扣除。信息有误的请在“个人所得税”App中修改。', senders: OTHER_PORT },
  { label: 'normal', text: '【区人社局】您申请的一次性创业补贴{amt}元已审核通过，将于{date}前拨付至您本人社保卡金融账户，无需缴纳任何费用，补贴发放不会通过电话办理。', senders: OTHER_PORT },
  { label: 'normal', text: '【街道社保所】{person}您好，您的养老金领取资格年度认证将于{date}到期，可由本人在“国家社会保险公共服务平台”刷脸认证，也可到社区服务站现场办理，工作人员不会上门收费。', senders: OTHER_PORT },
  { label: 'normal', text: '【城北派出所】您好，您遗失的钱包已有市民送到本所，内有身份证和银行卡，请本人携带户口本或临时身份证明到所里一楼接待室领取。', senders: OTHER_PORT },
  { label: 'normal', text: '【市市场监督管理局】您投诉的预付卡退费纠纷（编号{code}）已办结，经调解商家同意退还{amt}元，款项由商家原路退回，请留意到账。', senders: OTHER_PORT },
  { label: 'normal', text: '【区人民法院】您申请的支付令已于{date}向被申请人送达，被申请人应在15日内清偿债务或提出书面异议，相关文书可到本院诉讼服务中心领取。', senders: OTHER_PORT },
  { label: 'normal', text: '【国家税务总局】您的个人所得税退税{amt}元已由国库退付至您在“个人所得税”App中填报的尾号{tail}银行卡，请注意查收。退税不收取任何费用。', senders: OTHER_PORT },
  { label: 'normal', text: '您好，我是区法院执行局的书记员，关于您申请执行的那个案子，被执行人的财产线索需要您补充材料，您方便的时候带身份证到法院二楼执行局来一趟，我们这里不收任何费用。', senders: OTHER_LINE },

  // ── people warning each other, or asking "is this a scam?" and quoting the text ──
  { label: 'normal', text: '姐，你帮我看看这条：“您的个人所得税退税{amt}元待领取，请点击链接填写银行卡信息”。我记得退税只能在个税App里办，这是骗子吧？我没点。', senders: FRIEND },
  { label: 'normal', text: '爸，你转给我的那条“社保卡即将停用，请回复1办理”是假的，社保卡不会这样停用，我打社保局电话问过了，你直接删掉就行。', senders: FAMILY },
  { label: 'normal', text: '老公，刚才有人打电话自称是房东的儿子，说他爸换了收租账户，让把房租打到新卡上。我没转，先打给房东本人，房东说根本没换，是骗子。', senders: FAMILY, hours: EVENING },
  { label: 'normal', text: '{person}，提醒你一句：我们部门有人收到冒充人事的邮件，说“工资卡系统升级，请点击链接重新绑定”，人事说从来没这么操作过，你收到了也别点。', senders: FRIEND },
  { label: 'normal', text: '跟你说一声，有人用财务总监的头像加同事微信，让大家垫付货款。公司所有付款都走OA审批，谁私下让你转钱都别理，我已经报给行政了。', senders: FRIEND },
  { label: 'normal', text: '妈，您问的那个电话“您的快递丢了，我们按三倍赔您”是骗子。真要理赔得在快递公司App里自己申请，人家不会主动打电话让您扫码或者转账。', senders: FAMILY },
  { label: 'normal', text: '你们帮我看看，刚收到“您的孩子在学校发生意外，正在医院抢救，请速汇手术费”，我打了班主任电话，孩子好好地在上课。这种是不是要去报警？', senders: FRIEND },
  { label: 'normal', text: '小王，你发我的那个“员工内部价买理财，年化15%”的链接我问了银行的客户经理，他说银行没有这种产品，理财只能在银行App或者柜台买，你千万别投。', senders: FRIEND },
  { label: 'normal', text: '闺女，你姑姑说收到你的消息找她借钱，是你发的吗？要不是你，赶紧告诉她别转，你的QQ可能被盗了。', senders: FAMILY },
  { label: 'normal', text: '你好，我是楼下邻居。刚才有人挨家敲门说是燃气公司的，要收“安全检查费”，我打了燃气公司客服，人家说检查不收钱，你家要是碰到了别给。', senders: FRIEND },
  { label: 'normal', text: '哥，我今天差点上当：有人打电话说我在{name}的借款“利率超标，可以退息”，让我加他企业微信。我挂了直接拨{hot}问，客服说根本没这回事，还帮我登记了。', senders: FRIEND },
  { label: 'normal', text: '{person}，你看这条：“您申请的公租房已通过审核，请缴纳保证金{amt}元至指定账户”。住房保障中心说过保证金只在窗口交，这肯定是假的吧？', senders: FRIEND },
  { label: 'normal', text: '妈，您别担心，那条说我“信用卡逾期即将被起诉”的短信不是真的，我的卡都是按时还的，刚在银行App里查过，没有任何逾期。', senders: FAMILY },
  { label: 'normal', text: '我表姐让我投她朋友公司的“私募基金”，说年化20%保本，连合同都没有就让转钱。你是做金融的，这种正规吗？我还没给钱。', senders: FRIEND },
  { label: 'normal', text: '邻居们注意一下，我家老爷子前两天接到“医保卡违规要冻结”的电话，差点把存折号报出去。家里有老人的多提醒，医保局不会打电话让人报卡号。', senders: PASTE },
  { label: 'normal', text: '你收到的那个“校园贷账户要注销”的电话是假的，我上个月也接到过。征信报告上根本查不到什么校园贷，直接挂掉就行。', senders: FRIEND },
  { label: 'normal', text: '老师您好，我是小雨的家长，刚收到一条自称是您发的短信，让我把资料费转到一个个人账户。我想先跟您确认一下，这是您发的吗？', senders: FRIEND },
  { label: 'normal', text: '{person}，你昨天问我的那个“征信修复公司”我查了，说能删逾期记录的都是骗局。真有错误记录，直接找放贷机构或者人民银行征信中心申请异议，不花钱。', senders: FRIEND },

  // ── delivery, pickup codes, repairs and after-sales from real platforms ──
  { label: 'normal', text: '【菜鸟驿站】您的包裹已到学府路店，取件码{code}，请于{date}前凭取件码领取，如需送货上门请在菜鸟App预约。', senders: OTHER_PORT },
  { label: 'normal', text: '【顺丰速运】您的快件（运单尾号{tail}）为保价件，需本人当面签收，快递员将于今天14:00-16:00派送，签收前请当面验货。', senders: OTHER_PORT },
  { label: 'normal', text: '【京东物流】您购买的冰箱将于{date}送达，安装师傅会提前电话联系，安装费已含在订单里，另有收费项目以京东App价目表为准。', senders: OTHER_PORT },
  { label: 'normal', text: '您好，我是韵达的快递员，您的包裹放在小区北门快递柜了，取件码{code}，柜子超时会收点保管费，您早点取哈。', senders: FRIEND },
  { label: 'normal', text: '【中国邮政】您有一封挂号信已到达城南邮政支局，请本人携带身份证于{date}前到柜台领取，逾期将退回寄件人。', senders: OTHER_PORT },
  { label: 'normal', text: '【绿洲商城】您退回的商品已完成质检，退款{amt}元将原路退回至您的支付账户，无需添加任何客服联系方式。', senders: OTHER_PORT },
  { label: 'normal', text: '【天际家电售后】您报修的洗衣机已派单，维修师傅小郑将于{date}上门，保修期内上门检测免费，更换配件按官网价目表收费，请勿向个人付款。', senders: OTHER_PORT },
  { label: 'normal', text: '【德邦快递】您的大件包裹送货楼层无电梯，需加收上楼费30元，可在德邦App订单页查看收费标准并在线支付，也可以选择到网点自提。', senders: OTHER_PORT },
  { label: 'normal', text: '【邮政EMS】您的快件因收件人不在已退回投递站，可拨打11183预约再次投递，或在EMS App修改投递时间，改派不收费。', senders: OTHER_PORT },
  { label: 'normal', text: '【华为客户服务中心】您寄修的手机已检测完成，屏幕更换费用1099元，请在官方App“服务进度”中确认报价后再维修，不确认将原样寄回。', senders: OTHER_PORT },
  { label: 'normal', text: '【中通快递】您寄出的包裹在运输中破损，我们已在中通App为您发起理赔，理赔款{amt}元将退回寄件人支付账户，无需您提供银行卡号或验证码。', senders: OTHER_PORT },
  { label: 'normal', text: '【美团】您的外卖订单因商家出餐超时已自动退款36.5元，退款已原路返回，无需任何操作。', senders: OTHER_PORT, hours: EVENING },
  { label: 'normal', text: '【天际家电】您的以旧换新订单已完成上门回收，旧机估价{amt}元已抵扣新机货款，差额在订单页查看，回收人员不会收取现金。', senders: OTHER_PORT },
  { label: 'normal', text: '【极兔速递】您好，您的快递派送时电话未接通，已放至小区西门驿站，取件码{code}，如有疑问可在极兔App联系官方客服。', senders: OTHER_PORT },

  // ── securities and fund companies: lawful risk disclosures ──
  { label: 'normal', text: '【华泰证券】风险揭示：您申请开通的创业板交易权限属于较高风险业务，股价波动大，可能导致本金损失。请在涨乐财富通App完成风险测评后自主决定是否开通。', senders: OTHER_PORT },
  { label: 'normal', text: '【易方达基金】您持有的债券基金近一年净值出现回撤。基金过往业绩不代表未来表现，基金管理人不保证基金一定盈利，也不保证最低收益。', senders: OTHER_PORT },
  { label: 'normal', text: '{sig}您购买的理财产品“季季盈”已到期，本金及收益{amt}元已转入尾号{tail}的账户。理财非存款，产品有风险，投资须谨慎；本行不会电话推荐“内部高收益产品”。', senders: PORT },
  { label: 'normal', text: '【国泰君安】您的风险承受能力测评已过期，根据投资者适当性管理规定，请在君弘App重新测评。测评前将暂停购买中高风险产品，已持有产品不受影响。', senders: OTHER_PORT },
  { label: 'normal', text: '【中信证券】提示：您的融资融券账户维持担保比例已低于140%，请于{date}收盘前追加担保物或自行减仓，否则公司将按合同约定强制平仓。', senders: OTHER_PORT },
  { label: 'normal', text: '【招商基金】您的定投计划已于{date}扣款{amt}元，扣款银行卡尾号{tail}。定投不能规避基金投资所固有的风险，不能保证投资人获得收益，也不是替代储蓄的等效理财方式。', senders: OTHER_PORT },
  { label: 'normal', text: '【广发证券】您的证券账户已连续一年无交易且资产为零，将转为休眠账户。如需继续使用，请本人通过易淘金App或营业部办理激活，公司不会要求您向任何账户转账。', senders: OTHER_PORT },
  { label: 'normal', text: '{sig}您咨询的养老理财产品风险等级为R2（中低风险），业绩比较基准3.2%-4.5%不代表实际收益。请在{app}阅读产品说明书并完成风险评估后自主购买，员工不会代客操作。', senders: PORT },
  { label: 'normal', text: '您好，我是东方证券营业部的投资顾问小林，执业编号可在中国证券业协会官网查询。您问的可转债申购规则和风险说明我发您邮箱了，我们不推荐任何“保本高收益”产品，也不代客理财。', senders: FRIEND },
  { label: 'normal', text: '【南方基金】公告：旗下一只混合型基金将于{date}起暂停大额申购（单日单账户超过10万元），赎回业务正常办理，详见本公司官网公告。', senders: OTHER_PORT },

  // ── charity and crowdfunding from registered platforms ──
  { label: 'normal', text: '【水滴筹】您支持的“帮帮患白血病的小雨”项目已筹满目标金额，筹款人已申请提现，平台将款项直接打入医院账户，项目进展可在水滴筹App查看。', senders: OTHER_PORT },
  { label: 'normal', text: '【轻松筹】您为“张叔叔肾移植”项目捐助的{amt}元已用于手术费，医院票据已在项目页面公示。平台不会以“退还捐款”为由联系您。', senders: OTHER_PORT },
  { label: 'normal', text: '【腾讯公益】您参与的月捐本月已扣款10元，捐赠至“爱心包裹”项目。如需取消月捐，请在腾讯公益页面“我的月捐”中操作。', senders: OTHER_PORT },
  { label: 'normal', text: '【中华少年儿童慈善救助基金会】感谢您的爱心捐赠{amt}元，您可在“慈善中国”全国慈善信息公开平台查询本项目的备案信息和善款使用情况。', senders: OTHER_PORT },
  { label: 'normal', text: '【壹基金】{date}起“温暖包”项目在支付宝公益平台开放捐赠，捐赠后可申请电子捐赠票据。本基金会志愿者不会上门或在街头收取现金捐款。', senders: OTHER_PORT },
  { label: 'normal', text: '{person}你好，我是小区志愿者小何。你在居委会登记捐的两箱旧书已经送到山区学校了，学校寄来了收据和照片，贴在居委会公告栏上。', senders: FRIEND },
  { label: 'normal', text: '【中国红十字基金会】您的捐赠{amt}元已到账，电子捐赠票据已发送至您登记的邮箱，可依法用于个人所得税税前扣除。', senders: OTHER_PORT },
  { label: 'normal', text: '表哥，我在水滴筹给我爸发起了筹款，诊断证明和费用清单都传上去了，平台审核过了。钱是平台直接打给医院的，你愿意的话在里面捐一点，转发一下也是帮忙，千万别私下转给我。', senders: FAMILY, hours: EVENING },

  // ── teachers and schools about fees ──
  { label: 'normal', text: '乐乐家长您好，我是三年级二班班主任。下学期校服按规定自愿订购，需要的家长请在{date}前通过学校缴费平台缴纳，不订的不用交，老师个人不收任何款项。', senders: FRIEND },
  { label: 'normal', text: '【市第一中学】高三年级本学期资料费每人180元由学校财务统一收取，缴费通知已发至“校园缴费”官方平台，收费项目和标准已报教育局备案，可在学校官网查询。', senders: OTHER_PORT },
  { label: 'normal', text: '【县教育局】义务教育阶段学校不收学费、杂费、教材费。如发现学校或老师违规收费，请拨打教育局监督电话反映。', senders: OTHER_PORT },
  { label: 'normal', text: '家长您好，孩子报名的市级科技竞赛报名费80元，请在组委会官网统一缴纳，学校只负责报名。缴费成功的页面截图发给我就行，钱不用转给我。——信息技术组 周老师', senders: FRIEND },
  { label: 'normal', text: '【阳光幼儿园】朵朵家长您好，宝宝本月因病请假12天，按规定退还伙食费216元，已原路退回至您缴费时使用的银行卡，请注意查收。', senders: OTHER_PORT },
  { label: 'normal', text: '【理工大学财务处】张同学，你本学年学费已由国家助学贷款抵扣{amt}元，剩余部分请在学校统一支付平台缴纳。学校不会通过QQ或电话催缴学费。', senders: OTHER_PORT },
  { label: 'normal', text: '晓雯同学你好，我是辅导员。你的国家励志奖学金已经评上了，5000元会在{date}前发到你的学生银行卡，不需要交任何手续费，有人以奖学金名义找你要钱都是假的。', senders: FRIEND },
  { label: 'normal', text: '各位家长，这学期的研学活动费用是每人680元，家长自愿参加，费用直接交给有资质的研学机构并由其开具发票，学校和老师都不经手，下周一家长会上详细说明。——五年级组 陈老师', senders: FRIEND },
  { label: 'normal', text: '王老师好，我是乐乐的妈妈。孩子书法班的学费我周六送孩子时当面刷卡交，麻烦您到时候给开个收据，谢谢！', senders: FRIEND, hours: EVENING },
  { label: 'normal', text: '【外国语学校】新生家长您好，录取通知书已通过EMS寄出，报到时请携带通知书和户口本。学校从未委托任何机构收取“择校费”“赞助费”，请勿相信。', senders: OTHER_PORT },
];

export const TRAIN10_TEMPLATES: Template[] = [...NORMAL, ...TRAIN10B_TEMPLATES];
