import { describe, expect, it } from 'vitest';
import { detectPii } from './pii.engine.js';
import type { PiiType } from './pii.types.js';

type Case = [input: string, type: PiiType | null, text?: string];

function only(input: string): Array<{ type: PiiType; text: string }> {
  return detectPii(input).map((e) => ({ type: e.type, text: e.text }));
}

const POSITIVE: Case[] = [
  ['手机13812345678', 'mobile', '13812345678'],
  ['电话 138 1234 5678 谢谢', 'mobile', '138 1234 5678'],
  ['138-1234-5678', 'mobile'],
  ['+86 13812345678', 'mobile'],
  ['+86-138-1234-5678', 'mobile'],
  ['8613812345678', 'mobile'],
  ['0086 138 1234 5678', 'mobile'],
  ['１３８１２３４５６７８', 'mobile'],
  ['1 3 8 1 2 3 4 5 6 7 8', 'mobile'],
  ['虚拟号17012345678', 'mobile', '17012345678'],
  ['广电19212345678', 'mobile', '19212345678'],
  ['16512345678', 'mobile'],
  ['座机010-62345678', 'landline', '010-62345678'],
  ['（021）6234 5678转123', 'landline', '（021）6234 5678转123'],
  ['0571-87654321-808', 'landline', '0571-87654321-808'],
  ['+86 10 64298446', 'landline'],
  ['电话 62345678', 'landline', '62345678'],
  ['+44 20 7946 0958', 'foreign_phone'],
  // "卡" alone is a card cue: a Luhn-invalid Visa number the text calls a card is still one.
  ['随后我的卡4270207445318791被绑定', 'bank_card', '4270207445318791'],
  ['身份证１１０１０５１９４９１２３１００２Ｘ，', 'id_card', '１１０１０５１９４９１２３１００２Ｘ'],
  ['+1 415 555 2671', 'foreign_phone'],
  ['身份证11010519491231002X', 'id_card', '11010519491231002X'],
  ['11010519491231002x', 'id_card'],
  ['110105 19491231 002X', 'id_card'],
  ['身份证号 110105194912310021', 'id_card', '110105194912310021'],
  ['身份证号码：110105491231002', 'id_card', '110105491231002'],
  ['卡号6222021234567890128', 'bank_card', '6222021234567890128'],
  // "No." is a reference cue, but "Account No." names a card or account number.
  ['Account No.: 4270207445318791; Bank: X', 'bank_card', '4270207445318791'],
  ['6222 0212 3456 7890 128', 'bank_card'],
  ['6222-0212-3456-7890-128', 'bank_card'],
  ['银行卡6222021234567890123', 'bank_card', '6222021234567890123'],
  ['信用卡4270201234567899', 'bank_card', '4270201234567899'],
];

const NEGATIVE: string[] = [
  '借款5000元',
  '¥3,200.50',
  '2024年3月5日',
  '2024-03-05 14:30:15',
  '年化36%，日息0.05%',
  '合同编号HT2024030512345',
  '订单号 2024030512345678901',
  '工单号：6222021234567890128',
  '分12期',
  '请拨打95188或95555',
  '96110 反诈专线',
  '400-000-1564',
  '4008-123-456',
  '800-820-8820',
  '10086 12315 12378 12381 110',
  '1065795555 发来短信',
  '10690000123456',
  '1'.repeat(30),
  '13812345678901234567890123',
  '20240305',
  '身份证11010519491231002Y',
  'v192.168.1.1.5',
  '138****5678',
  '622202******1234',
  '12345678901',
  '110105194913310021',
];

describe('number recognizer', () => {
  it.each(POSITIVE)('%s → %s', (input, type, text) => {
    const found = only(input);
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe(type);
    if (text) expect(found[0]?.text).toBe(text);
  });

  it.each(NEGATIVE)('reports nothing in %s', (input) => {
    expect(only(input)).toEqual([]);
  });

  it('splits space-separated phones instead of gluing them', () => {
    expect(only('13812345678 13987654321').map((e) => e.text)).toEqual(['13812345678', '13987654321']);
  });

  it('reads each field of a CSV row on its own, and still not the thousands of an amount', () => {
    const row = '姓名,手机号,身份证号,逾期金额\n张柏霖,19273513889,610113198604280208,¥1,956.26';
    expect(only(row).filter((e) => e.type !== 'name')).toEqual([
      { type: 'mobile', text: '19273513889' },
      { type: 'id_card', text: '610113198604280208' },
    ]);
    expect(only('逾期金额¥87,325.59，共计1,234,567元')).toEqual([]);
  });

  it('a reference word on the line above (a CSV header) does not make the number a reference', () => {
    expect(only('逾期金额\n13812345678')).toEqual([{ type: 'mobile', text: '13812345678' }]);
    expect(only('订单号 13812345678')).toEqual([]);
  });

  it.each([
    ['Account No. / 账号：6259665443264788', 'bank_card', '6259665443264788'],
    ['Card No. 6222 0212 3456 7890 123', 'bank_card', '6222 0212 3456 7890 123'],
    ['联络电话 Contact No.：+61235087376', 'foreign_phone', '+61235087376'],
  ] as const)('the "No." of %s belongs to the personal cue, not to a reference', (input, type, text) => {
    expect(only(input)).toEqual([{ type, text }]);
  });

  it('a checksum failure is an id_card only with ID context, at lower score', () => {
    const bare = detectPii('110105194912310021').filter((e) => e.type === 'id_card');
    const cued = detectPii('身份证号110105194912310021').filter((e) => e.type === 'id_card');
    expect(bare).toHaveLength(0);
    expect(cued[0]?.score).toBeLessThan(0.9);
  });

  it('a Luhn failure is still a card when context says so, with a lower score than a Luhn pass', () => {
    const pass = detectPii('卡号6222021234567890128')[0];
    const fail = detectPii('卡号6222021234567890123')[0];
    expect(pass?.type).toBe('bank_card');
    expect(fail?.type).toBe('bank_card');
    expect(fail?.score ?? 1).toBeLessThan(pass?.score ?? 0);
  });
});
