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
    // Cue-less full names: given-name prior, dictionary boundaries and context.
    ['我跟袁静早就不来往了', ['袁静']],
    ['张佳慧是我大学室友', ['张佳慧']],
    ['查查彭鳳霞這個人', ['彭鳳霞']],
    ['金志刚、王凯琳夫妇名下', ['金志刚', '王凯琳']],
    ['找到陈欣然以后，她承认了', ['陈欣然']],
    // Latin names in forms and sign-offs.
    ['Debtor: HAN XIAOHONG; Address', ['HAN XIAOHONG']],
    ['I, Tony Wong, authorise TANG Ka-yan to handle', ['Tony Wong', 'TANG Ka-yan']],
    ['Hi team, Chu Kwok Kwok from compliance here.', ['Chu Kwok Kwok']],
    ['The borrower ZhengJianguo reported', ['ZhengJianguo']],
    ['Customer: Sure, it is', []],
    ['Name: Emily Chen', ['Emily Chen']],
    ['Dear Mr. Brown,', ['Brown']],
    // Role and self-introduction cues.
    ['他叫王建国，是催收员', ['王建国']],
    ['办理人周强一直不接电话', ['周强']],
    ['对接人：赵敏', ['赵敏']],
    ['客服人員章建军態度惡劣', ['章建军']],
    ['收件人写的是魏雪，可我', ['魏雪']],
    ['持卡人：黄金凤，', ['黄金凤']],
    // Weak cues and links need a name-like given name that ends cleanly.
    ['我和钱颖是同事关系', ['钱颖']],
    ['谁是赵磊？？', ['赵磊']],
    ['写刘洋收。', ['刘洋']],
    ['我妈陆晓燕都六十多了', ['陆晓燕']],
    ['我是上官丽娟 上午打过电话', ['上官丽娟']],
    // Family lists, addressed and subject names, possessions.
    ['家人张伟、李娜和王芳都接到电话', ['张伟', '李娜', '王芳']],
    ['收到短信：“王小明，你的欠款已逾期', ['王小明']],
    ['张伟说他会处理', ['张伟']],
    ['我打了李强的手机', ['李强']],
    ['我找过夏慧主任', ['夏慧']],
    // Latin-letter names after English and Chinese cues.
    ['my mother, Mary Chan, was called', ['Mary Chan']],
    ['Your agent Peter Wong said so', ['Peter Wong']],
    ['Dear Mr. Lau,', ['Lau']],
    ['联系人：Zhang Wei', ['Zhang Wei']],
    ['Signed: Chan Tai-man', ['Chan Tai-man']],
    // Any label ending in a role or name word, then a colon; OCR spacing; Traditional.
    ['调查员：孔德胜\n日期', ['孔德胜']],
    ['收 件 人：冼国栋', ['冼国栋']],
    ['聯絡人姓名：鈕嘉欣，電話', ['鈕嘉欣']],
    ['承办人员：李明', ['李明']],
    // Role endings without a colon; surnames that are also everyday characters after a role.
    ['维修员靳永顺打电话说', ['靳永顺']],
    ['举报人满秋云，举报渠道', ['满秋云']],
    // Transcript speaker labels and SMS salutations after a sender's tag.
    ['客服：请稍等\n樊立新：好的', ['樊立新']],
    ['[群聊] 韦晓峰：谁还被催过', ['韦晓峰']],
    ['坐席：核实中\n卢美玲（家属）：快点', ['卢美玲']],
    ['【某某金融】邹文杰，您的账单已出', ['邹文杰']],
    // Given names holding a stop character, married names (冠夫姓), links.
    ['签字人：程来顺（签名）', ['程来顺']],
    ['我和苏向东是同学', ['苏向东']],
    ['担保人陈覃美华说', ['陈覃美华']],
    ['已联系柯振华本人', ['柯振华']],
    // Latin names after more English cues, upper-case surnames, lower-case pinyin, 叫.
    ['Handled by Kwok Siu-ming.', ['Kwok Siu-ming']],
    ['Our client, Daniel R. Moore, disputes', ['Daniel R. Moore']],
    ['Name: LIU Xiaodong', ['LIU Xiaodong']],
    ['wo jiao wang xiaodong', ['wang xiaodong']],
    ['那个agent叫Kevin Tsui，他说', ['Kevin Tsui']],
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
    // Everyday words that start with a surname, after cues and at clause starts.
    '我和高利贷公司交涉',
    '谁是高利贷的受害者',
    '用户应采取措施',
    '本人曾多次投诉',
    '催收人员于夜间打电话',
    '节假日客服全停了',
    '谢谢，你们辛苦了',
    '周末，请不要打电话',
    '单位的电话打爆了',
    '高兴地说',
    '还款后钱明明已经扣了',
    '公司理赔专员',
    'Dear Sir or Madam,',
    'Customer Service is bad',
    // Labels, roles and speaker lines that hold no name.
    '负责人：暂无',
    '机器人：请问您要办理什么业务',
    '处理人：高度重视此事',
    '本律师代表当事人郑重要求',
    '华东师范大学的学生',
    '员工高兴地说',
    '客服全程阴阳怪气',
    '\n安全提示：请勿转账',
    '【招商银行】尊敬的客户，您好',
    'Name: see below',
    '收款人 Beneficiary: Bank of China',
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
