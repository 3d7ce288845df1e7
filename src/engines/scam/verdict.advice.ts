/**
 * What to do now, and which knowledge-base articles to read, for a decided verdict.
 * Advice names the institution's real hotline when one is known, so the consumer calls back
 * on a number they did not get from the message.
 */
import type { Flag } from './script.lexicon.js';
import type { Institution } from './registry.schema.js';
import type { ArticleSlug, FraudType, Localized, VerdictKind } from './scam.types.js';

const TYPE_ARTICLE: Partial<Record<FraudType, ArticleSlug>> = {
  fake_loan: 'scam-fake-loan',
  fake_customer_service: 'scam-fake-customer-service',
  impersonating_authority: 'scam-impersonating-authority',
  fake_credit_repair: 'scam-fake-credit-repair',
  brushing_rebate: 'scam-brushing-rebate',
  fake_investment: 'scam-fake-investment',
  romance: 'scam-fake-investment',
  impersonating_acquaintance: 'scam-impersonating-acquaintance',
};

function verifyLine(inst: Institution | null): Localized {
  const hotline = inst?.hotlines[0]?.number;
  if (inst && hotline) {
    return {
      zh: `如需核实，请自行拨打${inst.name.zh}官方热线 ${hotline}，或在官方 App 内联系客服；不要使用消息中给出的号码或链接`,
      en: `To check, call ${inst.name.en}'s official hotline ${hotline} yourself or use its official app; never the number or link in the message`,
    };
  }
  return {
    zh: '如需核实，请通过官方 App、官网或银行卡背面的号码联系机构，不要使用消息中给出的号码或链接',
    en: 'To check, contact the institution through its official app, website or the number on your card, never the number or link in the message',
  };
}

export function adviceFor(verdict: VerdictKind, flags: ReadonlySet<Flag>, inst: Institution | null): Localized[] {
  const out: Localized[] = [];
  if (verdict === 'fraud' || verdict === 'suspicious') {
    out.push({ zh: '立即挂断电话，不要点击链接、不要回复', en: 'Hang up now; do not click links or reply' });
    out.push({ zh: '任何情况下都不要提供验证码、密码，不要转账，正规机构和公检法都没有“安全账户”', en: 'Never share verification codes or passwords and never transfer money; no lender or police force has a "safe account"' });
    if (flags.has('screen_sharing')) {
      out.push({ zh: '如已开启屏幕共享或远程控制，立即结束并卸载相关软件，修改支付密码', en: 'If you started screen sharing or remote control, stop it, uninstall the app and change your payment passwords' });
    }
    if (flags.has('avoid_verify')) {
      out.push({ zh: '对方自称亲友或领导又不让打电话：请用您原先保存的号码打给本人或视频确认', en: 'Someone claiming to be family or your boss who will not take a call: phone them on the number you already had, or video-call' });
    }
    out.push(verifyLine(inst));
    out.push({ zh: '拨打 96110 反诈专线咨询或举报；如已转账，立即拨打 110 报警并联系银行止付', en: 'Call the 96110 anti-fraud line to ask or report; if you already paid, call 110 at once and ask your bank to stop the payment' });
    out.push({ zh: '保留短信、通话记录和转账凭证作为证据', en: 'Keep the messages, call logs and payment receipts as evidence' });
  } else if (verdict === 'harassment') {
    out.push({ zh: '保留证据：截图、录音，记下时间、频次和号码', en: 'Keep evidence: screenshots, recordings, the times, frequency and numbers' });
    out.push({ zh: '暴力催收违法：可向贷款机构官方渠道投诉，再向 12378 或地方金融监管部门投诉', en: 'Abusive collection is illegal: complain to the lender through its official channel, then to 12378 or the local financial regulator' });
    out.push({ zh: '受到人身威胁时立即拨打 110', en: 'If your safety is threatened, call 110 at once' });
    out.push(verifyLine(inst));
  } else if (verdict === 'official') {
    out.push({ zh: '这是登记的官方渠道；即便如此，也不要向任何人提供验证码或密码', en: 'This is a registered official channel; even so, never share verification codes or passwords with anyone' });
  } else {
    out.push({ zh: '无法确认来源：不要点击链接或按消息要求操作', en: 'The source cannot be confirmed: do not click links or act on the message' });
    out.push(verifyLine(inst));
  }
  return out;
}

export function articlesFor(verdict: VerdictKind, type: FraudType | null): ArticleSlug[] {
  const out: ArticleSlug[] = [];
  if (verdict === 'harassment') out.push('collection-rights', 'complaint-channels');
  else {
    out.push('verify-official-contact');
    const a = type ? TYPE_ARTICLE[type] : undefined;
    if (a) out.push(a);
  }
  return out;
}
