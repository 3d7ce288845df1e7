/** Values that look like numbers or identifiers but are not personal data: they must stay unmasked. */
import type { Prng } from './prng.js';

export type DecoyKind = 'amount' | 'date' | 'time' | 'rate' | 'reference' | 'instalments' | 'service_number';

export function decoy(r: Prng, kind: DecoyKind): string {
  switch (kind) {
    case 'amount':
      return r.pick([
        `${r.int(1, 99) * 100}元`,
        `¥${r.int(1, 99)},${r.digits(3)}.${r.digits(2)}`,
        `${r.int(100, 99999)}.${r.digits(2)}元`,
        `人民币${r.int(1, 500)},${r.digits(3)}元`,
        `${r.int(1, 20)}万元`,
        `RMB ${r.int(1000, 90000)}`,
      ]);
    case 'date': {
      const y = r.int(2019, 2025);
      const m = r.int(1, 12);
      const d = r.int(1, 28);
      const mm = String(m).padStart(2, '0');
      const dd = String(d).padStart(2, '0');
      return r.pick([`${y}年${m}月${d}日`, `${y}-${mm}-${dd}`, `${y}/${mm}/${dd}`, `${y}.${mm}.${dd}`, `${y}${mm}${dd}`]);
    }
    case 'time':
      return r.pick([`${r.int(0, 23)}:${r.digits(1)}${r.int(0, 9)}`, `晚上${r.int(9, 11)}点`, `凌晨${r.int(1, 5)}点${r.int(10, 59)}分`, `${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}`]);
    case 'rate':
      return r.pick([`年化${r.int(10, 36)}%`, `日息0.0${r.int(1, 9)}%`, `月利率${r.int(1, 3)}.${r.int(0, 9)}%`, `${r.int(18, 36)}.${r.int(0, 9)}%`, `APR ${r.int(15, 36)}%`]);
    case 'reference':
      return r.pick([
        `订单号${r.int(2019, 2025)}${r.digits(14)}`,
        `合同编号HT${r.int(2019, 2025)}${r.digits(8)}`,
        `工单号GD${r.digits(10)}`,
        `投诉编号 ${r.digits(16)}`,
        `借据号：${r.digits(19)}`,
        `交易流水号${r.digits(18)}`,
        `订单编号：${r.pick(['62', '13', '44'])}${r.digits(16)}`,
        `快递单号SF${r.digits(12)}`,
      ]);
    case 'instalments':
      return r.pick([`${r.pick([3, 6, 12, 24, 36])}期`, `第${r.int(1, 12)}期`, `分${r.pick([6, 12, 24])}期`]);
    case 'service_number':
      return r.pick([
        `955${r.digits(2)}`, `95${r.int(1, 9)}${r.digits(3)}`, `96${r.digits(3)}`, '96110', '12378', '12381', '12315', '110',
        '10086', '10010', '10000', '400-000-1564', `4008-${r.digits(3)}-${r.digits(3)}`, `400${r.digits(7)}`,
        `800-${r.digits(3)}-${r.digits(4)}`, `10657${r.digits(r.int(3, 8))}`, `1069${r.digits(r.int(4, 10))}`, `10655${r.digits(4)}`,
      ]);
  }
}
