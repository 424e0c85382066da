// Measure units and classifiers that follow a figure, in clean (simplified) script. Longest match wins, so
// `人次` beats `人` and `千瓦时` beats `千瓦`. The unit reported is the original text of the match (個 stays 個).
/** Places counted (`3个省`, `12市`), which also open words (`市民`): a hotline named after them is still named so. */
export const PLACE_UNITS: readonly string[] = ['省', '市', '县', '区', '乡', '镇', '村', '国', '城', '地'];

export const UNITS: readonly string[] = [
  // people and households (and person-days of a stay: `累计过夜235.8万人天`)
  // 人年 (person-years), but not the 年 of 年增 / 年减 / 年均 / 年底 after a head count
  '人次', '乘次', '人天', '人年!增减均底末初中度来以前后内', '户次', '人', '户', '名', '位', '口', '岁', '周岁',
  // money (万元/亿元 fold their magnitude into the value; the unit is what remains)
  '元', '美元', '港元', '港币', '澳门元', '澳门币', '澳元', '欧元', '日元', '英镑', '韩元', '卢布', '新台币元', '新台币', '角', '分!段类别批期布享担', '港仙', '美仙',
  // classifiers
  '个月', '个', '场次', '班次', '航次', '件次', '项次', '家次', '台次', '辆次', '艘次', '家', '所', '校!区长园友内外际庆训舍车', '园!区林艺地长所丁博', '座', '台', '辆', '架次', '架', '列次', '社!区会团员保交长', '艘', '列', '件', '套', '项', '条', '张', '次', '起', '宗', '例', '笔', '单',
  // (video channels, `摄像机2.1万路`; not a road's 路段, 路口)
  '路!段口线径面网费由上边灯况演桥公车汽', '标箱', '间', '双', '对', '栋', '幢', '宅!基', '层', '片', '块', '根', '支', '枚', '面!积貌向临对上下前世试料条粉包膜孔', '点!钟半多整', '颗', '粒', '瓶', '袋', '包', '盒', '箱', '份', '册次', '册', '本', '篇', '部门', '部', '首', '场', '档', '批次', '剂次', '剂', '旅次', '通',
  '批', '处', '类', '种',
  // plots of land, works of art (`推出十二幅住宅用地`; not 幅度, 幅员); Hong Kong's flats (`落成量為2.24萬伙`; not 伙食, 伙伴)
  '幅!度员', '伙!食计伴房同',
  // museums, libraries, halls counted (`兩館合計`; not 馆长, 馆藏)
  '馆!长藏内外区际舍',
  // basis points of a rate (`下调10至25基点`)
  '基点',
  // stations counted (`公共自行车站点由62站增加到186站`; not 站长, 站台, 站务, 站点)
  '站日', '站!长台务点内外', '头', '只', '羽', '棵', '株', '盏', '棒', '亩次', '亩', '公顷', '床日', '间夜!间晚里班', '人夜!间晚里班校市宵总景游', '床', '轮', '趟', '班', '车次', '航班', '门', '道', '届', '期', '票', '股', '手!机术续段工',
  ...PLACE_UNITS,
  // time
  // 晚, 夜: nights of a stay (平均留港3.3晚, 平均停留7.1夜), not 晚上 / 晚间 / 晚会 / 夜间 / 夜市 / 夜校
  '小时', '学时', '课时', '分钟', '秒', '天', '日历天', '日', '晚!上间会饭报霞年期点安', '夜!间晚里总市景校班宵游', '周年', '周', '年', '月', '季', '工作日',
  // weight, length, area, volume, energy
  // energy in tonnes of standard coal is one unit, as 吨公里 is (read as 吨 when figures are related)
  '吨标准煤', '公斤标准煤', '千克标准煤', '吨', '公吨', '公斤', '千克', '克', '毫克', '微克', '斤', '公里', '千米', '米', '厘米', '毫米', '平方米', '平方公里', '平方千米', '立方米', '万立方米', '立方公尺', '平方公尺', '公尺',
  '千升', '升', '毫升', '太焦耳', '兆焦耳', '千焦耳', '焦耳', '千瓦时', '千瓦小时', '千瓦', '马力', '瓩', '兆瓦时', '兆瓦', '吉瓦时', '吉瓦', '瓦', '千伏', '度', '标准箱', '吨公里', '人公里', '座公里', '车公里', '客公里', '座位公里', '公顷', '摄氏度', '℃', '°C', '℉', '°F',
];

/** Latin units that may follow a figure (5kg, 3km). Any other Latin letter after a figure makes it a code (5G, 5A级). */
export const LATIN_UNITS: readonly string[] = ['kg', 'km', 'cm', 'mm', 'm', 't', 'kW', 'kWh', 'MW', 'MWh', 'GW', 'GWh', 'TW', 'TWh', 'kVA', 'MVA', 'mg', 'g', 'ml', 'mL', 'L', 'GB', 'TB', 'MB', 'km2', 'm2', 'm3', 'Mbps', 'Gbps', 'kbps', 'TEU',
  // computing power
  'EFLOPS', 'PFLOPS', 'TFLOPS'];

/** Currency signs written before a figure, and the unit they give. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['HK$', '港元'], ['US$', '美元'], ['NT$', '元'], ['¥', '元'], ['￥', '元'], ['$', '美元'], ['€', '欧元'], ['£', '英镑'],
];
