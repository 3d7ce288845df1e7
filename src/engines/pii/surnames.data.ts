/** Chinese surnames for the name recognizer (Simplified; Traditional matches via folding). */

/** Common single-character surnames (the ~230 most frequent cover > 95% of the population). */
export const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝';

export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒',
  '夏侯', '轩辕', '令狐', '端木', '独孤', '南宫', '西门', '百里', '呼延', '澹台', '公冶', '太史',
  '申屠', '钟离', '闻人', '赫连', '万俟', '濮阳', '第五',
] as const;

/**
 * Less frequent surnames (百家姓 and regional ones such as 赖/洪). Kept apart from SINGLE_SURNAMES
 * and COMPOUND_SURNAMES, whose order the evaluation generators depend on. Surnames that are also
 * very common word-initial characters (怀疑, 暴力, 权益, 展期, 融资 …) are left out: they would make
 * more everyday words look like names than they would find real names.
 */
export const EXTRA_SINGLE_SURNAMES =
  '赖洪郁储蔺晁阎茅杭诸嵇滑荀羊麴封芮羿汲邴糜井弓牧隗宓蓬郗仰伊钭戎韶郜蓟邰鄂咸屠胥苍闻莘贡逄扈燕冀郏浦慕茹宦庾暨匡阙殳沃蔚夔厍訾阚毋乜鞠蒯荆竺逯桓谌佴丘笪郦冼钮鄢揭亓邗仉缑萧粟伏盖傅奚栗厉仝畅晋狄谈班皮';

/**
 * Surnames that are first of all everyday characters (和解, 年化, 区域, 满意, 权益, 战略, 操作, 练习,
 * 税费, 衣服, 豆瓣, 幸好, 楼下): trusted only right after a cue that names a person outright,
 * such as a form label ("反映人：练岚"), never after links, titles or at a clause start.
 */
export const STRONG_CUE_ONLY_SURNAMES = '和年区满权战操练税衣豆幸楼强凤位';

export const EXTRA_COMPOUND_SURNAMES = [
  '左丘', '东郭', '公羊', '拓跋', '完颜', '宗政', '淳于', '单于', '太叔', '仲孙', '鲜于', '闾丘', '司空',
  '亓官', '司寇', '颛孙', '公良', '漆雕', '乐正', '宰父', '谷梁', '段干', '东门', '公西', '梁丘', '羊舌',
  '微生', '巫马', '南门', '归海',
] as const;

/**
 * Surnames whose character far more often starts an everyday word ("于夜间", "全停了", "查账单",
 * "安排", "管管"): after any cue their given name must look like one (given-names.data.ts).
 */
export const FUNCTION_WORD_SURNAMES = '于向全曾应单常关查管简费麻安成时万余付解连路尚';

/**
 * Everyday words that start with a surname character and often follow a name cue
 * ("客户马上…", "本人向…"); a candidate starting with one of them is not a name.
 */
export const NOT_NAME_WORDS = [
  '王者', '马上', '黄金', '周末', '白条', '金额', '高利贷', '高额', '高息', '高炮', '方便', '方式',
  '方法', '方面', '万元', '万一', '周期', '周转', '平安', '安全', '安排', '常规', '常常', '钱包', '钱款',
  '于是', '司法', '包括', '包含', '时间', '时候', '明天', '明细', '明确', '程序', '任何', '全部', '全额',
  '关于', '关系', '双方', '向我', '向你', '向您', '向贵', '向银', '向平', '向公', '向法', '花呗', '何时',
  '文明', '陆续', '金融', '余额', '余款', '解决', '解释', '解冻', '管理', '曾经', '尚未', '费用', '费率',
  '应该', '应当', '应还', '单位', '单号', '车贷', '车辆', '房贷', '房子', '房租', '严重', '严格', '成功',
  '成本', '华为', '云闪付', '申请', '申诉', '信息', '付款', '付钱', '苏宁', '京东', '于20', '于19',
  '路上', '路费', '商品', '商家', '师傅', '全国', '康复', '温馨', '齐全', '连续', '毕业', '简单', '吉祥',
  '甘心', '宁愿', '宁可', '邵阳', '季度', '谷歌', '农行', '农业', '农村', '景区', '党员', '宫颈',
  '卫生', '米面', '戚属', '姬发', '仇恨', '商量', '沙发', '荣誉', '童年', '成为', '成都', '安徽',
  '江苏', '江西', '湖南', '湖北', '广东', '广州', '山东', '河南', '黄山', '石家庄', '宁波', '宁夏',
  '武汉', '长沙', '贺卡', '龙岩', '和平', '易贷', '钟头', '柯南', '冷静', '项目', '史上', '古代',
  '熊孩子', '牛逼', '左右', '尤其', '焦虑', '游戏', '蒙受', '连带', '麦当劳', '柴米', '路径', '农民', '学生',
  '谢谢', '黄牛', '宋体', '汤圆', '顾客', '冷笑', '阳光', '卫星', '武功', '卓越', '史诗', '叶子', '金刚', '王朝',
  '雷达', '陆军', '胡说', '胡子', '胡同', '关怀', '温泉', '陈列', '陈述', '许可', '杜绝', '祝贺', '师生', '白领',
] as const;
