import { describe, expect, it } from 'vitest';
import { detectPii } from './pii.engine.js';
import type { PiiType } from './pii.types.js';

const CASES: Array<[input: string, type: PiiType | null, text?: string]> = [
  ['邮箱 wang.xm@example.com。', 'email', 'wang.xm@example.com'],
  ['mail: li_na+loan@corp-mail.cn', 'email', 'li_na+loan@corp-mail.cn'],
  ['登录IP 192.168.1.10 异常', 'ip', '192.168.1.10'],
  ['fe80::1ff:fe23:4567:890a', 'ip', 'fe80::1ff:fe23:4567:890a'],
  ['2001:db8:0:0:0:0:2:1', 'ip', '2001:db8:0:0:0:0:2:1'],
  ['车牌京A12345停在楼下', 'license_plate', '京A12345'],
  ['粤B·D12345', 'license_plate', '粤B·D12345'],
  ['滬C88888', 'license_plate', '滬C88888'],
  ['微信号：wxid_abc123，', 'account_id', 'wxid_abc123'],
  ['QQ 123456789', 'account_id', '123456789'],
  ['支付宝账号 zhang_san88', 'account_id', 'zhang_san88'],
  ['| 微信 | zhang76823 |', 'account_id', 'zhang76823'],
  ['{"wx":"wxid_x5787"}', 'account_id', 'wxid_x5787'],
  ['{"verified":false,"bind_qq":"7024606"}', 'account_id', '7024606'],
  ['征信不好也能下，加V happy0788', 'account_id', 'happy0788'],
  ['要他加微信happyx726处理。', 'account_id', 'happyx726'],
  ['验证码是 482913，', 'secret', '482913'],
  ['驗證碼：4829', 'secret', '4829'],
  ['密码：Abc12345.', 'secret', 'Abc12345'],
  ['PIN 1234', 'secret', '1234'],
  ['OTP is 553210', 'secret', '553210'],
  ['校验码为 661234，', 'secret', '661234'],
  ['验证码发给对方了，是6612', 'secret', '6612'],
  ['让我提供Zx94311这个code，我没给', 'secret', 'Zx94311'],
  ['123456是您的验证码', 'secret', '123456'],
  ['【某银行】您正在登录，884213，切勿告知他人', 'secret', '884213'],
  // A code answering the previous turn of a transcript; what the writer typed; pinyin cues.
  ['客服：请报一下动态码\n客户：803316', 'secret', '803316'],
  ['要我输交易密码，我输了Qwe@2024', 'secret', 'Qwe@2024'],
  ['my PIN was changed to 4471 by someone', 'secret', '4471'],
  ['mima Tt889900 bei gai le', 'secret', 'Tt889900'],
  // Codes handed over after a request: a later turn, a verb of giving or reading, card-security codes.
  ['坐席：请报一下验证码。\n客户：稍等我看一下……\n客户：768426', 'secret', '768426'],
  ['客户：你们要验证码\n客户：我已经给了，是021 842', 'secret', '021 842'],
  ['网银密码才能处理？我已经给了407992。', 'secret', '407992'],
  ['asked for my OTP, which I read out: 4890.', 'secret', '4890'],
  ['他让我念短信里的数字，我就念了183196，', 'secret', '183196'],
  ['我读咗Woaini404!，之后就发现', 'secret', 'Woaini404!'],
  ['有效期：08/27　CVN2：173', 'secret', '173'],
  ['卡背面的安全码212被他拍了照', 'secret', '212'],
  ['护照号E12345678', 'permit', 'E12345678'],
  ['港澳通行证 C12345678', 'permit', 'C12345678'],
  ['https://m.x.cn/repay?token=abc123&from=sms', 'url_token', 'token=abc123&from=sms'],
  ['www.loan.cn/a?uid=998', 'url_token', 'uid=998'],
  // negatives
  ['请发邮件到客服@', null],
  ['版本 v1.2.3.4', null],
  ['时间 12:30:45', null],
  ['京东白条', null],
  ['验证码已发送，请勿泄露', null],
  ['密码错误三次', null],
  ['客服：请输入验证码\n用户：好的', null],
  ['客服：请输入验证码\n用户：95588', null],
  ['支付密码，我输了三次都不对', null],
  ['验证码在2024年就发过了', null],
  ['驗證碼被騙，隨後賬户被轉走36000元', null],
  ['请于10分钟内有效期内操作', null],
  ['spinning 1234', null],
  ['验证码没收到，订单号是12345678', null],
  ['登录密码忘了，我的手机[PHONE#1]?', null],
  ['我念了三遍地址', null],
  ['https://www.example.com/help?lang=zh', null],
  ['E12345678', null],
  ['微信转账500元', null],
];

describe('pattern recognizers', () => {
  it('splits a WeChat id run on into the next account ("…55209QQ是806936043")', () => {
    expect(detectPii('我那个微信号是zhanglily55209QQ是806936043你们').map((e) => [e.type, e.text])).toEqual([
      ['account_id', 'zhanglily55209'],
      ['account_id', '806936043'],
    ]);
  });


  it.each(CASES)('%s → %s', (input, type, text) => {
    const found = detectPii(input);
    if (type === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((e) => e.type)).toEqual([type]);
    expect(found[0]?.text).toBe(text);
  });
});
