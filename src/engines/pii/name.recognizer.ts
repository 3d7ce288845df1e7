/**
 * Chinese person names. A name is a known surname followed by a one- or two-character given name,
 * found only where context points at a person:
 * - after a prefix cue: strong roles and self-introductions ("联系人", "我叫", "办理人") accept any
 *   given name; weak ones (relations, "我是", "谁是") and links ("我和…", "找…", "写…收") need a
 *   given name made of common given-name characters (given-names.data.ts) that ends cleanly;
 * - after any form label ending in a role or name word and a colon ("反映人：", "公证员：",
 *   "投诉人姓名："), or a role ending without one ("快递员…", "反映人…", weak);
 * - before a title ("先生", "经理", "律师");
 * - opening a clause when addressed ("“张三，你的…", "李四您好"), greeted after an SMS tag
 *   ("【某银行】张三，"), or as a transcript speaker label ("\n王五：", "[群聊] 王五：");
 * - continuing a list after a found name ("张三、李四和王五");
 * - anywhere else, when the cue-less model (free-name.ts) finds a full name likely enough from its
 *   given-name prior, its dictionary boundaries and the words around it ("我跟袁静早就不来往了").
 * Surnames that are mostly everyday characters (和, 满, 权 …) count only after cues naming a person;
 * a married name (冠夫姓) has two surnames; stop characters that are also given-name characters
 * (来福, 向阳, 致和) count when the name is clearly closed.
 * Where a candidate ends and how name-like it is (given-name prior, jieba's dictionary and tags) is
 * decided in name-candidate.ts; a person tag ('nr') or an unknown-word reading raises the score.
 * English and pinyin names are in latin-name.ts.
 */
import { builtinScan } from './builtin-scan.js';
import {
  NAME_LABEL_ENDINGS,
  NAME_LINK_CUES,
  NAME_POSSESSIVE_WORDS,
  NAME_PREFIX_CUES,
  NAME_ROLE_ENDINGS,
  NAME_SPEAKER_MARKS,
  NAME_SUBJECT_VERBS,
  NAME_VOCATIVE_WORDS,
  NAME_WEAK_PREFIX_CUES,
  NOT_PERSON_LABELS,
  NOT_ROLE_WORDS,
} from './cue-words.data.js';
import { freeNames } from './free-name.js';
import { latinNameAfterCue, latinNames } from './latin-name.js';
import { dottedNameEnd, dottedNames, tableNames } from './table-name.js';
import {
  TITLES,
  backwardCandidate,
  dictionaryReading,
  forwardCandidate,
  isCjk,
  isFunctionSurname,
  isSurnameStart,
  surnameAt,
  surnamesIn,
  type Candidate,
} from './name-candidate.js';
import { dictionaryWordAt, matchedClass } from './name-dictionary.js';
import { Lexicon, foldAt } from './lexicon.js';
import type { PiiEntity, Recognizer } from './pii.types.js';
import {
  COMPOUND_SURNAMES,
  EXTRA_COMPOUND_SURNAMES,
  EXTRA_SINGLE_SURNAMES,
  SINGLE_SURNAMES,
  STRONG_CUE_ONLY_SURNAMES,
} from './surnames.data.js';

type CueKind = 'strong' | 'weak' | 'link';

const PREFIX_CUES = new Lexicon<CueKind>([
  ...NAME_WEAK_PREFIX_CUES.map((w) => [w, 'weak'] as const),
  ...NAME_PREFIX_CUES.map((w) => [w, 'strong'] as const),
]);
/** What may follow a name opening a clause: an address ("，你") or a speech or action verb ("说"). */
const CLAUSE_FOLLOW = new Lexicon<'addressed' | 'subject'>([
  ...NAME_VOCATIVE_WORDS.map((w) => [w, 'addressed'] as const),
  ...NAME_SUBJECT_VERBS.map((w) => [w, 'subject'] as const),
]);
const POSSESSIVES = Lexicon.of(NAME_POSSESSIVE_WORDS);

const SURNAME_FIRSTS = [...SINGLE_SURNAMES, ...EXTRA_SINGLE_SURNAMES, ...[...COMPOUND_SURNAMES, ...EXTRA_COMPOUND_SURNAMES].map((c) => c[0] as string)];
/**
 * Link + surname pairs ("和王", "找李"): links are frequent one-character words, so the shared scan
 * reports only those followed by a surname. The value is the link's length.
 */
const LINK_STARTS = new Lexicon<number>(NAME_LINK_CUES.flatMap((l) => SURNAME_FIRSTS.map((s) => [l + s, l.length] as const)));

/** Characters after which a clause (and so possibly an addressed name) starts. */
const CLAUSE_OPENERS = '“”"「」『』‘’：:，,。！？!?；;、（）()[]【】 \n\t\u3000';
/**
 * 1 at each folded opener (folded, as the lexicons compare). Clause-initial surnames are the
 * shared scan's surname matches right after an opener: the opener + surname pairs used to be a
 * lexicon of their own, whose 14,000 two-character words cost the shared scan a walk at almost
 * every punctuation mark. The same positions reach clauseOpening: no opener is part of a surname,
 * so no surname after one is skipped as the inside of a previous match, and a first character that
 * starts no surname there (欧 without 阳) left clauseOpening nothing to do, as surnames that
 * count only after strong cues are no surname's first character (checked in a test).
 */
const CLAUSE_OPENER = new Uint8Array(65536);
for (const o of CLAUSE_OPENERS) CLAUSE_OPENER[foldAt(o, 0)] = 1;

/**
 * One lexicon (so one walk of the shared scan, as both start with 人/员) for two kinds of role cue:
 * - 'label': any label ending in a role or name word, then a colon ("反映人：", "公证员：",
 *   "投诉人姓名："), names a person whatever its head; '︰' is the vertical-form colon OCR produces;
 * - 'role': a role ending + the first character of a surname, no colon ("反映人练岚").
 */
const ROLE_CUES = new Lexicon<'label' | 'role'>([
  ...NAME_LABEL_ENDINGS.flatMap((e) => [`${e}:`, `${e}︰`]).map((w) => [w, 'label'] as const),
  ...NAME_ROLE_ENDINGS.flatMap((e) => [...SURNAME_FIRSTS, ...STRONG_CUE_ONLY_SURNAMES].map((s) => [e + s, 'role'] as const)),
]);
const NOT_ROLES = Lexicon.of(NOT_ROLE_WORDS);
const THING_LABELS = Lexicon.of(NOT_PERSON_LABELS);

/** A label naming a thing ends right before the colon at `colon` ("店名：", "单位名称："). */
function thingLabelEndsAt(text: string, colon: number): boolean {
  for (let len = 2; len <= 5 && colon - len >= 0; len++) if (THING_LABELS.endAt(text, colon - len) === colon) return true;
  return false;
}
const SPEAKER_MARKS = new Set(NAME_SPEAKER_MARKS.map((c) => c.charCodeAt(0)));
/** Closing brackets of an SMS sender's or a chat's tag ("【某银行】", "[法务中心]"). */
const TAG_CLOSERS = new Set([...']】'].map((c) => c.charCodeAt(0)));
const SALUTATION_MARKS = new Set([...'，,：:'].map((c) => c.charCodeAt(0)));

/** Between a cue and the name: up to three of a colon, spaces, 是/为/叫 ("联系人是…"), table bars. */
const CONNECTOR_CHAR_CLASS = /[\s:：是为為叫的写寫着著|｜]/;
/**
 * 1 at each code unit of the connector class (tested once per code unit with the class itself, so
 * `\s` means exactly what it means in a regex). A cue is found about every 70 characters of prose,
 * and a sticky regex call per cue cost more than the few table loads that replace it.
 */
const CONNECTOR_CHAR = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (CONNECTOR_CHAR_CLASS.test(String.fromCharCode(c))) CONNECTOR_CHAR[c] = 1;

/** End of the connector starting at `from` (greedy, at most three characters). */
function connectorEnd(text: string, from: number): number {
  let end = from;
  while (end - from < 3 && CONNECTOR_CHAR[text.charCodeAt(end)] === 1) end++;
  return end;
}
const LIST_JOINERS = new Set([...'、和与與及跟'].map((c) => c.charCodeAt(0)));

const prefixCuesIn = builtinScan.register(PREFIX_CUES);
const roleCuesIn = builtinScan.register(ROLE_CUES);
const titlesIn = builtinScan.register(TITLES);
const linkStartsIn = builtinScan.register(LINK_STARTS);
const possessivesIn = builtinScan.register(POSSESSIVES);

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}

/**
 * `pos` starts a line once blanks and one bracketed tag are skipped ("\n王五：", "[群聊] 王五：",
 * "【用户】王五："): where a transcript puts its speaker labels.
 */
function atLineStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  if (c === 0x5d || c === 0x3011) {
    const open = text.lastIndexOf(c === 0x5d ? '[' : '【', i);
    if (open < 0 || i - open > 12) return false;
    i = open - 1;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  }
  return i < 0 || text.charCodeAt(i) === 10;
}

function prefixCueEndsAt(text: string, pos: number): boolean {
  for (let len = 1; len <= 4 && pos - len >= 0; len++) if (PREFIX_CUES.endAt(text, pos - len) === pos) return true;
  return false;
}

function push(out: PiiEntity[], text: string, c: Candidate, score: number, reason: string): void {
  const tagged = c.jieba === 'person' || c.jieba === 'unknown';
  out.push({
    type: 'name',
    start: c.start,
    end: c.end,
    score: Math.min(1, score + (tagged ? 0.1 : 0)),
    text: text.slice(c.start, c.end),
    reason: c.jieba === 'person' ? `${reason}; jieba person tag` : c.jieba === 'unknown' ? `${reason}; jieba unknown word` : reason,
  });
}

/** Score for a candidate after a cue of this kind, or 0 when the evidence is not enough. */
function cueScore(text: string, c: Candidate, kind: CueKind): number {
  if (c.jieba === 'word') return 0;
  if (!c.plausible && c.sl === 1 && isFunctionSurname(foldAt(text, c.start))) return 0;
  if (kind === 'strong') return c.plausible ? 0.9 : 0.8;
  if (!c.clean) return 0;
  // After a relation ("我妈…"), jieba reading an unknown given name as part of a name also counts.
  if (kind === 'weak') return c.plausible || c.jieba === 'person' || c.jieba === 'unknown' ? 0.8 : 0;
  return c.plausible ? 0.7 : 0;
}

/** Further names joined to a found one by 、/和/与 ("张三、李四和王五"). */
function listContinuation(text: string, out: PiiEntity[], from: number, reason: string): void {
  let pos = from;
  while (LIST_JOINERS.has(text.charCodeAt(pos))) {
    const c = forwardCandidate(text, pos + 1, false, false);
    if (!c || cueScore(text, c, 'weak') === 0) return;
    push(out, text, c, 0.75, `${reason}; listed after a name`);
    pos = c.end;
  }
}

/**
 * The reason reads `label "<text[from, to)>"`; it is built only for a name found, since most cues
 * ("用户", "和") precede none and the string per cue was a large share of the engine's garbage.
 */
function nameAfterCue(text: string, out: PiiEntity[], at: number, kind: CueKind, label: string, from: number, to: number): void {
  // A cue that names a person (a role, a relation) may be followed by a surname that is usually an
  // everyday character ("快递员满秋菊"); after a mere link ("我和…") only ordinary surnames count.
  const c = forwardCandidate(text, at, kind === 'strong', kind === 'link', kind !== 'link');
  if (!c) return;
  const score = cueScore(text, c, kind);
  if (score === 0) return;
  const reason = `${label} "${text.slice(from, to)}"`;
  push(out, text, c, score - 0.05, reason);
  listContinuation(text, out, c.end, reason);
}

/**
 * Bilingual forms put an English label between the Chinese one and the value ("姓名 Name：儂桂生",
 * "紧急联系人 Emergency Contact：古丽米拉·库尔班"): a Chinese or dotted name right after such a label.
 */
const RE_ENGLISH_LABEL = /(?:^|[^A-Za-z])(?:Name|Full [Nn]ame|Applicant|Consignee|Passenger|Contact|Emergency Contact|Guardian|Cardholder|Borrower|Customer|Debtor|Recipient|Sender)(?: ?\([A-Za-z ]{1,12}\))? ?$/;
/** Looked for backwards from each colon: a regex over the whole text without a literal start is far slower. */
function englishLabels(text: string, out: PiiEntity[]): void {
  let ascii = text.indexOf(':');
  let wide = text.indexOf('：');
  while (ascii >= 0 || wide >= 0) {
    const i = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (i === ascii) ascii = text.indexOf(':', i + 1);
    else wide = text.indexOf('：', i + 1);
    let at = i + 1;
    if (text.charCodeAt(at) === 32) at++;
    const before = text.charCodeAt(text.charCodeAt(i - 1) === 32 ? i - 2 : i - 1);
    if (!isCjk(text, at) || !((before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 41)) continue;
    const m = RE_ENGLISH_LABEL.exec(text.slice(Math.max(0, i - 36), i));
    if (!m) continue;
    const dotted = dottedNameEnd(text, at);
    if (dotted > 0) out.push({ type: 'name', start: at, end: dotted, score: 0.85, text: text.slice(at, dotted), reason: `dotted name after the label "${m[0].trim()}"` });
    else nameAfterCue(text, out, at, 'strong', 'surname after the label', i - m[0].length, at);
  }
}

export const nameRecognizer: Recognizer = {
  id: 'name',
  types: ['name'],
  detect(text, out) {
    const prefixCues = prefixCuesIn(text);
    for (let j = 0; j < prefixCues.length; j++) {
      const cueStart = prefixCues.start(j);
      const cueEnd = prefixCues.end(j);
      const cueValue = prefixCues.value(j);
      const at = connectorEnd(text, cueEnd);
      latinNameAfterCue(text, at, cueValue === 'strong', out);
      nameAfterCue(text, out, at, cueValue, 'surname after cue', cueStart, cueEnd);
    }
    const roleCues = roleCuesIn(text);
    for (let j = 0; j < roleCues.length; j++) {
      const labelStart = roleCues.start(j);
      const labelEnd = roleCues.end(j);
      const labelValue = roleCues.value(j);
      if (labelValue === 'role') {
        // The surname's first character ends the match.
        const at = labelEnd - 1;
        if (labelStart === 0 || !isCjk(text, labelStart - 1) || prefixCueEndsAt(text, at) || NOT_ROLES.endAt(text, labelStart - 1) === at) continue;
        nameAfterCue(text, out, at, 'weak', 'surname after the role', Math.max(0, labelStart - 2), at);
        continue;
      }
      // The label needs a head ("反映人：", OCR's "收 款 人：", not a bare "人："). A prefix cue may have
      // found the same name ("联系人："); the engine keeps one of two identical findings.
      let head = labelStart - 1;
      while (head > 0 && labelStart - head < 3 && isBlank(text.charCodeAt(head))) head--;
      if (head < 0 || !isCjk(text, head) || thingLabelEndsAt(text, labelEnd - 1)) continue;
      const at = connectorEnd(text, labelEnd);
      latinNameAfterCue(text, at, true, out);
      nameAfterCue(text, out, at, 'strong', 'surname after the label', Math.max(0, labelStart - 3), labelEnd);
    }
    englishLabels(text, out);
    const links = linkStartsIn(text);
    for (let j = 0; j < links.length; j++) {
      const linkStart = links.start(j);
      const linkValue = links.value(j);
      const at = linkStart + linkValue;
      nameAfterCue(text, out, at, 'link', 'surname after', linkStart, at);
    }
    const titles = titlesIn(text);
    for (let j = 0; j < titles.length; j++) {
      const titleStart = titles.start(j);
      const titleEnd = titles.end(j);
      const c = backwardCandidate(text, titleStart, prefixCueEndsAt);
      if (c) push(out, text, c, 0.85, `surname before title "${text.slice(titleStart, titleEnd)}"`);
    }
    const possessives = possessivesIn(text);
    for (let j = 0; j < possessives.length; j++) {
      const possessiveStart = possessives.start(j);
      const possessiveEnd = possessives.end(j);
      // "王芳的电话": only a name-like given name, and not an ordinary word ("单位的电话").
      const c = backwardCandidate(text, possessiveStart, prefixCueEndsAt);
      if (c?.plausible && dictionaryReading(text, c.start, c.end) !== 'word') push(out, text, c, 0.7, `name before "${text.slice(possessiveStart, possessiveEnd)}"`);
    }
    const clauseOpening = (start: number): void => {
      // Cheap tests first: a clause-initial surname is common, an addressed or speaking one rare.
      const sl = surnameAt(text, start, true);
      if (sl === 0) return;
      const g1 = start + sl;
      const marked = SPEAKER_MARKS.has(text.charCodeAt(g1 + 1)) || SPEAKER_MARKS.has(text.charCodeAt(g1 + 2));
      const tagged = start > 0 && TAG_CLOSERS.has(text.charCodeAt(start - 1));
      // g1 + 3: a married name ("陈李美华，你好").
      if (!marked && !tagged && CLAUSE_FOLLOW.endAt(text, g1 + 1) < 0 && CLAUSE_FOLLOW.endAt(text, g1 + 2) < 0 && CLAUSE_FOLLOW.endAt(text, g1 + 3) < 0) return;
      // Surnames that are mostly everyday characters only in a speaker label, the strongest of these signals.
      const speaker = marked && atLineStart(text, start);
      const c = forwardCandidate(text, start, false, true, speaker);
      if (!c?.plausible || c.jieba === 'word') return;
      if (tagged && SALUTATION_MARKS.has(text.charCodeAt(c.end)) && !speaker) {
        // "【某银行】张三，您…", "[法务中心]李四，": an SMS greets its addressee right after the sender's tag.
        push(out, text, c, 0.7, 'name greeted after a message tag');
        return;
      }
      if (SPEAKER_MARKS.has(text.charCodeAt(c.end)) && speaker) {
        // A speaker label ("王五：", "王五（家属）："), unless it is a dictionary word ("管家：").
        const word = dictionaryWordAt(text, start, isSurnameStart);
        if (word !== c.end - start || matchedClass === 'person') push(out, text, c, 0.75, 'name as a speaker label');
        return;
      }
      if (CLAUSE_FOLLOW.endAt(text, c.end) < 0) return;
      const addressed = CLAUSE_FOLLOW.matchedValue === 'addressed';
      push(out, text, c, addressed ? 0.75 : 0.65, addressed ? 'name opening an addressed clause' : 'name as the subject of a clause');
    };
    if (text.length > 0) clauseOpening(0);
    const surnames = surnamesIn(text);
    for (let j = 0; j < surnames.length; j++) {
      const start = surnames.start(j);
      if (start > 0 && CLAUSE_OPENER[foldAt(text, start - 1)] === 1) clauseOpening(start);
    }
    latinNames(text, out);
    tableNames(text, out);
    dottedNames(text, out);
    // Cue-less names last, skipping the starts a cue has already found (their reasons explain more).
    const taken: number[] = [];
    for (const e of out) if (e.type === 'name') taken.push(e.start);
    freeNames(text, out, taken.sort((a, b) => a - b));
  },
};
