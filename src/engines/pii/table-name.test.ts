import { describe, expect, it } from 'vitest';
import { detectPii } from './pii.engine.js';
import { dottedNameEnd } from './table-name.js';

const names = (text: string): string[] => detectPii(text).filter((e) => e.type === 'name').map((e) => e.text);

describe('names marked by layout', () => {
  it('reads every cell of a name column in Markdown, CSV with quotes, TSV and SQL output', () => {
    expect(names('| 序号 | 客户姓名 | 处理状态 |\n| --- | --- | --- |\n| 1 | 管峰 | 已回访 |\n| 2 | 罗海龙 | 待处理 |')).toEqual(['管峰', '罗海龙']);
    expect(names('"name","city"\n"Fatima Mansour","Kuala Lumpur"\n"MA Haimei","Shenzhen"')).toEqual(['Fatima Mansour', 'MA Haimei']);
    expect(names('催收员\t工号\t外呼次数\n杨柳\tCS0192\t37\n冯晓雪\tCS0208\t52')).toEqual(['杨柳', '冯晓雪']);
    expect(names('id | name | phone\n4471 | 張吉祥 | 010-1234\n4472 | 吳勝男 | 020-5678')).toEqual(['張吉祥', '吳勝男']);
  });

  it('ends the column where the table ends, and leaves cells that are not names', () => {
    expect(names('姓名,金额\n王芳,3000\n\n客服,电话\n处理中,已完成')).toEqual(['王芳']);
    expect(names('| 姓名 | 状态 |\n| --- | --- |\n| 已注销 | 是 |')).toEqual([]);
  });

  it('reads the cell after a person row label', () => {
    expect(names('坐席,鲍布和,得分,86\n坐席,俞成浩,得分,71')).toEqual(['鲍布和', '俞成浩']);
  });

  it('does not split prose that merely uses a label word', () => {
    expect(names('客户反映，催收电话太多，希望尽快处理。')).toEqual([]);
  });

  it('finds dotted transliterated names in prose, not dotted place names', () => {
    expect(names('我妈叫玛依拉·玉素甫她今年七十多了')).toEqual(['玛依拉·玉素甫']);
    expect(names('我不认识阿斯哈尔•哈力木，别再打了')).toEqual(['阿斯哈尔•哈力木']);
    expect(names('欢迎来到中国·上海国际博览会')).toEqual([]);
    expect(dottedNameEnd('杭州·西湖', 0)).toBe(-1);
  });

  it('finds a Chinese name after an English label of a bilingual form', () => {
    expect(names('投訴表格\n姓名 Name：林淑芬\n事由 Details：信用卡被盜用')).toEqual(['林淑芬']);
    expect(names('紧急联系人 Emergency Contact：古丽米拉·库尔班')).toEqual(['古丽米拉·库尔班']);
  });
});
