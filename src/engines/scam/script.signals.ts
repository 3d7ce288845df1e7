/**
 * Content analysis: one Aho–Corasick pass of the lexicon over the compacted text (evasion
 * padding removed, links masked), grouped into one reason per red flag / conduct, with
 * fraud-type votes. Evidence spans always point back into the original text.
 */
import { AhoCorasick } from './aho-corasick.js';
import { makeReason, type ReasonCode } from './reason.catalog.js';
import { LEXICON, PAIRS, type Cue, type Flag, type HarassCode, type PairRule } from './script.lexicon.js';
import type { FraudType, Reason } from './scam.types.js';
import { compactForMatching } from './text-normalize.js';

interface Span {
  start: number;
  end: number;
}

interface PairPart {
  rule: number;
  side: 'a' | 'b';
}
type Term = { cue: Cue } | { part: PairPart };

function terms(): Array<readonly [string, Term]> {
  const out: Array<readonly [string, Term]> = LEXICON.map(([p, cue]) => [p, { cue }] as const);
  PAIRS.forEach((r: PairRule, rule) => {
    for (const p of r.a) out.push([p, { part: { rule, side: 'a' } }]);
    if (r.b !== 'digit') for (const p of r.b) out.push([p, { part: { rule, side: 'b' } }]);
  });
  return out;
}
const matcher = new AhoCorasick<Term>(terms());

/** How far (in characters) a cue's clause and sentence may reach each way; English runs longer than Chinese. */
const SCOPE = 80;
const SENTENCE_SCOPE = 100;

/** "不会 / 请勿 / never …" before a cue negates it anywhere in its clause. */
const MODAL_NEGATION = /不会|不要|不用|不需要|无需|无须|请勿|切勿|勿|从不|从未|绝不|决不|不得|没有|别(?![的人处样])|never|not |n't|no one|nobody/g;
/** A bare 不 only negates what follows it closely ("不向您索要验证码"); 不然/不管/不仅… are not negations. */
const BARE_NEGATION = /不(?![然管论仅但久少同错断停够如])/g;
const BARE_REACH = 4;
/** "再不还钱就…", "if you do not repay we will…" are conditions, not negations: the threat stands. */
const CONSEQUENCE = /就|否则|不然|那么|则|便|then|or else|otherwise|we will|we'll|i will/;
/** Education texts label what they quote: "要求共享屏幕的都是诈骗", "… is a scam". */
const LABELLED_AFTER = /的都是|都是骗|一律是|(?:是|为|属于|等|类)[^，。；,;]{0,6}(?:诈骗|骗局|骗子|杀猪盘)|诈骗手段|诈骗手法|诈骗类型|(?:is|are) (?:always |all |definitely |clearly |probably )?(?:an? )?(?:scams?|fraud)|scammer/;
const WARNING_BEFORE = /防骗|防诈|反诈|谨防|警惕|提防|当心|诈骗提示|风险提示|诈骗预警|beware|watch out/;
/** Third-person scammers as the subject: the cue reports what they do, it does not ask it. */
const SCAMMER_SUBJECT = /不法分子|犯罪分子|诈骗分子|骗子|冒充|假冒|scammers|fraudsters|criminals/g;
/** A request to the reader between that subject and the cue means the text is asking after all. */
const DIRECTIVE = /请|需|你要|您要|须|必须|务必|立即|马上|尽快|赶紧|配合|please|you must|you need/;
/** "以“注销账户”“调整额度”为由": the cue names a pretext scammers use. */
const PRETEXT_OPEN = /以["“「『]?$/;
const PRETEXT_CLOSE = /^["”」』]?(?:["“「『][^"”」』]{0,12}["”」』])*(?:为由|为名|的名义|名义|借口|幌子)/;
const PRETEXT_VERB = /假借|谎称|打着|under the pretext|pretending/;
/**
 * Words that say a text is about scams. A cue inside quotation marks in such a text is the script
 * being quoted ("辖区民警提醒：“我是XX支付客服…”——接到这类电话请直接挂断"), not a request.
 */
const SCAM_TOPIC = /诈骗|骗局|骗子|杀猪盘|反诈|防骗|防诈|民警|警方|直接挂断|scam|fraud|police/;
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』' };

/** Spans of text inside quotation marks (“…”, 「…」, 『…』), unclosed quotes ignored. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = QUOTE_PAIRS[text.charAt(i)];
    if (close === undefined) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) continue;
    spans.push({ start: i + 1, end });
    i = end;
  }
  return spans;
}

/** The quoted spans of a text that talks about scams outside its quotes; none otherwise. */
function quotedScripts(text: string): Span[] {
  const spans = quotedSpans(text);
  if (spans.length === 0) return spans;
  let outside = '';
  let at = 0;
  for (const s of spans) {
    outside += text.slice(at, s.start);
    at = s.end;
  }
  outside += text.slice(at);
  return SCAM_TOPIC.test(outside) ? spans : [];
}

/** "公检法不会电话办案": in a warning, a cue that is the subject of a denial is not asked for. */
const DENIED_AFTER = /^[^，。；,;!?！？]{0,2}(?:不会|从不|从来不|绝不|决不|不可能|never|will never|would never|do not|does not|don't)/;

/** Every word the warning frames above start from, in one test. */
const ANY_WARNING = new RegExp([LABELLED_AFTER, WARNING_BEFORE, SCAMMER_SUBJECT, PRETEXT_VERB].map((r) => r.source).join('|') + '|为由|为名|名义|借口|幌子');

function lastIndexOf(re: RegExp, s: string): { index: number; end: number } | null {
  let found: { index: number; end: number } | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) found = { index: m.index, end: m.index + m[0].length };
  return found;
}

const isSentenceStop = (c: number): boolean =>
  c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a;
const isClauseStop = (c: number): boolean => isSentenceStop(c) || c === 0xff0c || c === 0x2c || c === 0x2e;

function crosses(text: string, from: number, to: number, stop: (c: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (stop(text.charCodeAt(i))) return true;
  return false;
}

/** The clause or sentence around [start, end), at most `reach` characters each way. */
function bounds(text: string, start: number, end: number, stop: (c: number) => boolean, reach: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < reach && !stop(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < reach && !stop(text.charCodeAt(to))) to++;
  return { from, to };
}

function negated(before: string): boolean {
  const modal = lastIndexOf(MODAL_NEGATION, before);
  const bare = lastIndexOf(BARE_NEGATION, before);
  const near = bare && before.length - bare.end <= BARE_REACH ? bare : null;
  const neg = modal && near ? (modal.end > near.end ? modal : near) : (modal ?? near);
  return neg !== null && !CONSEQUENCE.test(before.slice(neg.end));
}

/**
 * Genuine lenders quote scam scripts in their anti-fraud notices, so a cue is void when its clause
 * negates it ("不会以任何理由要求您转账到个人账户") or labels it as a scam ("…的都是骗子"), when a
 * warning heads its clause ("谨防…"), when it reports what scammers do ("不法分子冒充客服，要求您
 * 下载共享屏幕软件") with no request to the reader in between, or when it names a pretext
 * ("以“注销账户”为由", "谎称…"). Negation only voids cues marked `neg`; the warning frames void every fraud
 * cue, since a notice may quote any script.
 */
function voided(text: string, mayWarn: boolean, start: number, end: number, neg: boolean, quoted: readonly Span[]): boolean {
  const clause = bounds(text, start, end, isClauseStop, SCOPE);
  // A quote the reader is told to act on ("为防诈骗，请立即转入“安全账户”") is not a quoted script.
  const quote = quoted.find((q) => start >= q.start && end <= q.end);
  if (quote && !DIRECTIVE.test(text.slice(bounds(text, quote.start - 1, quote.start - 1, isClauseStop, SCOPE).from, quote.start))) return true;
  const before = text.slice(clause.from, start);
  if (neg && negated(before)) return true;
  if (!mayWarn) return false;
  const after = text.slice(end, clause.to);
  if (LABELLED_AFTER.test(after) || DENIED_AFTER.test(after) || WARNING_BEFORE.test(before)) return true;
  const sentence = bounds(text, start, end, isSentenceStop, SENTENCE_SCOPE);
  const sBefore = text.slice(sentence.from, start);
  const subject = lastIndexOf(SCAMMER_SUBJECT, sBefore);
  if (subject && !DIRECTIVE.test(sBefore.slice(subject.end))) return true;
  const sAfter = text.slice(end, sentence.to);
  return (PRETEXT_OPEN.test(sBefore) && PRETEXT_CLOSE.test(sAfter)) || PRETEXT_VERB.test(sBefore);
}

export interface ScriptResult {
  fraudReasons: Reason[];
  harassReasons: Reason[];
  flags: Set<Flag>;
  harassCodes: Set<HarassCode>;
  typeVotes: Map<FraudType, number>;
  collection: boolean;
}

interface Group {
  risk: number;
  evidence: Span;
  /**
   * Accepted spans of single cues, and of pairs: a cue inside another of its kind in the group
   * ("起诉" in "提起诉讼", two pair rules reading one "借我200块") adds nothing.
   */
  spans: Span[];
  pairSpans: Span[];
}

function noisyOr(acc: number, w: number): number {
  return 1 - (1 - acc) * (1 - w);
}

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** Stems this long may take English endings ("refunded", "commissions"); shorter words may not. */
const STEM = 5;

/**
 * English cues are words, not substrings: "pay" must not fire inside "repayment", nor "call" in
 * "recall". A cue must start at a word start; a short one must also end at a word end.
 */
function wordBounded(text: string, start: number, end: number): boolean {
  if (isLetter(text.charCodeAt(start)) && isLetter(text.charCodeAt(start - 1))) return false;
  return !(end - start < STEM && isLetter(text.charCodeAt(end - 1)) && isLetter(text.charCodeAt(end)));
}

function overlaps(g: Group | undefined, span: Span, pair: boolean): boolean {
  return g !== undefined && (pair ? g.pairSpans : g.spans).some((s) => span.start < s.end && s.start < span.end);
}

function merge(g: Group, w: number, span: Span, pair: boolean): void {
  g.risk = noisyOr(g.risk, w);
  (pair ? g.pairSpans : g.spans).push(span);
}

function group(w: number, span: Span, pair: boolean): Group {
  return { risk: w, evidence: span, spans: pair ? [] : [span], pairSpans: pair ? [span] : [] };
}

/**
 * The first A…B of a rule in order, within its gap and one clause (or sentence). Parts arrive
 * sorted by start, so each A finds its first candidate B by binary search: a 100 KB paste full of
 * "转" and "元" stays linear-ish instead of |A|×|B|.
 */
function pairSpan(text: string, rule: PairRule, as: readonly Span[], bs: readonly Span[]): Span | null {
  if (rule.b === 'digit') return digitSpan(text, rule, as);
  for (const a of as) {
    let lo = 0;
    let hi = bs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((bs[mid] as Span).start < a.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < bs.length; i++) {
      const b = bs[i] as Span;
      if (b.start - a.end > rule.gap) break;
      if (crosses(text, a.end, b.start, rule.sentence ? isSentenceStop : isClauseStop)) continue;
      if (rule.bar?.test(text.slice(a.end, b.start))) continue;
      return { start: a.start, end: b.end };
    }
  }
  return null;
}

/** A-part followed by a digit within the gap, in the same clause. */
function digitSpan(text: string, rule: PairRule, as: readonly Span[]): Span | null {
  for (const a of as) {
    const stop = Math.min(text.length, a.end + rule.gap + 1);
    for (let i = a.end; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) {
        if (!rule.bar?.test(text.slice(a.end, i))) return { start: a.start, end: i + 1 };
        break;
      }
      if (isClauseStop(c)) break;
    }
  }
  return null;
}

/** Requests for money, codes or fees: what turns a pretext ("在开会", "换号了") into a scam. */
const ASK_FLAGS: ReadonlySet<Flag> = new Set(['verification_code', 'password', 'safe_account', 'upfront_fee', 'transfer']);

/**
 * Script words of different fraud types in one message ("会员…翻倍…抢购" in a shop's ad) are not
 * independent evidence, so each type's script is its own group (weighed below); other red flags
 * group by flag.
 */
function groupKey(cue: Cue): string {
  if (cue.flag !== 'script') return cue.flag;
  let lead = '';
  let best = 0;
  for (const [t, v] of Object.entries(cue.types ?? {})) if (v > best) [lead, best] = [t, v];
  return `script:${lead}`;
}

/**
 * `norm` is the normalised text (same offsets as `original`, which supplies evidence slices);
 * `masked` spans (links) are hidden from the lexicon so a random URL path cannot spell a cue.
 */
export function scriptSignals(norm: string, original: string, masked: readonly Span[] = []): ScriptResult {
  const { text, map } = compactForMatching(norm, masked);
  const flagGroups = new Map<string, Group & { flag: Flag }>();
  const harassGroups = new Map<HarassCode, Group>();
  const typeVotes = new Map<FraudType, number>();
  const seen = new Set<Cue>();
  const pending: Array<{ cue: Cue; span: Span; pair: boolean }> = [];
  let collection = false;
  let asked = false;
  // Most messages contain no warning wording at all; then only negation needs checking.
  const quoted = quotedScripts(text);
  const mayWarn = quoted.length > 0 || ANY_WARNING.test(text);

  /** `pair`: a combination is evidence of its own, so it is not absorbed by the single cues inside it. */
  const accept = (cue: Cue, span: Span, pair: boolean): void => {
    const key = groupKey(cue);
    const hg = cue.harass && cue.hw ? harassGroups.get(cue.harass) : undefined;
    const fg = cue.risk > 0 ? flagGroups.get(key) : undefined;
    if (overlaps(hg, span, pair) || overlaps(fg, span, pair)) return;
    if (cue.ctx === 'collection') collection = true;
    if (ASK_FLAGS.has(cue.flag) || cue.ask) asked = true;
    if (cue.harass && cue.hw) {
      if (hg) merge(hg, cue.hw, span, pair);
      else harassGroups.set(cue.harass, group(cue.hw, span, pair));
    }
    if (cue.risk > 0) {
      if (fg) merge(fg, cue.risk, span, pair);
      else flagGroups.set(key, { flag: cue.flag, ...group(cue.risk, span, pair) });
    }
    for (const [t, v] of Object.entries(cue.types ?? {}) as Array<[FraudType, number]>) {
      typeVotes.set(t, (typeVotes.get(t) ?? 0) + v);
    }
  };
  const add = (cue: Cue, span: Span, pair = false): void => {
    const fraudSide = cue.risk > 0 || cue.types !== undefined;
    if ((cue.neg || (fraudSide && mayWarn)) && voided(text, mayWarn, span.start, span.end, cue.neg === true, quoted)) return;
    if (cue.unless) {
      const sentence = bounds(text, span.start, span.end, isSentenceStop, SENTENCE_SCOPE);
      if (cue.unless.test(text.slice(sentence.from, sentence.to))) return;
    }
    // Each distinct cue counts once: repeating a word 100 times is not 100 times the evidence.
    // Every lexicon pattern (and every pair rule) has its own Cue object, so identity is enough.
    if (seen.has(cue)) return;
    seen.add(cue);
    if (cue.needsAsk) pending.push({ cue, span, pair });
    else accept(cue, span, pair);
  };

  const parts = PAIRS.map(() => ({ a: [] as Span[], b: [] as Span[] }));
  // Longest match first at each position, so "理赔专员" is the evidence rather than "理赔" in it.
  const matches = matcher.findAll(text).sort((x, y) => x.start - y.start || y.end - x.end);
  for (const m of matches) {
    if (!wordBounded(text, m.start, m.end)) continue;
    const span = { start: m.start, end: m.end };
    if ('cue' in m.value) add(m.value.cue, span);
    else parts[m.value.part.rule]?.[m.value.part.side].push(span);
  }
  PAIRS.forEach((rule, i) => {
    const p = parts[i];
    const span = p && p.a.length > 0 && (rule.b === 'digit' || p.b.length > 0) ? pairSpan(text, rule, p.a, p.b) : null;
    if (span) add(rule.cue, span, true);
  });
  if (asked) for (const p of pending) accept(p.cue, p.span, p.pair);

  const ev = (g: Group): { text: string; start: number; end: number } => {
    const start = map ? (map[g.evidence.start] as number) : g.evidence.start;
    const end = map ? (map[g.evidence.end - 1] as number) + 1 : g.evidence.end;
    return { text: original.slice(start, end), start, end };
  };
  const fraudReasons: Reason[] = [];
  const scripts: Group[] = [];
  for (const g of flagGroups.values()) {
    if (g.flag === 'script') {
      scripts.push(g);
      continue;
    }
    const code: ReasonCode = `cue_${g.flag}`;
    fraudReasons.push(makeReason(code, ev(g), round(g.risk)));
  }
  // The strongest type's script counts in full, each further type's at half the weight before:
  // romance plus investment words (pig-butchering) add up, a shop ad's mixed words barely do.
  scripts.sort((x, y) => y.risk - x.risk);
  scripts.forEach((g, i) => {
    const w = round(g.risk / 2 ** i);
    if (w > 0) fraudReasons.push(makeReason('cue_script', ev(g), w));
  });
  const harassReasons = [...harassGroups].map(([harass, g]) => {
    const code: ReasonCode = `harass_${harass}`;
    return makeReason(code, ev(g), round(g.risk));
  });
  const flags = new Set([...flagGroups.values()].map((g) => g.flag));
  return { fraudReasons, harassReasons, flags, harassCodes: new Set(harassGroups.keys()), typeVotes, collection };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
