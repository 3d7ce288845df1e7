/**
 * Phrase bank K — demands, urgent overlays, framing fragments, lender names, typos, and the
 * assembled `BANK_K`.
 *
 * Author K is the independent eleventh author, writing in session 5 (2026-12-02). Before
 * writing, K read only corpus/triage/scenarios.ts (the label table and the PhraseBank
 * interface), corpus/triage/compose.ts, corpus/triage/write-test-bank.ts, the example wrapper
 * corpus/triage/generate-bank-g.ts, /work/shared/facts/regulation.md, /work/shared/seeds/ and
 * /work/shared/SPEC.md. K did not open any other phrase bank, any generated JSONL, the
 * classifier, its models, rules, tests or benchmarks, and did not run the classifier.
 *
 * This bank is held-out test material ONLY. It must never be used for training, tuning,
 * calibration, threshold picking or writing rules or keyword lists; once anyone reads it in
 * order to improve the classifier, its measurement is worthless and a new blind author is
 * needed.
 *
 * Styles. K writes the way consumers actually describe what happened, seldom naming the
 * complaint category: letters to a newspaper or TV consumer hotline (记者您好, 栏目组);
 * app-store one-star reviews (卸载了); questions typed to a customer-service chatbot (请问…,
 * 转人工); long chronological timelines with dates (3月1日…3月5日…); complaints that quote the
 * lender's SMS or contract clause word for word and then object; returnees' Chinese-English
 * code-switching (这个 policy 很 unreasonable); old-fashioned formal letters by older writers
 * (敬启者, 特此函告, 本人…殊难理解); parents writing about an adult child's loan (我儿子/女儿在…);
 * and calm, factual, very polite complaints that never show anger (我平静地说明…). English rows
 * are British/Australian formal complaint letters and short lower-case American texts.
 * Avoided on purpose (earlier authors' styles): ticket summaries, transfer sheets, social-media
 * posts, forum help posts, numbered formal 投诉书, form fields, timestamped chat logs, lawyer
 * letters, OCR, slang and pinyin initials, dialect, Cantonese, Singapore/Malaysian wording,
 * voice and IVR transcripts, bullet lists, email headers, students and gig workers, bug-report
 * English and Chinglish. Lender names are fictional.
 */
import type { PhraseBank } from './scenarios.js';
import { FACTS_K_TIER1 } from './bank-k.tier1.js';
import { FACTS_K_TIER2A } from './bank-k.tier2a.js';
import { FACTS_K_TIER2B } from './bank-k.tier2b.js';
import { FACTS_K_TIER3 } from './bank-k.tier3.js';
import { ENGLISH_K } from './bank-k.english.js';

const DEMANDS_K: PhraseBank['demands'] = {
  refund: [
    '请把这笔钱退回到我的账户。',
    '希望贵方尽快将相关款项原路退还。',
    '不该收的钱，请一分不少地退给我。',
    '我的诉求很简单，就是退款。',
    '恳请将该款项退回本人原账户为盼。',
    '钱什么时候能退回来，请给我一个明确的时间。',
    '请 refund 给我，越快越好。',
    '麻烦帮我把钱要回来，这笔钱对我们家不是小数目。',
    '我要求全额退还。',
    '请协助我把这笔钱追回来。',
  ],
  stop_harassment: [
    '请立即停止给我打电话、发短信。',
    '别再打扰我和我的家人了。',
    '请把我的号码从你们的名单里删掉，以后不要再联系。',
    '恳请贵方即刻停止此类来电及短信。',
    '请 stop 这些电话，我的 patience 已经用完了。',
    '我只希望以后手机能清静一点，不再收到这种电话和短信。',
    '请管好你们的人，不要再骚扰我。',
    '此后请勿再以任何方式打扰本人。',
    '请让这些电话和短信停下来。',
  ],
  negotiate_repayment: [
    '希望能跟你们商量出一个分期还款的方案。',
    '能不能延期几个月，或者减免一部分利息？',
    '恳请准予延期还款，本人定当按新约履行。',
    '请给我一个每个月还得起的金额，我一定按时还。',
    '想申请停息挂账，分期慢慢还。',
    '能不能把剩下的钱重新分成更多期？',
    '请安排专人跟我谈还款计划。',
    'can we work out a repayment plan？我愿意还，只是需要时间。',
    '能否按合理的利率重新计算剩下的还款？',
  ],
  correct_credit: [
    '请尽快更正我的征信记录。',
    '请把这条错误的记录从征信上删掉。',
    '恳请贵公司向征信中心报送更正信息，并告知办理结果。',
    '请出具一份情况说明，并把征信改过来。',
    '请 fix 我的 credit report，这条 record 不应该在上面。',
    '征信上的这条记录必须消除，我马上就要办贷款。',
    '请尽快帮我提交征信异议处理，改好以后告诉我一声。',
    '请将这条记录更正或者撤销。',
  ],
  explanation: [
    '请给我一个合理的解释。',
    '我想知道这到底是怎么回事。',
    '烦请书面说明原因。',
    '请问依据是什么？请说清楚。',
    '希望有人能把来龙去脉给我讲明白。',
    '请 explain 一下，我需要一个 clear answer。',
    '请把具体的规则告诉我。',
    '麻烦详细告诉我该怎么操作，谢谢。',
    '能不能一步一步告诉我？',
    '恳请拨冗赐复，以释疑虑。',
  ],
  close_account: [
    '请帮我把账户注销。',
    '请把这项服务彻底关掉，以后不要再扣任何费用。',
    '我要求注销账户，并删除我的全部个人信息。',
    '恳请为本人办理销户手续。',
    '麻烦把相关服务全部解除，我以后不想再用了。',
    '请 close 我的 account，所有 data 一并 delete。',
    '该关的都关掉，我不想再跟你们有任何关系。',
    '请取消自动续费，并关闭这项服务。',
  ],
  compensation: [
    '请赔偿我因此造成的损失。',
    '耽误的时间和多出来的费用，你们应该给个赔偿。',
    '恳请贵公司对本人所受损失予以赔偿。',
    '这件事给我造成了实际损失，我要求赔偿。',
    '请 compensate 我的 loss，至少要有一个 goodwill gesture。',
    '我请假耽误的工资也请一并考虑赔偿。',
    '请按实际损失给我补偿。',
  ],
  apology: [
    '我要一个正式的道歉。',
    '请相关人员书面向我道歉。',
    '恳请贵公司就此事致歉。',
    '希望你们至少能说一声对不起。',
    '请给我和我的家人道个歉。',
    'I want a proper apology，这是最基本的。',
    '请让当事人给我道歉，并告诉我你们会怎么处理他。',
  ],
  other: [
    '请把我签的借款合同完整地发一份给我。',
    '请调出当时的通话录音给我听。',
    '麻烦转人工，我想和真人说。',
    '希望你们把这个情况记录在案，别让其他用户再遇到。',
    '请提供一个可以直接联系到的负责人电话。',
    '我想要一份盖章的书面材料留底。',
    '请把这个问题反馈给产品部门，改一改。',
    '请把相关的截图和记录保存好，我后面可能用得上。',
  ],
};

const OVERLAYS_K: PhraseBank['overlays'] = {
  self_harm: [
    '说实话，我已经好几次想过一了百了。',
    '我真的撑不下去了，有时候站在阳台上就想跳下去。',
    '我现在每天都在想，是不是人死了就不用还了。',
    '遗书我已经写好了，不知道自己还能坚持几天。',
    '家里人还不知道，我已经偷偷攒了一瓶安眠药。',
    '孩子这几天总说不想活了，把自己锁在房间里，我很怕孩子做傻事。',
    '活着太累了，我不想再活下去了。',
    '如果再这样逼我，我只能拿命来还了。',
    '昨晚差点从楼上跳下去，是朋友把我拉住的。',
    '女儿昨天给我发了一句"对不起，妈妈"，之后就联系不上了，我怕她想不开。',
    '本人身心俱疲，近日屡生轻生之念。',
    '这个 situation 让我有了 suicidal thoughts，我是认真的。',
  ],
  vulnerable: [
    '我今年七十八岁了，眼睛不好，手机上的字都看不清。',
    '本人系肢体残疾人，行动不便，无法前往线下网点办理。',
    '我刚做完癌症手术，正在化疗，根本没有精力处理这些事。',
    '我怀孕七个月了，医生让我千万不要情绪激动。',
    '我儿子有智力障碍，他根本不懂借款是什么，是被人教着点的。',
    '我是独居老人，子女都不在身边，不太会用智能手机。',
    '我有严重的抑郁症，目前正在住院治疗。',
    '我听力不好，电话里的话听不清楚，只能打字。',
    '我家是低保户，我一个人照顾瘫痪在床的老伴。',
    '本人年逾八旬，耳目不便，此信由家人代笔。',
    '我母亲患有阿尔茨海默症，这件事是我替她来处理的。',
    '我是视障人士，只能靠读屏软件用手机。',
  ],
  regulator: [
    '此事我已向国家金融监督管理总局12378热线投诉，并拿到了受理编号。',
    '本件系监管部门转办件，请按转办要求处理并反馈结果。',
    '我已经向当地金融监管局寄出了书面投诉材料。',
    '12378那边已经登记了，他们说会转给你们处理。',
    '中国人民银行的12363我也打过了，那边说已经受理。',
    '我已经在监管部门的网上投诉平台提交了投诉，附件就是这些材料。',
    '金融监管部门已经把我的投诉转到你们这里，请认真处理。',
    '前天已经向地方金融管理局递交了投诉材料。',
    '记者提醒我先打12378，我已经打了，工作人员说会督办。',
    '本函同时抄送金融监管总局当地派出机构。',
    '按照12378工作人员的建议，我再向你们正式反映一遍，他们会跟进处理结果。',
  ],
};

const OPENERS_K: readonly string[] = [
  '记者您好，',
  '栏目组的老师们好，我想反映一件事。',
  '消费维权热线的编辑您好：',
  '敬启者：',
  '一星差评。',
  '给一星是因为没有零星可选。',
  '请问，',
  '您好，我想咨询一下，',
  '转人工之前先把情况说一下：',
  '按时间顺序把经过写清楚：',
  'Hi，不好意思，刚回国不久，中文打字有点慢，',
  '贵公司负责同志：',
  '您好，打扰了。',
  '我平时很少投诉，这次也尽量把事情说清楚。',
  '写这封信之前我犹豫了很久。',
  '各位好，',
  '尊敬的客服团队：',
  '卸载之前留个评价：',
  '兹将有关情况函告如下：',
];

const EMOTIONS_K: readonly string[] = [
  '说实话，挺失望的。',
  '我并不想为难谁，只是觉得这样不合理。',
  '这种 experience 真的很 disappointing。',
  '为了这件事我已经请了两次假。',
  '一家人都跟着着急。',
  '心里一直不踏实。',
  '这事闹得我好几天没睡好。',
  '我是抱着解决问题的态度来的，不是来吵架的。',
  '说句心里话，我很寒心。',
  '本以为是正规平台，没想到会这样。',
  '此事令人十分困扰。',
  '实在令人愤慨。',
  '我已经尽量心平气和了。',
  '这个 level 的 service 我真的没想到。',
  '失望透顶。',
  '被这样对待，心里很不舒服。',
];

const CLOSERS_K: readonly string[] = [
  '特此函告。',
  '此致 敬礼！',
  '盼复为感。',
  '谢谢栏目组，希望你们能帮忙关注。',
  '麻烦转人工。',
  '期待你们的回复，谢谢。',
  '不胜感激。',
  'Thanks in advance。',
  '谨此。',
  '谢谢您耐心看完。',
  '已卸载。',
  '差评先放在这里，解决了我再改。',
  '如有需要，我可以提供截图。',
  '以上情况属实。',
  '烦请拨冗处理，谢谢。',
  '我的联系方式是{phone}，白天都能接。',
  'Cheers.',
];

/** Fictional lender apps; none is meant to name a real company. */
const APPS_K: readonly string[] = [
  '栖梧借款',
  '远帆易贷',
  '松间分期',
  '橙屿钱包',
  '禾盈花',
  '鹿鸣借条',
  '云杉信用',
  '砚池贷',
  '暖阳分期',
  '蓝鲸速借',
  '麦穗金融',
  '青岚钱袋',
];

const TYPOS_K: ReadonlyArray<readonly [string, string]> = [
  ['征信', '证信'],
  ['逾期', '预期'],
  ['账户', '帐户'],
  ['注销', '注消'],
  ['催收', '催手'],
  ['已经', '以经'],
  ['验证码', '验正码'],
  ['登录', '登陆'],
  ['手续费', '手序费'],
  ['通讯录', '通信录'],
  ['骚扰', '搔扰'],
  ['威胁', '威协'],
  ['赔偿', '陪偿'],
  ['道歉', '道谦'],
  ['额度', '额渡'],
  ['结清', '结青'],
  ['身份证', '身分证'],
  ['凌晨', '零晨'],
  ['莫名其妙', '莫明其妙'],
  ['一模一样', '一摸一样'],
  ['账单', '帐单'],
  ['绑定', '帮定'],
  ['的时候', '的时侯'],
  ['银行卡', '银行咔'],
  ['利息', '利习'],
];

export const BANK_K: PhraseBank = {
  author: 'K',
  facts: { ...FACTS_K_TIER1, ...FACTS_K_TIER2A, ...FACTS_K_TIER2B, ...FACTS_K_TIER3 },
  demands: DEMANDS_K,
  overlays: OVERLAYS_K,
  openers: OPENERS_K,
  emotions: EMOTIONS_K,
  closers: CLOSERS_K,
  apps: APPS_K,
  english: ENGLISH_K,
  typos: TYPOS_K,
  traditional: 'hk',
  englishShare: 0.15,
  longShare: 0.15,
  typoShare: 0.12,
};
