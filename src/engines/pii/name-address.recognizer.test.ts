import { describe, expect, it } from 'vitest';
import { detectPii } from './pii.engine.js';

const names = (s: string): string[] => detectPii(s, { types: ['name'] }).map((e) => e.text);
const addresses = (s: string): string[] => detectPii(s, { types: ['address'] }).map((e) => e.text);

describe('name recognizer', () => {
  it.each([
    ['我叫王小明，手机号见附件', ['王小明']],
    ['联系人：欧阳娜娜', ['欧阳娜娜']],
    ['借款人张伟逾期三个月', ['张伟']],
    ['客户经理李娜说可以减免', ['李娜']],
    ['催收员赵强在晚上打电话', ['赵强']],
    ['请联系李秀英女士', ['李秀英']],
    ['找到了张伟经理', ['张伟']],
    ['户名：司马相如', ['司马相如']],
    ['聯繫人：陳靜，電話', ['陳靜']],
    ['我母亲王秀英今年七十岁', ['王秀英']],
    ['My name is John Smith.', ['John Smith']],
    ['Name: Emily Chen', ['Emily Chen']],
    ['Dear Mr. Brown,', ['Brown']],
  ])('%s', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });

  it.each([
    '我玩王者荣耀充值了',
    '客服马上就回复了',
    '本人向贵公司投诉高利贷',
    '我是高利贷受害者',
    '客户的黄金周末白条金额',
    '本人于2024年借款',
    '请王经理回电',
    '张某打来电话',
    '我是江苏人，',
    'I am Very angry',
    '黄金价格上涨',
  ])('no name in %s', (input) => {
    expect(names(input)).toEqual([]);
  });
});

describe('address recognizer', () => {
  it.each([
    ['家住广东省广州市天河区体育西路191号中石化大厦B座2单元1203室，', '广东省广州市天河区体育西路191号中石化大厦B座2单元1203室'],
    ['地址：朝阳区建国路88号院3号楼', '朝阳区建国路88号院3号楼'],
    ['臺北市大安區忠孝東路四段100號5樓', '臺北市大安區忠孝東路四段100號5樓'],
    ['他们去了新疆维吾尔自治区和田市五一路353号找我', '新疆维吾尔自治区和田市五一路353号'],
    ['湖南怀化市城关区红旗镇新塘村3组', '湖南怀化市城关区红旗镇新塘村3组'],
  ])('%s', (input, expected) => {
    expect(addresses(input)).toEqual([expected]);
  });

  it.each(['我在上海工作', '广州的天气很热', '北京市', '阿里巴巴的客服', '一路上都在打电话'])('no address in %s', (input) => {
    expect(addresses(input)).toEqual([]);
  });
});
