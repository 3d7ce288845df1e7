import { describe, expect, it } from 'vitest';
import { protectiveAdvice } from './protective.signals.js';
import { normalizeText } from './text-normalize.js';

const of = (text: string): string | null => protectiveAdvice(normalizeText(text));

describe('protectiveAdvice', () => {
  it.each([
    ['那个自称警察的人是骗子，你别理他', '你别理'],
    ['爸，千万别转钱，我手机没丢', '千万别转'],
    ['短信让我点链接领补贴，我没点', '我没点'],
    ['本行不会以任何理由要求您提供验证码', '不会以任何理由要求您提供'],
    ['媽，剛才那個視頻不是我！你千萬別匯款', '视频不是我!'],
    ["Mum, that message was not me. Don't send any money.", 'that message was not me'],
    ['Someone called about my accident; that is a scam, do not transfer anything', 'that is a scam'],
    ['最近有人冒充医保局打电话，医保局和警察都不会这样，接到就挂', '都不会这样'],
    ['“点赞关注一单3元”——刷单返利的每一句都是套路', '都是套路'],
    ['卖家：还是走平台吧，不用私下转，出了问题平台能介入', '不用私下转'],
    ['工资卡要本人去网点办理，卡号和密码不要发给任何人，包括我', '卡号和密码不要发给任何人'],
    ['Chinese police never contact citizens abroad by WhatsApp to handle cases', 'never contact'],
    ['Students have reported calls from people claiming to be immigration officers', 'have reported calls'],
    ['A caller who asks you to move savings to a safe account is always a scam', 'is always a scam'],
    ['If someone says your parcel held customs money, hang up and call 110', 'hang up and call'],
  ])('finds the warning in %s', (text, phrase) => {
    // The leftmost warning phrase is the evidence.
    expect(of(text)).toBe(normalizeText(phrase));
  });

  it.each([
    '请将验证码发给我，不要告诉家人',
    '您的账户涉嫌洗钱，请立即转入安全账户配合调查',
    '先交500元保证金，额度马上到账',
    'Send the code you received now, do not tell anyone.',
    '这件事不要告诉任何人，先把钱转到安全账户',
    '加我微信私下交易，比平台便宜两百',
    "This is the bank's security team, please don't hang up and read me the code",
  ])('finds none in a scam that asks: %s', (text) => {
    expect(of(text)).toBeNull();
  });
});
