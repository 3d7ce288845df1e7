/**
 * Postal addresses. An address starts at a gazetteer name (province or city) or after an address
 * cue ("地址", "家住"), extends over address-like characters, and is cut back to its last
 * administrative or street unit (路/号/栋/单元/室 …). A span without a street-level unit — "我在上海
 * 工作" — is a place, not an address, and is not reported.
 */
import { builtinScan } from './builtin-scan.js';
import { ADDRESS_CUES, AREA_UNITS, CITIES_BY_PROVINCE, PROVINCES, STREET_UNITS } from './gazetteer.data.js';
import { Lexicon, foldAt } from './lexicon.js';
import type { PiiEntity, Recognizer } from './pii.types.js';

function gazetteerEntries(): Array<readonly [string, true]> {
  const names = new Set<string>();
  for (const [short, full] of PROVINCES) names.add(short).add(full);
  for (const list of Object.values(CITIES_BY_PROVINCE)) {
    for (const city of list.split(' ')) names.add(city).add(`${city}市`);
  }
  return [...names].map((n) => [n, true] as const);
}

const GAZETTEER = new Lexicon(gazetteerEntries());
const CUES = Lexicon.of(ADDRESS_CUES);
const cuesIn = builtinScan.register(CUES);
const gazetteerIn = builtinScan.register(GAZETTEER);
const UNITS = new Lexicon<'street' | 'area'>([
  ...STREET_UNITS.map((u) => [u, 'street'] as const),
  ...AREA_UNITS.map((u) => [u, 'area'] as const),
]);
/** Words that end an address even though they contain unit characters (座机, 上门, 楼下 …). */
const STOP_WORDS = Lexicon.of([
  '座机', '电话', '手机', '上门', '门口', '催收', '附近', '楼下', '楼上', '里面', '工作', '上班', '那里', '这里',
  '家里', '找我', '找到', '欠款', '借款', '号码', '账号', '快递', '收到', '发现', '一带', '地区', '号称',
]);
const STOP_CHARS = new Set([...'我你他她它的了吗呢吧啊被把给说让请但是在也就还又很要没不'].map((c) => c.charCodeAt(0)));
const MAX_LEN = 60;
const CONNECTOR = /[\s:：是为為在]{0,3}/y;

function isAddressChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x4e00 && c <= 0x9fff) return !STOP_CHARS.has(foldAt(text, i));
  const f = foldAt(text, i);
  return (f >= 48 && f <= 57) || (f >= 97 && f <= 122) || f === 45 || f === 35 || c === 0xb7;
}

function isAlnum(text: string, i: number): boolean {
  const f = foldAt(text, i);
  return (f >= 48 && f <= 57) || (f >= 97 && f <= 122) || f === 45;
}

/** End of the address starting at `s`, or -1 when the span holds no street-level unit. */
function addressEnd(text: string, s: number): number {
  let e = s;
  while (e < text.length && e - s < MAX_LEN && isAddressChar(text, e) && !(e > s && STOP_WORDS.matchAt(text, e))) e++;
  let lastEnd = -1;
  let street = false;
  for (let i = s; i < e; i++) {
    const u = UNITS.matchAt(text, i);
    if (!u || u.end > e) continue;
    lastEnd = u.end;
    street ||= u.value === 'street';
    i = u.end - 1;
  }
  if (!street) return -1;
  // Trailing room numbers without a unit: "B座1203", "3号楼2-501".
  while (lastEnd < e && isAlnum(text, lastEnd)) lastEnd++;
  return lastEnd;
}

/** Length of the province/city prefix of an address (kept visible by display masking). */
export function addressAdminPrefixLength(address: string): number {
  let pos = 0;
  for (let m = GAZETTEER.matchAt(address, pos); m; m = GAZETTEER.matchAt(address, pos)) {
    pos = m.end;
    const unit = UNITS.matchAt(address, pos);
    if (unit?.value === 'area' && unit.end - pos <= 3) pos = unit.end;
  }
  return pos;
}

export const addressRecognizer: Recognizer = {
  id: 'address',
  types: ['address'],
  detect(text, out) {
    // Reasons are built only for reported addresses: most gazetteer hits are place names.
    const starts: Array<{ at: number; score: number; cueStart: number; cueEnd: number; gazetteer: boolean }> = [];
    const cues = cuesIn(text);
    for (let j = 0; j < cues.length; j++) {
      CONNECTOR.lastIndex = cues.end(j);
      CONNECTOR.test(text); // sticky and may match empty: lastIndex ends past the connector
      starts.push({ at: CONNECTOR.lastIndex, score: 0.8, cueStart: cues.start(j), cueEnd: cues.end(j), gazetteer: false });
    }
    const places = gazetteerIn(text);
    for (let j = 0; j < places.length; j++) starts.push({ at: places.start(j), score: 0.85, cueStart: places.start(j), cueEnd: places.end(j), gazetteer: true });
    starts.sort((a, b) => a.at - b.at || b.score - a.score);
    let covered = -1;
    for (const st of starts) {
      if (st.at < covered) continue;
      const end = addressEnd(text, st.at);
      if (end < 0 || end - st.at < 5) continue;
      covered = end;
      const reason = `address ${st.gazetteer ? 'from gazetteer' : 'after cue'} "${text.slice(st.cueStart, st.cueEnd)}"`;
      out.push({ type: 'address', start: st.at, end, score: st.score, text: text.slice(st.at, end), reason });
    }
  },
};
