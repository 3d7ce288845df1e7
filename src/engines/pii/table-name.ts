/**
 * Names that only their layout marks as names: cells of a table column headed 姓名 / Name / 催收员
 * (Markdown, CSV, TSV, SQL output, columns aligned with spaces), a cell right after a row label
 * that names a person ("坐席,鲍布和,得分"), and transliterated names joined by a middle dot
 * (玛依拉·玉素甫, 阿斯哈尔•哈力木), which carry no Han surname for the cue logic to find.
 * A cell counts only when it looks like a name on its own: a surname + one to three characters, a
 * dotted transliteration, or two to five capitalised Latin words. Cost: only lines holding a label
 * (found by the shared scan) and the rows of their tables are split.
 */
import { builtinScan } from './builtin-scan.js';
import { Lexicon, foldAt, foldString } from './lexicon.js';
import { isCjk, isSurnameStart, surnameAt } from './name-candidate.js';
import { dictionaryWordAt, matchedClass } from './name-dictionary.js';
import type { PiiEntity } from './pii.types.js';

/** Column headers and row labels naming a person. */
const PERSON_COLUMN_WORDS = [
  '姓名', '名字', '客户姓名', '客户名', '客户', '用户姓名', '借款人', '借款人姓名', '联系人', '紧急联系人', '联系人姓名',
  '催收员', '催收人员', '坐席', '坐席姓名', '员工', '员工姓名', '经办人', '投诉人', '反映人', '持卡人', '户名', '开户名',
  '账户名', '账户名称', '收件人', '收款人', '付款人', '抽检人', '质检员', '担保人', '申请人', '当事人', '家属', '监护人',
  '被执行人', '原告', '被告', '乘机人', '乘车人', '收货人', '寄件人', '发件人', '抄送', '业务员', '客户经理',
  'name', 'names', 'full name', 'fullname', 'customer', 'customer name', 'client', 'client name', 'staff', 'agent', 'employee',
  'borrower', 'contact', 'contact name', 'debtor', 'applicant', 'cardholder', 'account name', 'payee', 'collector',
];
/** Folded, so Traditional and full-width cells match. */
const PERSON_COLUMNS = new Set(PERSON_COLUMN_WORDS.map((w) => foldString(w)));
/** The shared scan finds the lines that hold a label at all: only those (and their tables) are split into cells. */
const labelsIn = builtinScan.register(Lexicon.of(PERSON_COLUMN_WORDS));

/**
 * Delimiters tried in order; the first that splits the header line into two or more cells wins.
 * Commas inside a CSV field's quotes are skipped by cellsOf, not by a look-ahead (which rescans
 * the rest of the line at every comma).
 */
const DELIMITERS: readonly RegExp[] = [/\|/g, /\t/g, /[,，"]/g, /[;；]/g, /(?: {2,}|\u3000+)/g];
/** Table rows are short: longer lines are prose, and skipping them keeps the pass linear. */
const MAX_ROW = 400;

interface Cell {
  start: number;
  end: number;
}

/** Cells of `line` (offset `base` in the text) split by `re`, trimmed of blanks and quotes. */
function cellsOf(line: string, base: number, re: RegExp): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /[\s"'“”]/.test(line.charAt(s))) s++;
    while (e > s && /[\s"'“”]/.test(line.charAt(e - 1))) e--;
    cells.push({ start: base + s, end: base + e });
  };
  re.lastIndex = 0;
  let quoted = false;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[0] === '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    push(m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  push(line.length);
  // A Markdown row's leading and trailing bars leave empty edge cells.
  if (cells.length > 1 && cells[0]?.start === cells[0]?.end) cells.shift();
  if (cells.length > 1 && cells.at(-1)?.start === cells.at(-1)?.end) cells.pop();
  return cells;
}

const MIDDLE_DOTS = '·•・‧∙';
/**
 * Characters of transliterated (Uyghur, Kazakh, Tibetan, Mongolian, Western) names written in Han
 * characters, 1 at each folded code unit: Traditional forms (麗, 達, 爾) match through the fold.
 */
const TRANSLIT = new Uint8Array(65536);
for (const c of '阿艾爱安奥巴拜班包宝贝本比彼别波伯布不才查达丹旦德迪蒂丁顿多朵厄尔法菲夫盖甘格根古哈海罕汗赫胡吉加嘉江杰金卡凯坎康柯科克肯库拉来莱兰朗勒雷力丽利莉林琳龙卢鲁伦罗洛玛买麦曼毛梅美米敏明莫姆穆木纳娜乃奈尼妮努诺帕潘佩皮普齐奇恰乔切琴热仁日荣如肉萨塞桑色沙莎尚舍什斯苏素索塔泰坦汤特提帖廷图吐托瓦万旺维沃乌吾西希夏仙谢欣辛休雅亚耶伊依尤玉约扎宰赞泽卓孜兹宗祖左佐措央珍次则合都甫翰史密森汉娃茹赛额敦朝其嘎') TRANSLIT[foldAt(c, 0)] = 1;
const translitAt = (text: string, i: number): boolean => TRANSLIT[foldAt(text, i)] === 1;

const DOT_RE = new RegExp(`[${MIDDLE_DOTS}]`, 'g');
const isDot = (text: string, i: number): boolean => MIDDLE_DOTS.includes(text.charAt(i));

/** End of a dotted transliterated name starting at `start` ("玛依拉·玉素甫"), or -1. */
export function dottedNameEnd(text: string, start: number): number {
  // The first part runs to the dot (the caller starts it at a transliteration character); later
  // parts take transliteration characters only, so the sentence after the name is not swallowed
  // ("玛依拉·玉素甫她今年…").
  let i = start;
  let translit = 0;
  while (i < text.length && i - start < 8 && isCjk(text, i)) {
    if (translitAt(text, i)) translit++;
    i++;
  }
  const first = i - start;
  if (first === 0 || translit / first < 0.7) return -1;
  let parts = 1;
  while (parts < 4 && isDot(text, i) && translitAt(text, i + 1)) {
    let j = i + 1;
    while (j < text.length && j - i <= 8 && translitAt(text, j)) j++;
    i = j;
    parts++;
  }
  return parts >= 2 && i - start >= 4 ? i : -1;
}

const LATIN_NAME = /^(?:[A-Z][A-Za-z'’-]{0,20}\.?)(?: (?:[A-Z][A-Za-z'’-]{0,20}\.?|bin|binti|a\/l|a\/p|de|da|van|von|del|dela|der|al|el)){1,4}$/;
const NOT_LATIN = /\b(?:Bank|Ltd|Limited|Inc|Co|Company|Finance|Collections|Complaints|Legal|Team|Department|Service|Services|Center|Centre|Group|Street|Road|Kuala|Lumpur|City|University|Hospital|Pending|Done|Closed|Open)\b/;

/** Whether the cell [start, end) reads as a person's name on its own. */
export function nameLikeCell(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 2 || len > 40) return false;
  if (isCjk(text, start)) {
    if (dottedNameEnd(text, start) === end) return true;
    if (len > 5) return false;
    for (let i = start; i < end; i++) if (!isCjk(text, i)) return false;
    const sl = surnameAt(text, start, true);
    // "金额", "余额" start with a surname too: an ordinary word is a header, not a name.
    return sl > 0 && len - sl >= 1 && len - sl <= 3 && (dictionaryWordAt(text, start, isSurnameStart) !== len || matchedClass === 'person');
  }
  const cell = text.slice(start, end);
  return LATIN_NAME.test(cell) && !NOT_LATIN.test(cell);
}

function report(out: PiiEntity[], text: string, start: number, end: number, score: number, reason: string): void {
  out.push({ type: 'name', start, end, score, text: text.slice(start, end), reason });
}

const isPersonLabel = (text: string, c: Cell | undefined): boolean => c !== undefined && c.end - c.start <= 16 && PERSON_COLUMNS.has(foldString(text.slice(c.start, c.end)));

const CELL_EDGE = new Set([...'|｜\t,，;；\n'].map((c) => c.charCodeAt(0)));
const BLANK_OR_QUOTE = new Set([...' "\'“”'].map((c) => c.charCodeAt(0)));

/**
 * The label [start, end) fills a cell: a delimiter, a line edge or a wide gap on both sides once
 * blanks and quotes are skipped. Most labels are words in prose ("客户反映…"), and this test spares
 * their lines the splitting.
 */
function wholeCell(text: string, start: number, end: number): boolean {
  const edge = (i: number, step: number): boolean => {
    let gap = 0;
    for (; i >= 0 && i < text.length; i += step, gap++) {
      const c = text.charCodeAt(i);
      if (CELL_EDGE.has(c)) return true;
      if (c === 0x3000 || (c === 32 && gap >= 1)) return true;
      if (!BLANK_OR_QUOTE.has(c)) return false;
    }
    return true;
  };
  return edge(start - 1, -1) && edge(end, 1);
}

/** The line [start, end) around `pos`. */
function lineAt(text: string, pos: number): Cell {
  const nl = text.lastIndexOf('\n', pos - 1);
  const end = text.indexOf('\n', pos);
  return { start: nl + 1, end: end < 0 ? text.length : end };
}

/**
 * A header or row-label line: reports cells after person row labels, and returns the column
 * (delimiter, index, width) when the line heads a table with a person column.
 */
function labelLine(text: string, l: Cell, out: PiiEntity[]): { re: RegExp; index: number; width: number } | null {
  const line = text.slice(l.start, l.end);
  for (const re of DELIMITERS) {
    const cells = cellsOf(line, l.start, re);
    if (cells.length < 2) continue;
    // Row labels: "坐席,鲍布和,得分,86", "母親　哈麗旦·艾力　186…"; such a line is a record, not a header.
    let record = false;
    for (let k = 0; k + 1 < cells.length; k++) {
      const next = cells[k + 1] as Cell;
      if (isPersonLabel(text, cells[k]) && nameLikeCell(text, next.start, next.end)) {
        report(out, text, next.start, next.end, 0.8, 'cell after a person label');
        record = true;
      }
    }
    if (record) return null;
    const index = cells.findIndex((c) => isPersonLabel(text, c));
    return index >= 0 && cells.every((c) => c.end - c.start <= 20) ? { re, index, width: cells.length } : null;
  }
  return null;
}

/** Names in table columns headed by a person label, and in cells right after a person row label. */
export function tableNames(text: string, out: PiiEntity[]): void {
  const labels = labelsIn(text);
  let done = -1;
  for (let j = 0; j < labels.length; j++) {
    if (labels.start(j) < done || !wholeCell(text, labels.start(j), labels.end(j))) continue;
    const header = lineAt(text, labels.start(j));
    done = header.end + 1;
    if (header.end - header.start > MAX_ROW) continue;
    const column = labelLine(text, header, out);
    if (!column) continue;
    // The rows below, until a line that does not split like the header ("| --- |" rules are kept).
    for (let s = header.end + 1; s < text.length; ) {
      const row = lineAt(text, s);
      s = row.end + 1;
      if (row.end - row.start > MAX_ROW) break;
      const line = text.slice(row.start, row.end);
      const cells = cellsOf(line, row.start, column.re);
      if (cells.length >= 2 && cells.length > column.index) {
        const c = cells[column.index] as Cell;
        if (nameLikeCell(text, c.start, c.end)) report(out, text, c.start, c.end, 0.85, 'cell in a name column');
      } else if (line.length === 0 || !/^[\s|:\-+=]*$/.test(line)) break;
      done = s;
    }
  }
}

/**
 * Dotted transliterated names anywhere ("我妈叫玛依拉·玉素甫"): a CJK run of mostly transliteration
 * characters, a middle dot, another such run. The start is where the run begins after a non-name
 * character; cues before it ("叫", "客户") are cut off by trying each later start in the run.
 */
export function dottedNames(text: string, out: PiiEntity[]): void {
  const dots = DOT_RE;
  dots.lastIndex = 0;
  for (let m = dots.exec(text); m; m = dots.exec(text)) {
    const dot = m.index;
    if (!isCjk(text, dot - 1) || !isCjk(text, dot + 1)) continue;
    // The first part is the run of transliteration characters before the dot ("不认识阿斯哈尔•…" → 阿斯哈尔).
    let s = dot;
    while (s > 0 && dot - s < 8 && translitAt(text, s - 1)) s--;
    const end = s < dot ? dottedNameEnd(text, s) : -1;
    if (end < 0) continue;
    report(out, text, s, end, 0.8, 'transliterated name joined by a middle dot');
    dots.lastIndex = end;
  }
}
