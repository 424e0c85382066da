// Words and names that contain numerals but are not quantities. Checked at every position of the clean text
// (one map lookup per character); a match is skipped whole. An entry `word!x` matches `word` unless the next
// character is `x` (十分 is an adverb, 十分之一 is a fraction).
export const NOT_QUANTITIES: readonly string[] = [
  // plans, slogans, policies
  '十一五', '十二五', '十三五', '十四五', '十五五', '一带一路', '小三通', '大三通', '三农', '三北', '两不愁三保障', '两项补贴', '两个只增不减', '一户一策', '最多跑一次', '一网通办', '一卡通',
  '一件事', '一站式', '双一流', '三公', '四风', '五险一金', '三险', '两会', '两岸', '三产', '一二三产业', '四个全面', '五位一体', '三去一降一补',
  '一把手', '一线', '一流', '一体化', '一系列', '一方面', '另一方面', '三角', '长三角', '两山', '三区三州', '五一', '七一', '八一', '十一国庆',
  '三个课堂', '两个维护', '两个确立', '两个一百年', '两个百年', '六个一', '千万工程', '百千万工程', '百日千万', '四个不摘', '三元乳业', '十八洞', '四个意识', '四个自信', '三个代表', '五个振兴', '五个一', '八项规定', '五年规划', '五年计划', '五年发展规划', '五年发展计划', '一国两制',
  // groups of countries named by their number (`中亚五国`, `东盟十国`)
  '中亚五国', '东盟十国', '金砖五国', '二十国集团',
  // a reservoir's three persons responsible, the ten non-ferrous metals counted together, small reservoirs' classes
  '三个责任人', '十种有色金属', '小(1)型', '小(2)型',
  // places in Hong Kong's New Territories (`元朗八鄉`, `大埔三門仔`)
  '八乡', '三门仔',
  // a Shanghai shopping district
  '五角场',
  // 二次 as `secondary`, before what is done a second way, not a count of times (`二次供水设施`, `不再二次包装`)
  ...['包装', '供水', '污染', '开发', '创业', '分配', '装修', '事故', '伤害', '元'].map((w) => '二次' + w),
  // a Wuxi film-set park named after the Three Kingdoms (`三国城景区`), and the era itself (`三国时期`, `三国文化`)
  '三国城', '三国时期', '三国文化', '三国演义',
  // a Guangzhou neighbourhood (`白云区三元里片区`)
  '三元里',
  // visa-free transit by its hours (`144小时过境免签`), a stretch of road named by a county (`沈海高速三门段`)
  ...['72', '144', '240'].flatMap((n) => [n + '小时过境', n + '小时免签']),
  '三门段', '三门县', '三门湾',
  // vaccines by valency (`2价HPV疫苗`), relays by their legs (`4×100米接力`)
  ...['2', '4', '9', '二', '四', '九'].flatMap((n) => [n + '价HPV', n + '价疫苗', n + '价宫颈癌疫苗']),
  '4×100米', '4×400米', '4x100米', '4x400米',
  // a district of Tainan (`七股區虱目魚產量`)
  '七股区', '七股乡',
  // an insurer's persistency ratios, named by the policy month they are measured at (`13个月保单继续率`)
  ...['13', '25', '37', '49', '十三', '二十五'].flatMap((n) => [n + '个月保单继续率', n + '个月继续率']),
  // the Shanghai and Shenzhen exchanges taken together (`沪深两市融资融券余额`), and a Taiwan hill town (`九份、日月潭等景點`,
  // `九份老街`: not nine portions when followed by a list mark or its sights)
  '沪深两市', '九份、', '九份老街', '九份山城',
  // a Macau waterfront (`十六浦`)
  '十六浦',
  // Taiwan's stimulus vouchers, named by their multiple of what is paid (`振興五倍券`)
  '五倍券', '三倍券',
  // a rate's base with no 每 before it, as safety statistics name it (`工矿商贸就业人员十万人生产安全事故死亡率`)
  '十万人生产安全事故死亡率', '十万人死亡率',
  // households by their number of members (`一人户`, `二人户`)
  // (or `三人住户`, `四人家庭` in Hong Kong's income tables by household size)
  '一人户', '二人户', '两人户', '三人户', '四人户', '五人户', '六人户',
  ...['一', '二', '两', '三', '四', '五', '六'].flatMap((n) => [n + '人住户', n + '人家庭', n + '人家庭住户']),
  // state firms by function (`商业一类企业`, `商业二类企业`)
  '商业一类', '商业二类',
  // areas a minimum wage is set for, by class (`一类地区月最低工资标准`)
  '一类地区', '二类地区', '三类地区', '四类地区',
  // vehicles licensed in two places (`粤港两地牌`)
  '两地牌',
  // disease types: a name, not a count
  '1型糖尿病', '2型糖尿病', 'Ⅰ型糖尿病', 'Ⅱ型糖尿病',
  '十一黄金周', '十一假期', '十一长假', '双十一', '双11', '双12', '双十二', '一老一小', '三孩', '两新一重', '三区三线', '六稳六保',
  // party congresses and plenums: 党的二十大, 二十届三中全会
  '十六大', '十七大', '十八大', '十九大', '二十大', '二十一大', '十一届', '十二届', '十三届', '十四届', '十五届', '十六届', '十七届', '十八届', '十九届', '二十届',
  '一中全会', '二中全会', '三中全会', '四中全会', '五中全会', '六中全会', '七中全会', '五四运动', '九三学社', '三八妇女节',
  // idioms and function words
  '千万不要', '千万别', '千万要', '千万不能', '千万不可', '万万不可', '万万没想到', '一举两得', '九牛一毛', '一成不变', '十分!之', '一一',
  '三三两两', '千方百计', '千家万户', '千千万万', '万无一失', '一五一十', '三番五次', '七上八下', '乱七八糟', '四面八方', '五花八门', '一心一意',
  '百姓', '百货', '百科', '百花', '百强', '千里', '万众', '万物', '万里', '亿万', '千亿级', '万亿级', '百亿级', '零售', '零部件', '零件', '零星',
  '零距离', '零风险', '零容忍', '零增长', '一切', '一律', '一旦', '一同', '一道', '一边', '一起', '一再', '一向', '一代', '一手', '一度', '一致',
  '一直', '一定', '一般', '一样', '一些', '一批', '一时', '一下', '统一', '唯一', '之一', '万一', '两手', '两翼', '四季', '三亚',
  '三明', '三门峡', '九江', '六安', '万宁', '千岛湖', '百色', '二连浩特', '四平', '五指山', '九龙', '三峡', '七台河', '十堰', '六盘水', '九寨沟', '九台', '八步',
  '万州', '五台山', '八达岭', '万达', '三星', '四川', '十字路口', '三台县',
  // Jiufen, a Taiwan hill town named by its old street (九份 alone may be nine portions)
  '九份老街', '九份山城',
  // spending after the ticket, a tourism term (`二次消费占比`)
  '二次消费',
  // formal numerals (陆 = 6, 叁 / 参 = 3) in ordinary words: 陆地面积, 陆续, 参与
  '陆地', '陆路', '陆续', '陆运', '陆军', '陆海', '陆域', '陆上',
  // Entries start at their first numeral (`二连三` of 接二连三): the scan looks words up only where a character can
  // start something, and a common first character such as 中 or 上 would make it look at every one.
  '五湖四海', '四通八达', '七嘴八舌', '十全十美', '三心二意', '一清二楚', '二连三', '三言两语', '一石二鸟', '一无二', '一模一样',
  '千上万', '百上千', '三七二十一', '万紫千红', '千军万马', '二十四节气', '三百六十行',
  // a second home, a National Day, this year and the next: names and periods (`二套住房`, `雙十國慶`, `今明兩年`)
  '二套住房', '二套房', '首套住房', '双十国庆', '双十节', '今明两年',
  // the reference period of a rolling rate (`與上一個三個月期間相同`)
  '三个月期间',
  // a subsidy passbook (`惠农补贴“一折通”`)
  '一折通', '一卡通',
  // round-the-clock service: 7×24小时
  '7×24', '7*24', '7x24',
  // phases and terms: 二期工程, 三次产业, “十一”黄金周, 两年平均增长, 两位数增长
  '四类重点对象', '三次产业', '十一”黄金周', '十一”假期', '十一”长假', '十一”国庆', '十一”出游', '十一”期间', '十一」黄金周', '十一」假期', '十一」长假', '十一」国庆', '十一』黄金周',
  '两年平均', '三年平均', '两位数', '三位数', '九年义务教育', '一期作', '二期作', '九年一贯制', '十二年一贯制', '三年巩固率', '九年巩固率', '十二年义务教育', '十五年教育', '三个一批', '两个确保', '两个毫不动摇',
  '三四线', '二手', '十年树木', '百年树人', '三年行动', '五年行动', '三年攻坚', '三年计划', '学前三年',
  // a phase of a line or a project, opened or built (`地铁3号线二期开通运营`), or of rules (`“偿二代”二期规则`)
  ...['一期', '二期', '三期', '四期', '五期', '六期', '七期', '八期'].flatMap((phase) => ['开通', '通车', '建成', '投产', '投运', '竣工', '开工', '启用', '扩建', '工程', '项目', '规则', '标准', '建设'].map((verb) => phase + verb)),
  // households watched against falling back into poverty (`三类户`, `三类对象`)
  '三类户', '三类对象', '三类人群',
  // a drug's registration class (`1类创新药`)
  ...['1', '2', '3', '4', '5'].flatMap((n) => [n + '类创新药', n + '类新药']),
  // a school's length of study, a kind of programme (`“3+2”五年制高职`, `四年制本科`)
  ...['二', '两', '三', '四', '五', '六', '七', '八', '2', '3', '4', '5', '6', '7', '8'].map((n) => n + '年制'),
  // national service hotlines named with what they serve (`12333人社服务热线`, `12345政务服务便民热线`)
  // (and the railway's ticketing platform, `12306数据显示`)
  ...['12333', '12345', '12315', '12320', '12338', '12348', '12355', '12366', '12369', '12378', '12351', '12306'].flatMap((n) => [n + '人社', n + '热线', n + '政务', n + '服务', n + '便民', n + '投诉', n + '数据', n + '平台', n + '网站', n + '客服', n + '购票']),
  // generations: 90后, 00后
  '60后', '70后', '80后', '85后', '90后', '95后', '00后', '05后', '10后',
  // rankings: 世界500强, 中国100强
  '500强', '100强', '50强', '20强', '10强',
];

/** Standards: `GB/T 15835-2011`, `ISO 9001`, `IFRS 17`: the letters and the number after them are one code. */
export const STANDARD_PREFIXES: readonly string[] = ['GB/T', 'GB/Z', 'GB', 'ISO', 'IATF', 'IEC', 'JGJ', 'HJ', 'DB', 'YY', 'QB', 'NY', 'SL',
  // accounting standards (`IFRS 17`, `IAS 39`, `HKFRS 9`)
  'IFRS', 'IAS', 'HKFRS'];

/** Labels after which digits are a code, not an amount (`邮编650021`, `联系电话：0871-63218800`). */
export const CODE_LABELS: readonly string[] = [
  '邮编', '邮政编码', '电话', '传真', '热线', '专线', '区号', '手机', '手机号', '编号', '代码', '代号', '工号', '账号', '帐号', '卡号', '身份证号',
  '证号', '文号', '批准文号', '许可证号', '车牌号', '房号', '门牌号', 'QQ', '微信号', '案号', '标案编号', '订单号',
  // a customs commodity code (`HS编码8542`)
  // (or HS and the code in brackets after a commodity's name: `電子集成電路（HS 8542）`)
  'HS编码', '商品编码', '海关编码', '税则号', '税则号列', '税号', 'HS',
  // a table or figure referred to (`见表3`)
  '见表', '附表', '详见表', '如表', '见图', '如图',
  // index and road names: 沪深300, 中证500, 国道318
  '沪深', '中证', '上证', '深证', '科创', '创业板', '国道', '省道', '县道',
];

/** Last characters of a road's name: a number after one and before 号 is a street number (`深南大道8008号`). */
export const ROAD_ENDS: readonly string[] = ['路', '街', '道', '巷', '弄', '里'];

/** Rooms named by a number (`405会议室`). */
export const ROOM_WORDS: readonly string[] = ['会议室', '教室', '办公室', '报告厅', '房间'];

/** Words after a score (`以3比1战胜`, `2:1击败`). */
export const SCORE_NEXT: readonly string[] = ['战胜', '击败', '获胜', '取胜', '力克', '战平', '告负', '负于', '胜出', '的比分'];

/** Words after two adjacent numerals with no unit that make them the names of grades or classes, not an amount:
 *  `三四级手术` (grade-3 and grade-4 operations), `一二级医院`, `四五星级酒店`, `二三产业` (the secondary and tertiary
 *  industries). A scale with a unit of its own stays an amount (`七八级大风` is not listed: wind force is measured). */
export const GRADE_NAME_WORDS: readonly string[] = ['级手术', '级医院', '级公立医院', '级综合医院', '级公路', '级城市', '级机构', '级风险', '级响应',
  '星级', '星', '产业', '产', '类'];

/** A chip process is named by its node (`3奈米製程`, `5纳米工艺`, `7奈米占17%`): a name, not a length, where one of
 *  CHIP_WORDS stands within CHIP_CONTEXT characters. */
export const PROCESS_NODE_UNITS: readonly string[] = ['纳米', '奈米'];
export const CHIP_WORDS: readonly string[] = ['制程', '工艺', '芯片', '晶圆', '晶片', '半导体'];
export const CHIP_CONTEXT = 80;
