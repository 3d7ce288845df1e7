/**
 * Messages that protect the reader. A son telling his father "那是骗子，你千万别转", an airline
 * adding "我们不会来电要求您提供银行卡信息", a friend saying "让我点链接，我没点" all talk about
 * the very things scams ask for, so the text model reads them as scams. What sets them apart is
 * the direction: they tell the reader NOT to act, or report that nobody acted. A scam never
 * tells its target not to pay; its secrecy demands (别告诉家人) are a different thing and are
 * not in this list.
 *
 * The signal only vetoes the text's own wording (script cues and the text model). Evidence about
 * the channel (a look-alike sender, a raw-IP link, a fraud-database hit) still decides on its
 * own, so a scam that borrows a warning phrase but arrives from a fake sender stays fraud.
 */

/** Runs on the analyzer's normalised text (Simplified, half-width, lower-case). */
const PROTECTIVE = new RegExp([
  // Telling the reader not to pay, click or answer.
  '(千万|一定|请|都|你|您|可)(别|不要|切勿|勿|不能)(再)?(转|汇|打钱|给钱|付|点|理|回|接|扫)',
  '(别|不要|切勿)(转|汇|给)(钱|账|款)',
  // Saying the caller was a scammer, or was not the sender.
  '(那|这|他|她|对方)(个人|个电话|条短信|条消息)?(是|就是|都是|肯定是)骗(子|局)',
  '(电话|视频|消息|短信)?不是我[!！,，。]',
  // Reporting that nothing was done.
  '我(没|没有|并没有|可没)(点|转|汇|给|填|告诉|下载)',
  // The sender stating what it never asks for.
  '(我们|本公司|我司|我行|官方|工作人员)?(不会|从不|绝不)(以任何理由)?(来电|致电|打电话|发短信)?(要求|让|向)(您|你)(提供|转账|汇款|透露|索要|操作)',
  '不用(找|通过)(任何人|中介|他人)',
  // Naming a script as a scam, or saying who never acts that way ("医保局和警察都不会这样").
  '(都是|就是|均为|全是|全都是)(骗局|诈骗|套路|骗子)',
  '(都|均|从来|绝)不会(这样|这么做|以此|通过电话|电话|打电话)',
  '(谨防|警惕|当心)(诈骗|骗局|上当|受骗)',
  '接到(就|请|立即)?挂',
  '(别|不要|请勿|切勿)(轻)?信(私信|陌生|对方|什么|任何)?',
  '(千万|可)别碰',
  // Keeping the deal on the platform, or a credential to oneself ("卡号和密码不要发给任何人").
  '(不用|不要|别|请勿|切勿)(引导.{0,4})?(私下|线下)(交易|转账|转|付款)',
  '(验证码|密码|卡号|口令).{0,6}(不要|别|请勿|切勿)(发给|告诉|透露给?)(任何人|别人|他人)',
  // English.
  "(please |pls )?(don'?t|do not|never) (send|transfer|pay|click|reply|wire) (any|them|him|her|money|anything)",
  "(that|it|this)( call| message| text)? (was|is|'s) (not me|a scam)",
  "i (did not|didn'?t) (click|pay|send|transfer)",
  "(will |would )?never (contact|call|ask|phone|request)",
  "(have|has) (been )?reported (calls|messages|texts|scams)",
  "(beware of|watch out for) (scam|fraud|fake)",
  "(is|are|was|were) (always |all |almost always )?(a )?scams?\\b",
  // "Hang up and call 110" (a scammer says "don't hang up").
  "hang up(,)? and (call|dial|report)",
].join('|'));

/** The protective phrase, or null when the message does not warn its reader off. */
export function protectiveAdvice(norm: string): string | null {
  const m = PROTECTIVE.exec(norm);
  return m ? m[0] : null;
}
