/**
 * Names written in Latin letters: English names and romanised Chinese ones (pinyin "Zhang Wei",
 * Hong Kong "Chan Tai-man", upper-case "WANG XIAOMING"). Like Chinese names they are reported only
 * after a cue: "My name is", "Mr.", a relation or role ("my mother, …", "your agent …"), a letter's
 * greeting or sign-off, or a Chinese cue ("联系人：Zhang Wei").
 */
import type { PiiEntity } from './pii.types.js';

/**
 * One capitalised name word; a hyphen may join a second syllable ("Tai-man", "Jean-Luc"), and
 * pinyin is often written with both syllables capitalised and no space ("ZhengJianguo").
 */
const WORD = "[A-Z](?:'[A-Z])?[a-z]{1,20}(?:-[A-Za-z][a-z]{1,20}|[A-Z][a-z]{1,12})?";
const UPPER = '[A-Z]{2,12}';
/** A middle initial ("Kelvin M. Fraser") sits between words. */
const NEXT = `(?: (?:[A-Z]\\. )?${WORD})`;
/** Upper-case surname first, as on forms: "PENG Yue", "SUN Qiantao". */
const UPPER_FIRST = `${UPPER}(?: ${UPPER}){1,2}|${UPPER}(?: ${WORD}){1,2}`;
/** Given name + upper-case surname ("Jun ZHU") is tried first, or the given name alone would match. */
const WORD_UPPER = `${WORD} ${UPPER}\\b`;
const NAME_1_3 = `(${WORD_UPPER}|${WORD}${NEXT}{0,2}|${UPPER_FIRST})`;
const NAME_2_3 = `(${WORD_UPPER}|${WORD}${NEXT}{1,2}|${UPPER_FIRST})`;

const RELATIONS =
  'mother|father|mom|mum|dad|husband|wife|son|daughter|brother|sister|colleague|friend|boss|agent|collector|officer|' +
  'manager|lawyer|attorney|representative|rep|guarantor|partner|landlord|tenant|relative|cousin|uncle|aunt|' +
  'grandmother|grandfather|supervisor|employee|caller|contact person|loan officer|case officer|account manager|relationship manager';

/**
 * One pass for all English cues. Cues that name a person outright ("Mr.", "My name is") accept
 * one capitalised word ("Mr. Brown"); the weaker ones, captured in group 1 ("I am", "my mother,"),
 * need two ("this is John Smith", not "I am Angry").
 */
const RE_CUE_NAME = new RegExp(
  `\\b(?:(?:[Mm]y|[Hh]is|[Hh]er) name (?:is|was)|[Nn]ame\\s?:|[Dd]ebtor:?|[Cc]omplaint from|[Aa]uthori[sz]e|I,|[Rr]egards,?|`+
    `[Ss]ent by|[Ff]rom:|`+
    `[Nn]amed|[Cc]alled|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.?|[Cc]ustomer|[Bb]orrower|[Cc]ontact|[Dd]ear|[Aa]ttn\\.?:?|[Ss]igned:?|[Ss]incerely,|[Rr]egards,|` +
    `[Hh]andled by|[Pp]repared by|[Aa]pproved by|Officer|[Cc]c:?|[Cc]lient,?|[Cc]ard ?holder(?: \\(English\\))?[:：]?|[Aa]pplicant[:：]|[Cc]onsignee[:：]|[Pp]assenger[:：]|[Gg]uardian[:：]|[Ee]mergency [Cc]ontact[:：]|To:|Hi|Best,|[Bb]eneficiary:?|[Pp]ayee:?|[Aa]ccount name:?|` +
    `([Tt]his is|I am|I'm|[Ww]o jiao|[Ww]o shi|jiao|shoukuanren|lianxiren|(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]he|[Aa]n?)\\s(?:${RELATIONS}),?)):?\\s{1,3}${NAME_1_3}`,
  'g',
);

const RE_CAMEL_PINYIN = /^[A-Z][a-z]+[A-Z][a-z]+$/;

/** A two- or three-word name right before "from compliance", "from the legal team". */
const RE_NAME_FROM_DEPARTMENT = new RegExp(`\\b${NAME_2_3} from (?:the )?(?:compliance|legal|collections?|risk|operations|customer service|support|[A-Z][a-z]+ (?:team|department))\\b`, 'g');

/** Capitalised words that follow these cues without being names ("Dear Sir", "Customer Service"). */
const NOT_NAME = new Set(
  ('Sir Madam Madame Customer Customers Service Services Team Bank Company Manager Officer Please Thanks Thank The This ' +
    'That And But Dear All Hello Hi My Your His Her Our Mr Mrs Ms Miss Dr App Loan Loans Card Support Department China ' +
    'Chinese Consumer Complaint Complaints Center Centre Hotline Staff Agent Collection Collections Friend Friends Sorry ' +
    'Not Very So Just Now Here There Today Yesterday Tomorrow Angry Happy Sad Writing Calling Contact Name Email Phone ' +
    'Mobile Address Account Finance Financial Credit Legal Police Court Beneficiary Holder Client Officer Payee ' +
    'Bank Of Public Security Bureau Refund Charge I Sure Yes No Yeah Okay Ok Well Right Fine Wait Hold Actually').split(' '),
);

function acceptable(name: string): boolean {
  for (const word of name.split(' ')) if (NOT_NAME.has(word.charAt(0) + word.slice(1).toLowerCase()) || NOT_NAME.has(word)) return false;
  return true;
}

function report(out: PiiEntity[], start: number, name: string, score: number, reason: string): void {
  out.push({ type: 'name', start, end: start + name.length, score, text: name, reason });
}

/** Latin-letter names after English cues, anywhere in `text`. */
export function latinNames(text: string, out: PiiEntity[]): void {
  const re = RE_CUE_NAME;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const weak = m[1] !== undefined;
    const name = m[2] as string;
    // A weak cue needs two words; run-together pinyin ("WangZimo") is a surname and a given name.
    if ((weak && !name.includes(' ') && !RE_CAMEL_PINYIN.test(name)) || !acceptable(name)) {
      // "Dear Mr. Lau": the rejected match ("Mr") may hide a cue of its own; look again one character on.
      re.lastIndex = m.index + 1;
      continue;
    }
    report(out, m.index + m[0].length - name.length, name, weak ? 0.75 : 0.85, 'Latin-letter name after an English cue');
  }
  lowerCasePinyinNames(text, out);
  // "Chu Kwok Kwok from compliance here": a name introducing its sender's department.
  // Every match holds " from ": without one (most Chinese text), the regex is not run at all.
  const after = RE_NAME_FROM_DEPARTMENT;
  after.lastIndex = 0;
  for (let m = text.includes(' from ') ? after.exec(text) : null; m; m = after.exec(text)) {
    const name = m[1] as string;
    if (acceptable(name)) report(out, m.index, name, 0.75, 'Latin-letter name before "from <department>"');
  }
  // "那个collector叫SUN Qiantao": 叫 before a Latin name; indexOf skips the text natively.
  for (let i = text.indexOf('叫'); i >= 0; i = text.indexOf('叫', i + 1)) latinNameAfterCue(text, i + 1, false, out);
}

/**
 * Lower-case pinyin ("Name: zhou yaokai", "wo shi zheng tianlin"): accepted after a cue only as a
 * known pinyin surname and a given name of one or two valid pinyin syllables, so English words
 * ("name: see below") do not pass.
 */
const RE_PINYIN_CUE = /\b(?:[Nn]ame\s?:|[Mm]y name is|wo jiao|wo shi|jiao|shoukuanren|lianxiren|jiekuanren)\s{1,3}([a-z]{1,9}) ([a-z]{1,12})\b/g;
const PINYIN_SURNAMES = new Set(
  ('wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng ' +
    'deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao jin qin mao bai qiu ' +
    'fan fang shi tan liao jia xia fu zou meng xiong yin xue yan duan lei hou long shao wan qian kong dai mo qi ' +
    'ouyang zhuge sima shangguan situ murong dongfang huangfu').split(' '),
);
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
const RE_PINYIN_GIVEN = new RegExp(`^${PINYIN_SYLLABLE}${PINYIN_SYLLABLE}?$`);

function lowerCasePinyinNames(text: string, out: PiiEntity[]): void {
  const re = RE_PINYIN_CUE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const surname = m[1] as string;
    const given = m[2] as string;
    if (!PINYIN_SURNAMES.has(surname) || !RE_PINYIN_GIVEN.test(given)) continue;
    const name = `${surname} ${given}`;
    report(out, m.index + m[0].length - name.length, name, 0.75, 'lower-case pinyin name after a cue');
  }
}

const RE_AFTER_CUE_1_3 = new RegExp(NAME_1_3, 'y');
const RE_AFTER_CUE_2_3 = new RegExp(NAME_2_3, 'y');

/** A Latin-letter name right after a Chinese cue ("联系人：Zhang Wei", "我叫Tom"); weak cues need two words. */
export function latinNameAfterCue(text: string, at: number, strong: boolean, out: PiiEntity[]): void {
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90) return;
  const re = strong ? RE_AFTER_CUE_1_3 : RE_AFTER_CUE_2_3;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return;
  const name = m[1] as string;
  const after = text.charCodeAt(at + name.length);
  // "Tom" must not be the start of a longer word or an identifier ("Tom123", "Tom_x").
  if ((after >= 97 && after <= 122) || (after >= 48 && after <= 57) || after === 95) return;
  if (acceptable(name)) report(out, at, name, strong ? 0.85 : 0.75, 'Latin-letter name after a Chinese cue');
}
