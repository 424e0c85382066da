// Cue words the relation finder reads, as data. All in simplified script: the finder reads the clean text.
import type { Direction } from '../relate';

/** Places and periods any figure of a text may be stated with (`全市`, `全年`): they name no subject of their own. One
 *  list for every reading that sets them aside (a label's subject, a rate's modifier, a whole of another place). */
export const PLACE_WORDS = ['全国', '全省', '全市', '全县', '全区', '全州', '全港', '全澳', '全台', '本市', '本省'];
export const PERIOD_WORDS = ['全年', '年末', '年底', '今年', '本年', '当年', '上半年', '下半年', '前三季度'];

/** Currencies written before a figure (`新台币`, `港币`), and their last characters (by code first: asked of every label). */
export const CURRENCY_BEFORE_FIGURE = /(?:新台币|人民币|港币|美元|澳门元|澳门币|日元|欧元)$/;
export const CURRENCY_LAST_CODES = new Set(Array.from('币元', (c) => c.charCodeAt(0)));

/** Words after a total that introduce its parts. */
// (`内含` some of the figure right before it: `其中县外务工A，内含跨省务工B`)
export const SUBSET_CUES = ['其中', '当中', '包括', '内含'];

/** What sits between a whole and its stated share or multiple: `26万人的143.0%`, `总数的比重为`. */
/** A target named right after its figure, before the share of it: `占全年5.2万人目标任务的P`. */
export const TARGET_OF_CUE = /^的?(?:年度|全年)?(?:目标任务|目标|任务|计划)的$/;

export const WHOLE_OF_CUES = ['的', '的比重为', '的比例为', '的比率为', '的比重', '的比例', '的比率', '的比重是', '的比例是', '的比重达到', '的比重达', '的比例达到'];

/** Words before a stated total of a preceding list (`…和144.7亿元，合计512.7亿元`). */
/** A figure named as a plan or target (`年度目标任务`, `年初预算`, what a report proposes: `施政报告提出全年兴建W`), not
 *  `一般公共预算收入` nor `中央预算内资金` (a source of money). */
export const TARGET_NAMES = /任务|目标|计划|(?<!公共)预算(?!收入|支出|内)|报告提出/;

export const TOTAL_CUES = ['合计', '合计为', '合计达', '共计', '共计为', '总计', '总计为', '总共', '合共', '共'];

/** Change verbs whose change is money (`增收3.2亿元`): written before a head count they count the people or households
 *  the money reached (`其中通过发展特色种养增收4.82万人`), which is no change of that count. */
export const MONEY_CHANGE_VERBS = new Set(['增收', '减收', '增支', '减支']);
/** Units of head counts (people, households, visits). */
export const HEAD_COUNT_UNITS = new Set(['人', '户', '人次', '家', '名']);

/** Change verbs, longest first where one ends another (提高 before 高). */
export const CHANGE_VERBS: { word: string; direction: Direction }[] = [
  { word: '增长', direction: 'up' },
  { word: '成长', direction: 'up' },
  { word: '高出', direction: 'up' },
  { word: '多出', direction: 'up' },
  { word: '增产', direction: 'up' },
  { word: '增收', direction: 'up' },
  { word: '减产', direction: 'down' },
  { word: '减收', direction: 'down' },
  // spending (`比上年的45.13亿元增支3.52亿元`)
  { word: '增支', direction: 'up' },
  { word: '减支', direction: 'down' },
  { word: '增加', direction: 'up' },
  // `比上年的7.96万人多增0.64万人`, and more of what was done (`比上年的B多减免X`, `多发放`, `多接待`)
  { word: '多增', direction: 'up' },
  { word: '多减免', direction: 'up' },
  { word: '多发放', direction: 'up' },
  { word: '多接待', direction: 'up' },
  // a net amount (`与上年的B相比，净增X`)
  { word: '净增', direction: 'up' },
  { word: '净减', direction: 'down' },
  { word: '上升', direction: 'up' },
  { word: '提高', direction: 'up' },
  { word: '提升', direction: 'up' },
  { word: '上涨', direction: 'up' },
  { word: '增多', direction: 'up' },
  { word: '扩大', direction: 'up' },
  { word: '加快', direction: 'up' },
  { word: '回升', direction: 'up' },
  // weather against the climate normal (`较常年偏高1.3℃（常年为17.6℃）`, `较常年偏少7.2%`)
  { word: '偏高', direction: 'up' },
  { word: '偏多', direction: 'up' },
  { word: '偏低', direction: 'down' },
  { word: '偏少', direction: 'down' },
  // a forecast revised (`較5月預測的2.84%上修0.42個百分點`)
  { word: '上修', direction: 'up' },
  { word: '上调', direction: 'up' },
  // a wage or price set again (`基本工資…較112年的B調高X`, `調降`)
  { word: '调高', direction: 'up' },
  { word: '调升', direction: 'up' },
  { word: '调降', direction: 'down' },
  { word: '调低', direction: 'down' },
  { word: '下修', direction: 'down' },
  { word: '下调', direction: 'down' },
  { word: '下降', direction: 'down' },
  { word: '衰退', direction: 'down' },
  { word: '放缓', direction: 'down' },
  { word: '减缓', direction: 'down' },
  { word: '减少', direction: 'down' },
  { word: '回落', direction: 'down' },
  { word: '降低', direction: 'down' },
  { word: '下滑', direction: 'down' },
  { word: '下跌', direction: 'down' },
  { word: '缩小', direction: 'down' },
  // a span of time (`平均住院日由上年的8.6天缩短至7.9天，缩短0.7天`; `延长`)
  { word: '缩短', direction: 'down' },
  { word: '延长', direction: 'up' },
  { word: '收窄', direction: 'down' },
  { word: '高', direction: 'up' },
  { word: '低', direction: 'down' },
  { word: '多', direction: 'up' },
  { word: '少', direction: 'down' },
  // Taiwan and Hong Kong shorthand: 年增 / 年減 / 較上月降
  { word: '增', direction: 'up' },
  { word: '减', direction: 'down' },
  { word: '升', direction: 'up' },
  { word: '降', direction: 'down' },
];

/** Nouns naming a change, used as `降幅为P` / `增速达P`. */
export const CHANGE_NOUNS: { word: string; direction: Direction }[] = [
  { word: '增幅', direction: 'up' },
  { word: '涨幅', direction: 'up' },
  { word: '增速', direction: 'up' },
  { word: '降幅', direction: 'down' },
  { word: '跌幅', direction: 'down' },
  { word: '升幅', direction: 'up' },
  { word: '减幅', direction: 'down' },
  // an adjustment, up or down as the levels go (`由B調升至A，調幅為P`): pushChange takes its direction from them
  { word: '调幅', direction: 'up' },
  // 增长率为25.3% after 由B增长到A; Taiwan's 年增率 / 成長率
  { word: '增长率', direction: 'up' },
  { word: '年增率', direction: 'up' },
  { word: '成长率', direction: 'up' },
  // 回落幅度为1.5个百分点: a two-character change verb and 幅度 name the change as well (增长幅度, 下降幅度 …)
  ...CHANGE_VERBS.filter((v) => v.word.length === 2).map((v) => ({ word: v.word + '幅度', direction: v.direction })),
];

/** Words that end with a change verb but name an amount or an activity, not a change against a base: 新增12万人
 *  (an amount), 其中新建2.65万亩、改造提升1.73万亩 (a kind of work). */
// (and flights' takeoffs and landings, `航班起降`, `飞机起降架次`: 降 is no fall there)
export const NOT_CHANGE_ENDINGS = ['新增', '改造提升', '巩固提升', '优化提升', '整治提升', '改建提升', '提档升级', '改扩建', '起降', '升降'];

export interface PerCapitaCue {
  cue: string;
  /** Units a count may have; empty: read it from the words after 平均. */
  countUnits: string[];
  factor: number;
  /** The count must be named with this word (每千人口 → 人口), and the total must not. */
  countLabel?: string;
  /** The total must be named with this word instead of sharing a word with the stated figure. */
  totalHint?: string;
  /** The count must stand in the average's own sentence: its unit (个) counts anything, and a count of some of the
   *  members further back (`支持112个脱贫村…。全县村级集体经济收入…，村均`) is not the average's. */
  countInSentence?: boolean;
  /** The total must be named with the average's noun (`每万人拥有5G基站` of `5G基站总数`). */
  totalNamed?: boolean;
}

/** Most specific first. */
export const PER_CAPITA_CUES: PerCapitaCue[] = [
  { cue: '每千人口', countUnits: ['人'], factor: 1000, countLabel: '人口' },
  { cue: '每万人口', countUnits: ['人'], factor: 10000, countLabel: '人口' },
  { cue: '每十万人口', countUnits: ['人'], factor: 100000, countLabel: '人口' },
  { cue: '每千常住人口', countUnits: ['人'], factor: 1000, countLabel: '人口' },
  { cue: '每万常住人口', countUnits: ['人'], factor: 10000, countLabel: '人口' },
  { cue: '每十万常住人口', countUnits: ['人'], factor: 100000, countLabel: '人口' },
  { cue: '每千户籍人口', countUnits: ['人'], factor: 1000, countLabel: '人口' },
  // a population of one kind (`服务农业人口31万人，平均每千农业人口拥有乡村医生`)
  { cue: '每千农业人口', countUnits: ['人'], factor: 1000, countLabel: '人口' },
  { cue: '每千农村人口', countUnits: ['人'], factor: 1000, countLabel: '人口' },
  { cue: '每千服务人口', countUnits: ['人'], factor: 1000, countLabel: '人口' },
  { cue: '每万农业人口', countUnits: ['人'], factor: 10000, countLabel: '人口' },
  { cue: '每万户籍人口', countUnits: ['人'], factor: 10000, countLabel: '人口' },
  // (the population named with 人 alone: `按常住人口N人计算，每万人拥有5G基站P个`)
  { cue: '每万人', countUnits: ['人'], factor: 10000, countLabel: '人口', totalNamed: true },
  // beds for the elderly (`老年人口126.5万人，每千名老年人拥有养老床位`)
  { cue: '每千名老年人', countUnits: ['人'], factor: 1000, countLabel: '老年' },
  { cue: '每千老年人', countUnits: ['人'], factor: 1000, countLabel: '老年' },
  // population density (`总人口T，以陆地面积N平方公里计算，人口密度为每平方公里P人`)
  { cue: '每平方公里', countUnits: ['平方公里', '平方千米'], factor: 1, totalHint: '人口' },
  { cue: '亩产', countUnits: ['亩'], factor: 1, totalHint: '产' },
  // yield per unit of area (`种植面积…万亩，…总产量…万吨，单产达到1560公斤`)
  // (or per head of livestock: `存栏成母牛N头，生鲜乳产量T，成母牛年均单产P吨`)
  { cue: '单产', countUnits: ['亩', '公顷', '头', '只'], factor: 1, totalHint: '产' },
  // per store (`直营门店418家，…销售额126.4亿元，单店年均销售额…`)
  { cue: '单店', countUnits: ['家'], factor: 1 },
  { cue: '亩均', countUnits: ['亩'], factor: 1 },
  // (enterprises are counted in 家 as often as in 户: `惠及企业1.86万家，户均返还…`)
  // (and households counted once per payment: `受益农户4.86万户次，户均赔付`)
  { cue: '户均', countUnits: ['户', '家', '户次'], factor: 1 },
  // 场均 / 校均 / 店均: per event, per school, per shop
  { cue: '场均', countUnits: ['场', '家'], factor: 1 },
  { cue: '校均', countUnits: ['所'], factor: 1 },
  { cue: '店均', countUnits: ['家'], factor: 1 },
  // per hospital (`公立医院38家，编制床位2.46万张，院均床位`)
  { cue: '院均', countUnits: ['家', '所', '间', '个'], factor: 1 },
  // per museum or library, per park, per station, per aircraft, per vessel, per vehicle (`博物馆58家…，馆均接待`)
  { cue: '馆均', countUnits: ['家', '所', '座', '个'], factor: 1 },
  // per cooperative (`农民专业合作社1,286家…社均经营收入`)
  { cue: '社均', countUnits: ['家', '个'], factor: 1 },
  { cue: '园均', countUnits: ['家', '所', '个'], factor: 1 },
  { cue: '站均', countUnits: ['个', '座', '家'], factor: 1 },
  { cue: '架均', countUnits: ['架'], factor: 1 },
  { cue: '船均', countUnits: ['艘'], factor: 1 },
  { cue: '车均', countUnits: ['辆'], factor: 1 },
  // per bank outlet (`营业网点N个，各项存款余额T，网点平均存款规模P`; `网均员工`)
  { cue: '网点平均', countUnits: ['个', '家'], factor: 1 },
  { cue: '网均', countUnits: ['个', '家'], factor: 1 },
  { cue: '点均', countUnits: ['个', '家'], factor: 1 },
  // per vehicle and per month or year (`出租汽车N辆，全年营运收入T，单车月均营运收入P`; `单车` alone is also a bicycle)
  { cue: '单车月均', countUnits: ['辆', '台'], factor: 1 },
  { cue: '单车年均', countUnits: ['辆', '台'], factor: 1 },
  // per dwelling sold (`成交N套，成交面积T平方米，套均面积`)
  { cue: '套均', countUnits: ['套'], factor: 1 },
  { cue: '次均', countUnits: ['次', '人次'], factor: 1 },
  // per student: 生均资助 over 资助学生…人次
  { cue: '生均', countUnits: ['人', '人次'], factor: 1 },
  // per bed, per machine, per firm
  { cue: '床均', countUnits: ['张', '床'], factor: 1 },
  { cue: '台均', countUnits: ['台'], factor: 1 },
  { cue: '家均', countUnits: ['家'], factor: 1 },
  { cue: '项均', countUnits: ['项'], factor: 1 },
  // per loan (`发放贷款3.62万笔、152.4亿元，笔均贷款`)
  { cue: '笔均', countUnits: ['笔'], factor: 1 },
  // per bank card (`有效卡量N张，…每卡月均交易额`, `卡均消费`)
  { cue: '每卡', countUnits: ['张'], factor: 1 },
  { cue: '卡均', countUnits: ['张'], factor: 1 },
  // per parcel (`快递件量N件，快递服务收入T，单票收入P`)
  { cue: '单票', countUnits: ['件', '票'], factor: 1 },
  // per policy or item (`新单保单N件，新单保费T，件均保费`)
  { cue: '件均', countUnits: ['件'], factor: 1 },
  // per claim or case (`受理理赔案件N件，支付赔款T，案均赔款`)
  { cue: '案均', countUnits: ['件', '宗', '起', '个'], factor: 1 },
  // earnings per share over the weighted number of shares (`溢利8.64億元，按…加權平均數21.6億股計算，每股基本盈利`)
  { cue: '每股', countUnits: ['股'], factor: 1 },
  // pupils per class (`教学班1268个，在校学生5.64万人，…平均班额48.5人`; `在校生` too)
  { cue: '平均班额', countUnits: ['个', '班'], factor: 1, countLabel: '班', totalHint: '生' },
  // per village: 村均 over `58个脱贫村`
  { cue: '村均', countUnits: ['个'], factor: 1, countInSentence: true },
  // a household size computed in the text: 换算每户约2.45人
  { cue: '换算每户', countUnits: ['户'], factor: 1 },
  { cue: '折合每户', countUnits: ['户'], factor: 1 },
  // (per person or household and month with 平均 after it: `換算每人每月平均領取`)
  { cue: '每人每月平均', countUnits: ['人', '名', '位'], factor: 1 },
  { cue: '每户每月平均', countUnits: ['户'], factor: 1 },
  // 人次 too: a tourist's spending per visit (`接待游客1.2亿人次，…，人均花费1350元`)
  { cue: '人均', countUnits: ['人', '人次', '名', '位'], factor: 1 },
  { cue: '月均', countUnits: [], factor: 1 },
  // per day over the days stated in its sentence (`接待读者T人次，全年开馆N天，日均接待读者P人次`)
  { cue: '日均', countUnits: ['天', '日'], factor: 1, countInSentence: true },
  { cue: '平均', countUnits: [], factor: 1 },
];

const MASS: Record<string, number> = { 吨: 1000, 公吨: 1000, 公斤: 1, 千克: 1, 斤: 0.5, 克: 0.001 };

/** Factor converting a total in `from` units to `to` units (吨 → 公斤: 1000); 1 for equal units; undefined otherwise. */
export function massFactor(from: string, to: string): number | undefined {
  if (from === to) return 1;
  // visits per head: 588万人次 over 750万人 is 0.78 次 each
  if (from === '人次' && to === '次') return 1;
  if (from in MASS && to in MASS) return MASS[from] / MASS[to];
  return undefined;
}

/** Kinds of settlement residents are counted by (`城镇居民`, `农村人口`). */
export const SETTLEMENTS = ['城镇', '农村', '城市', '乡村'];
/** Where residents come from, as a group a figure may be scoped to (`本地居民`, `外地劳工`, `本港雇员`). */
export const RESIDENCES = ['本地', '外地', '非本地', '本港', '外来'];

/** Residents of town or country named before a per-head figure or its parts (`城镇居民人均…`): group 1 the place. */
export const RESIDENTS = new RegExp(`(${SETTLEMENTS.join('|')})居民`);

/** Words that make a figure one household's (`平均每户`, `户均`) or one head's (`人均`), longest first where one ends
 *  another. */
export const PER_HOUSEHOLD_WORDS = ['平均每户', '户均', '每户'];
export const PER_HEAD_WORDS = ['平均每人', '人均', '每人'];
export const PER_UNIT = new RegExp([...PER_HOUSEHOLD_WORDS, ...PER_HEAD_WORDS].join('|'));

/** Words that name the whole a rate is taken of, when it is not written 应… (出生率 of 常住人口, 毛利率 of 营收). */
export const RATE_WHOLE_WORDS = ['人口', '营收', '营业收入', '总收入', '收入总额', '总数', '总额', '总量', '总人数', '共有', '总', '考生', '毕业生',
  // the labour force of a 就业率 in poverty-alleviation news (`有劳动能力的18.75万人，已实现就业17.96万人，就业率为`)
  '有劳动能力',
  // and of one after training (`参加技能培训N人，培训后实现就业A人，培训后就业率为`)
  '参加技能培训', '参加培训', '参训',
  // (or those who completed it, Taiwan's 訓後就業率: `結訓學員N人，訓後就業A人，訓後就業率為`)
  '结训', '结业',
  // students, the whole of a 受助率 or 入学率 (`在校学生N人，获得各类资助的A人，受助率达到P`)
  '在校学生', '在校生',
  // the elderly of an age group, the whole of a 签约率 or 管理率 (`65岁及以上老年人N人，已签约A人，签约率P`)
  '老年人',
  // the projects planned, of which some were started or finished (`计划实施项目W个，…已开工A个，开工率P；已完工B个，完工率Q`)
  '计划实施'];

/** What names the whole of a rate stated right before its part (`考核23,716人次，取证18,520人次，取证率为`): a
 *  population, a total, a capacity or plan, or the action the part is the outcome of. A sibling (`就业者…，失业者…，
 *  失业率为`) names none of these. */
export const ADJACENT_WHOLE_WORDS = [...RATE_WHOLE_WORDS, '共计', '合计', '可用', '设计', '额定', '核定', '计划', '目标', '考核', '报名', '申请', '受理', '抽检', '抽查', '检测', '监测', '需求', '需要',
  // what a budget or a service set out to do (`预算资金W，已拨付A，拨付率`, `服务求职者W人次，成功匹配A人次`)
  '预算', '求职',
  // what was given out, of which some was redeemed (`发放数字消费券W，已核销A，核销率为P`)
  '发放',
  // what the work involved (`共涉及62个品种，55个品种采购成功，中选率为`)
  '涉及',
  // those taken in for help (`纳入帮扶的就业困难人员W人，…实现就业A人，帮扶就业率P`)
  '纳入',
  // those insured or taking part, of whom some draw or finish (`参加失业保险人数W，领取失业保险金人数A，领取率为P`)
  '参加', '参保', '投保',
  // hazards or problems found, of which some were put right (`排查安全隐患W项，已整改A项，整改率为P`)
  '排查', '摸排', '发现',
  // grain taken out of store, of which some is lost (`出库粮食W，储存环节损耗A，损耗率为P`)
  '出库',
  // projects applied for, of which some were approved (`申报项目W项，立项A项，立项率为P`)
  '申报',
  // doses due (`应种T剂次，实种A剂次，接种率`)
  '应种', '应接种',
  // those who wished it (`有培训意愿的W人，已完成技能培训A人，培训率`)
  '意愿'];

/** Rates over those due (应参保人数), never over a general population: 城乡居民医保 leaves out the employees insured
 *  otherwise, so 参加…医疗保险 over 户籍人口 is no 参保率. */
export const DUE_RATE_STEMS = ['参保'];
export const GENERAL_POPULATIONS = /户籍人口|常住人口|总人口/;

/** Bare ratios named in the text: numerator and denominator are the figures named with these words. */
export const NAMED_RATIOS: { name: string; numerator: string; denominator: string }[] = [
  { name: '性别比', numerator: '男', denominator: '女' },
  { name: '收入比', numerator: '城', denominator: '农' },
];

/** Ratios named in the text that are averages: the head count of the first over that of the second, each named by one of
 *  its words, both of the group the ratio's name opens with, if any (`小學生師比` is of primary schools' pupils and
 *  teachers). Students per teacher: `在校学生T人，专任教师N人，生师比为P`. */
export const NAMED_AVERAGE_RATIOS: { name: string; total: string[]; count: string[] }[] = [
  { name: '生师比', total: ['在校学生', '在校生', '学生总数', '学生'], count: ['专任教师', '教师'] },
];

/** An average's noun and the names of its total when they share no word: a visitor's spending (人均花费) is the
 *  tourism revenue (旅游收入) per visit. */
export const AVERAGE_TOTAL_NAMES: { nouns: string[]; total: string[] }[] = [
  // (Taiwan's visitors: `觀光外匯收入T，平均每人次消費P`)
  { nouns: ['花费', '消费'], total: ['旅游收入', '旅游总收入', '旅游业总收入', '旅游综合收入', '旅游综合总收入', '旅游经营收入', '旅游外汇收入', '观光外汇收入', '观光收入'] },
  // passengers per service run, of the passengers carried (`旅運量T人次，營運N班次，平均每班次載客P人次`)
  { nouns: ['载客'], total: ['旅运量', '客运量', '载客量', '运送旅客', '发送旅客'] },
  // shoppers' spending per visit, of the sales of the shops they visited (`接待顾客N人次，实现销售额T，人均消费P`)
  { nouns: ['消费', '购物'], total: ['销售额', '营业额'] },
  // grants per project, of the money granted (`獲撥款T，涉及項目N個，平均每個項目獲撥P`)
  { nouns: ['获拨', '获资助'], total: ['拨款', '资助'] },
  // land farmed per household, of the land taken on (`种粮大户N户共流转耕地T，户均经营面积P`)
  { nouns: ['经营面积'], total: ['耕地', '土地'] },
  // money put in per household, of the investment (`完成投资T…惠及农户N户，户均投入P`)
  { nouns: ['投入'], total: ['投资', '资金'] },
  // a subsidy per head, of the money set aside for subsidies (`开展培训N人次，支出…专账资金T，人均培训补贴P`; not of the funds
  // put in, `投入训练经费T，平均每人补助约P`, which pay for more than the subsidy)
  { nouns: ['补贴', '补助'], total: ['专账资金', '补贴资金', '补助资金'] },
  // (`人均月薪`: the monthly marker `人均月` leaves `薪` as the noun)
  { nouns: ['年薪', '月薪', '薪'], total: ['薪酬', '工资', '薪资', '薪俸'] },
  // profit per employee, of the profit (`净利润T，年末在岗员工N人，人均创利P`)
  { nouns: ['创利'], total: ['净利润', '利润总额', '净利'] },
  // pay per employee, of a company's staff costs (`员工费用T；年末员工总数N人，人均薪酬P`)
  { nouns: ['薪酬', '薪金', '薪资'], total: ['员工费用', '员工成本', '人工成本', '职工薪酬', '薪酬总额'] },
  // money raised per insured person (`參保人數N，全年基金收入T，人均籌資P`)
  { nouns: ['筹资'], total: ['基金收入', '筹资总额', '筹集资金'] },
  // a library's holdings per head (`公共图书馆总藏量T…人均藏书P`)
  { nouns: ['藏书'], total: ['藏量', '藏书'] },
  // a trip's spending, of the trips' total cost (`旅遊總費用T…平均每人每次旅遊支出P`)
  { nouns: ['旅游支出', '支出'], total: ['旅游总费用', '旅游费用', '总费用'] },
  // hours of training per trainee, of the courses' hours (`訓練課程總時數T小時，參訓人數N人，平均每人受訓P小時`)
  { nouns: ['受训', '参训'], total: ['训练', '培训', '课程'] },
  // relief per firm, of the taxes and fees cut (`新增减税降费T，惠及经营主体N户，户均减负P`)
  { nouns: ['减负', '减税'], total: ['减税降费', '减税', '降费', '退税'] },
  // a cost per visit, of what the service spent (`門診服務N人次，相關開支為T，平均每人次費用約為P`)
  { nouns: ['费用'], total: ['开支', '支出'] },
  // insurance claims paid per household (`支付赔款T，受益农户N户次，户均赔付P`)
  { nouns: ['赔付', '赔款'], total: ['赔款', '赔付'] },
  // a subsidy per household, of the money named as subsidy (`发放产业奖补资金T，户均补助P`)
  // (and a benefit paid per head, of the benefit money: `发放最低生活保障金T，保障对象N人，月人均补助P`, `人均月保障水平P`)
  { nouns: ['补助', '补贴', '保障水平', '保障标准'], total: ['奖补资金', '补助资金', '补贴资金', '补助金', '补贴金', '培训补贴', '发放补贴', '发放补助', '保障金', '救助金', '低保金', '特困供养金'] },
  // people per dwelling (`房屋单位N个，居住人口T人，平均每个单位住户人数为P`)
  { nouns: ['住户人数'], total: ['居住人口', '居住人数'] },
  // and its loans per reader (`外借图书T册次，登记读者N人，人均借阅P册次`)
  { nouns: ['借阅'], total: ['外借', '借阅', '借出', '流通'] },
  // aid per student (`發放國家助學金T，資助學生N人次，生均資助`)
  { nouns: ['资助'], total: ['助学金', '资助金', '资助资金', '奖助学金'] },
  // pay per employee from the cash-flow statement (`支付给职工以及为职工支付的现金T，…人均薪酬`)
  { nouns: ['薪酬', '工资', '薪资', '薪俸'], total: ['支付给职工', '为职工支付', '薪酬', '工资', '薪资', '薪俸'] },
  { nouns: ['保障金'], total: ['低保金', '低保资金', '保障金', '救助金'] },
  // (and a programme's money given out per head: `营养改善计划资金T，惠及学生N人，生均补助P`; relief after a disaster,
  // `下达防灾减灾资金T，受益农户N户，户均补助P`)
  { nouns: ['补助'], total: ['低保金', '低保资金', '救助金', '补助金', '补助资金', '计划资金', '减灾资金', '救灾资金'] },
  // a loan by any of its names (`发放小额信贷1.86亿元…，户均贷款`, `平均每户获贷`)
  { nouns: ['贷款', '获贷', '信贷'], total: ['信贷', '贷款', '放贷'] },
  // people hired per firm, by either side's verb (`获聘青年N人，平均每家企业聘用P人`)
  { nouns: ['聘用', '招聘', '录用', '聘请'], total: ['获聘', '受聘', '聘用', '招聘', '录用', '聘请'] },
  // revenue per employee (`在职员工8,642人，人均创收97.6万元`)
  { nouns: ['创收'], total: ['营业收入', '营收', '收入'] },
  // a school's size in pupils (`校均规模656人`)
  { nouns: ['规模'], total: ['学生', '在校生', '在园幼儿'] },
  // doctors by any of their names (`注册西医共16,842名…每千人口约有医生2.54名`)
  { nouns: ['医生', '医师'], total: ['西医', '医师', '医生', '中医'] },
  // visits to a doctor by any of their names (`总诊疗人次…，人均就诊5.2次`)
  { nouns: ['就诊', '诊疗', '门诊', '看病'], total: ['诊疗', '就诊', '门诊'] },
  // a toll paid per trip (`通行费收入T，平均每车次缴费`), and contributions paid for members (`为N名员工缴纳企业年金T，人均缴费P`)
  { nouns: ['缴费', '付费', '收费'], total: ['通行费', '收费', '缴费', '缴纳'] },
  // 户均增收 / 人均分红: what a fund's proceeds gave each household
  { nouns: ['增收', '分红'], total: ['收益', '分红'] },
  // a price per head sold, of the sales (`出栏肉牛N头，实现销售收入T，平均每头售价`)
  { nouns: ['售价', '卖价'], total: ['销售收入', '销售额'] },
  // a patient's bill per visit, of a hospital's revenue (`门诊收入T，门诊诊疗N人次，门诊次均费用`)
  { nouns: ['费用'], total: ['门诊收入', '住院收入', '医疗收入', '医药费用', '医疗费用'] },
  // passengers carried by any of their names (`累计运送旅客T人次，平均每日运量`)
  { nouns: ['运量', '客运量', '运送'], total: ['运送', '客运量', '运量', '发送旅客', '运输旅客'] },
  // a dividend per share worked out in the text, by any of its names (`派發股息T，以已發行股份N股計算，每股派息P`)
  { nouns: ['派息', '股息', '分红', '红利', '派发'], total: ['股息', '派息', '分红', '红利', '股利'] },
  // earnings per share: the profit by any of its names (Taiwan's `稅後純益…每股盈餘`)
  { nouns: ['盈利', '收益', '盈余'], total: ['溢利', '净利润', '净利', '利润', '盈利', '纯益', '纯利'] },
];

/** Classifiers after 平均每 that name the count's unit (`平均每场提供岗位260个` → a count in 场); a person's
 *  classifier (位, 名) counts people. */
export const PER_CLASSIFIER_UNITS: Record<string, string[]> = {
  户: ['户'], 亩: ['亩'], 家: ['家'], 所: ['所'], 场: ['场'], 次: ['次'], 期: ['期'], 批: ['批'], 村: ['个', '村'], 校: ['所'],
  张: ['张'], 台: ['台'], 辆: ['辆'], 套: ['套'], 件: ['件'], 项: ['项'], 班: ['班', '个'], 间: ['间', '家', '所'], 场次: ['场', '场次'],
  // per service run (`營運N班次，平均每班次載客P人次`)
  班次: ['班次'], 航次: ['航次'],
  // per policy or copy (`新造保單共216.4萬份，平均每份保單保費`)
  份: ['份', '件'],
  人: ['人', '名', '位'], 位: ['人', '名', '位'], 名: ['人', '名', '位'], 人次: ['人次', '旅次'],
  // per year over a span stated in years (`累计改造T个…5年平均每年改造P个`)
  年: ['年'],
  // per person per trip: trips (`總旅次1.89億旅次…平均每人每次旅遊支出`)
  人每次: ['人次', '旅次', '次'],
  // per student (`平均每生分配经费`) and per case (`综援个案共13.6万宗…平均每宗个案每月获发`)
  生: ['人', '名'], 宗: ['宗', '个', '件'], 单: ['单'],
  // tolls per vehicle trip (`通行量8億4,260萬車次…平均每車次繳費`)
  车次: ['车次'], 辆次: ['辆次'], 架次: ['架次'], 艘次: ['艘次'],
  // per aircraft, vessel, machine, seat (`在册通用航空器312架，平均每架年飞行…小时`)
  架: ['架'], 艘: ['艘'], 座: ['座'], 头: ['头'], 只: ['只'],
  // per train (`开行中欧班列1268列，发送集装箱T标箱，平均每列装载P标箱`)
  列: ['列'],
  // per library or museum (`公共图书馆551所，…平均每馆借阅`)
  馆: ['所', '个', '家', '座'],
  // per route or line (`营运线路386条，线路总长度T公里，平均每条线路长度`)
  条: ['条'],
  // per site or works (`建成供水工程126处，受益人口T，平均每处工程受益人口`)
  处: ['处', '个'],
  // per ride (`完成客运量N人次，平均每乘次运营收入`)
  乘次: ['乘次', '人次'],
  // per day over the days of a holiday (`春节9天连假…共涌入游客682.4万人次，平均每日约85.8万人次`)
  天: ['天', '日'], 日: ['天', '日'],
  // yield per hectare (`種植面積22.4萬公頃，…平均每公頃產量`)
  公顷: ['公顷'],
  // per vehicle, per building, per square metre of floor space (`运营车辆N辆，平均每车…`, `移转N栋，平均每栋…`,
  // `竣工面积N平方米，…平均每平方米竣工造价`)
  车: ['辆'], 栋: ['栋', '幢'], 幢: ['幢', '栋'], 平方米: ['平方米'],
};

/** Counts written with the generic classifier 个 that count in another unit by the noun after them
 *  (`1,286個經濟困難家庭` are households, for 平均每户 / 户均). */
export const COUNTED_NOUNS: Record<string, string[]> = {
  户: ['家庭', '住户'],
  // posts, each held by one person (`公益性岗位补贴T，涉及岗位N个，人均每年补贴`)
  人: ['岗位'],
};

/** Averages with a fixed definition, named by their noun after 平均: a price (`平均票价为214元`) is the amount of the
 *  sales named with the word over the count of what is sold (`售出门票48.6万张`); a hospital stay (`出院者平均住院日`)
 *  the bed-days the discharged used over their number. */
export const DEFINED_AVERAGES: { nouns: string[]; total: string[]; count: string[]; countUnits: string[]; scopes?: string[] }[] = [
  // (a cinema's: box office over admissions, `票房收入T，觀影人次N人次，平均票價`)
  { nouns: ['票价'], total: ['门票收入', '票房', '票款'], count: ['票', '观影'], countUnits: ['张', '人次'] },
  // 平均售价每平方米 / 平均销售价格: sales over floor area sold
  // (of one kind of building when the sales and the area name it: `商品住宅` is 住宅, `其中办公楼` a kind of its own)
  { nouns: ['售价', '销售价格'], total: ['销售额', '销售金额'], count: ['面积'], countUnits: ['平方米', '万平方米'], scopes: ['办公楼', '商业营业用房', '住宅', '商品房'] },
  { nouns: ['住院日'], total: ['床日', '住院日数', '住院总日数'], count: ['出院', '住院病人', '住院人次'], countUnits: ['人次', '人'], scopes: ['三级医院', '二级医院', '一级医院', '基层医疗卫生机构', '公立医院', '民营医院'] },
  // a carmaker's average price: vehicle revenue over vehicles sold (`销售新能源汽车N辆，实现汽车业务收入T，单车平均售价P`)
  { nouns: ['售价'], total: ['销售收入', '业务收入', '销售额'], count: ['销售', '销量'], countUnits: ['辆', '台'] },
  // a hotel's average room rate: room revenue over room-nights sold (`客房收入T，售出客房N间夜，平均房价为P`)
  { nouns: ['房价'], total: ['客房收入'], count: ['售出客房', '出租客房', '已出租客房', '售出'], countUnits: ['间夜', '间', '晚'] },
  // an average haul: tonne-kilometres over tonnes, passenger-kilometres over passengers (`货运量N吨，货物周转量T吨公里，平均运距P公里`)
  { nouns: ['运距'], total: ['周转量'], count: ['货运量', '客运量', '运输量', '运量'], countUnits: ['吨', '人', '人次'] },
  // sales per transaction (`完成交易N笔，实现零售额T，平均客单价为P`)
  // a route's average length (`公交线路N条，线路总长度T公里，平均线路长度为P公里`)
  { nouns: ['线路长度'], total: ['线路总长度', '线路长度', '总长度'], count: ['线路'], countUnits: ['条'] },
  // (or a company's revenue over its orders: `线上渠道实现营业收入T；全年线上订单量N单，平均客单价P`)
  { nouns: ['客单价'], total: ['零售额', '销售额', '营业额', '成交额', '交易额', '营业收入', '营收'], count: ['交易', '订单', '成交', '客流'], countUnits: ['笔', '单', '人次'],
    scopes: ['线上', '线下', '网上', '网络', '门店'] },
];

/** Names of one whole that a text may use in turn (`国内生产毛额…，占GDP比重为`). */
/** Ways of doing what a stem names, which make a kind of it (`集中供养`, `分散供养`, `就近就业`), not a group. */
// (and done to the standard, `其中规范管理A，规范管理率P`)
export const MANNER_MODIFIERS = ['集中', '分散', '就近', '就地', '异地', '自主', '灵活', '网上', '线上', '自愿', '规范'];

/** Words that name the same thing in the names of wholes (`小额信贷T…占贷款总额的P`): each row's later words read as its
 *  first when a whole named in a share is compared with the 其中 total's name. */
export const NAME_ALIASES: string[][] = [
  ['贷款', '信贷', '放贷'],
  // a profit by any of its names (`稅後盈餘T，其中海外分行獲利A，占全行獲利的P`)
  ['利润', '获利', '盈余', '盈利', '纯益', '溢利'],
];

export const WHOLE_SYNONYMS: string[][] = [
  ['GDP', '国内生产总值', '地区生产总值', '国内生产毛额', '生产总值', '经济总量'],
  ['营收', '营业收入', '营业总收入'],
  // a place's foreign trade (`外贸进出口总值T…占全省外贸总值的比重`)
  ['外贸进出口总值', '外贸总值', '进出口总值', '外贸进出口总额', '进出口总额'],
  // a survey's sample, named by its verb (`调查访问了1,250名在职人士，…占受访者的P`)
  ['受访者', '受访人数', '受访对象', '被访者', '受访', '访问', '调查', '访问了', '受调查'],
  // those lifted out of poverty, by either of their names (`累计减少贫困人口T，其中…，占脱贫总数的P`)
  ['脱贫总数', '脱贫人口', '脱贫人数', '减少贫困人口', '减贫人数'],
  // a bank's or a region's loans, by the name of the whole balance (`人民币贷款余额T，其中普惠小微贷款A，占各项贷款的P`)
  ['各项贷款', '各项贷款余额', '人民币贷款余额', '本外币贷款余额', '贷款总额'],
  // research and development spending, by its full name, its short form or its Latin letters (`研究与试验发展经费投入T，
  // 其中基础研究经费A，占研发经费的P`)
  ['研发经费', '研究与试验发展经费', 'R&D经费', '研发投入', '研究与试验发展(R&D)经费'],
  // Taiwan's tax revenue, named by what was collected (`全國賦稅實徵淨額T；其中所得稅A，占賦稅收入的P`)
  ['赋税收入', '赋税实征净额', '赋税实征数', '赋税净收入'],
];

/** Other names the two head counts of `平均每名教师负担学生` go by in a bulletin (`在校生`, `专任教师`). */
export const MEMBER_NOUN_ALIASES: Record<string, string[]> = {
  学生: ['学生', '在校生', '学员'],
  教师: ['教师', '老师', '教职工'],
};

/** Pairs of names that split a whole in two (`其中过夜游客…、一日游游客…`): two parts named so are the whole. */
export const DICHOTOMIES: [string, string][] = [
  ['过夜', '一日游'], ['留宿', '不过夜'], ['线上', '线下'], ['省内', '省外'], ['县内', '县外'], ['境内', '境外'], ['国内', '国外'], ['国内', '入境'], ['城镇', '乡村'], ['城镇', '农村'], ['本地', '外地'],
  // online retail of goods and of services (`网络零售额T，其中实物商品A、服务类商品B`)
  ['实物商品', '服务类商品'], ['实物商品', '非实物商品'],
  // a Hong Kong group's business at home and elsewhere (`香港業務收益A，內地及海外業務收益B`)
  ['香港', '内地及海外'],
  // a budget's revenue: taxes and the rest (`税收收入A，非税收入B`)
  ['税收', '非税'],
  // aquatic products: from the sea and from fresh water (`水产品总产量T，其中海水产品A、淡水产品B`)
  ['海水', '淡水'],
];

/** Attributes that cut across a breakdown (sex, ethnicity, party membership): parts named by attributes of different
 *  kinds overlap (`其中女教师2180人，少数民族教师1460人`) and need not add up; parts of one kind (女 and 男) do. */
export const CROSS_CUTTING_ATTRIBUTES: { word: string; dimension: string }[] = [
  { word: '女', dimension: 'sex' },
  { word: '男', dimension: 'sex' },
  { word: '少数民族', dimension: 'ethnicity' },
  { word: '汉族', dimension: 'ethnicity' },
  { word: '党员', dimension: 'party' },
  { word: '团员', dimension: 'party' },
  { word: '高级职称', dimension: 'title' },
  { word: '中级职称', dimension: 'title' },
  { word: '研究生', dimension: 'education' },
  { word: '本科', dimension: 'education' },
  { word: '专科', dimension: 'education' },
  { word: '岁以下', dimension: 'age' },
  { word: '岁以上', dimension: 'age' },
  { word: '岁及以上', dimension: 'age' },
  // groups a programme watches, one person often in several (`其中60岁以上老年人A、残疾人B、享受低保政策C`)
  { word: '老年', dimension: 'age' },
  { word: '残疾', dimension: 'disability' },
  { word: '低保', dimension: 'assistance' },
  { word: '特困', dimension: 'assistance' },
  { word: '大病', dimension: 'illness' },
  // firms by size and by ownership (`其中中小微企业A家…，民营企业B家…`: most small firms are private ones)
  { word: '中小微', dimension: 'firm-size' },
  { word: '小微', dimension: 'firm-size' },
  { word: '大中型', dimension: 'firm-size' },
  { word: '民营', dimension: 'ownership' },
  { word: '国有', dimension: 'ownership' },
  { word: '外资', dimension: 'ownership' },
  { word: '外商投资', dimension: 'ownership' },
  { word: '私营', dimension: 'ownership' },
  // the economy by industry, beside it by ownership (`其中第三产业增加值A；民营经济增加值B`: most private output is services)
  { word: '第一产业', dimension: 'industry' },
  { word: '第二产业', dimension: 'industry' },
  { word: '第三产业', dimension: 'industry' },
  // online sales by what is sold (`实物商品网络零售额`, the rest 非实物 services), beside those by place (`农村网络零售额`)
  { word: '实物商品', dimension: 'goods' },
  { word: '非实物', dimension: 'goods' },
  // (services named as such are the rest: `实物商品网上零售额A，服务类网上零售额B`)
  { word: '服务类网', dimension: 'goods' },
];

/** Breakdowns statistics publish without all their categories: parts named only with these words leave out a part
 *  of the total (市场主体 also counts 农民专业合作社; 医疗卫生机构 also 其他机构; 农林牧渔业 also its 服务业; arrivals also
 *  国际旅客), so falling short of it is no error. */
export const KNOWN_INCOMPLETE: { total: string[]; parts: string[] }[] = [
  { total: ['市场主体', '经营主体'], parts: ['企业', '个体工商户', '私营企业', '外资企业'] },
  // social organizations come in three kinds; loans in more than short and long terms (票据融资, 融资租赁 …)
  { total: ['社会组织'], parts: ['社会团体', '民办非企业单位', '社会服务机构', '基金会'] },
  { total: ['贷款余额', '各项贷款'], parts: ['短期贷款', '中长期贷款', '住户贷款', '企业贷款', '企(事)业单位贷款', '企事业单位贷款', '票据融资'] },
  { total: ['卫生机构'], parts: ['医院', '基层医疗卫生机构', '专业公共卫生机构', '卫生院', '诊所'] },
  { total: ['农林牧渔业'], parts: ['农业', '林业', '牧业', '渔业'] },
  // schools of every level and kind, of which a bulletin lists the main ones (中职, 高校 and others may be left out)
  { total: ['各级各类学校', '各类学校'], parts: ['普通中学', '中学', '小学', '幼儿园', '特殊教育学校', '普通高中', '初中', '中等职业学校', '高等学校', '普通高校'] },
  { total: ['入境旅客', '入境游客', '访港旅客', '访澳旅客'], parts: ['内地', '香港', '台湾', '澳门'] },
  // a company's period expenses are four kinds (销售, 管理, 研发 and 财务费用)
  { total: ['期间费用'], parts: ['销售费用', '管理费用', '研发费用', '财务费用'] },
  // investment by its three watched kinds, which leave out agriculture, services and the rest (民间投资 overlaps them)
  { total: ['固定资产投资'], parts: ['工业投资', '基础设施投资', '房地产开发投资', '民间投资', '制造业投资'] },
  // new urban jobs by the groups a bulletin follows: they overlap and leave others out
  { total: ['新增就业', '城镇新增就业'], parts: ['高校毕业生', '农村劳动力', '就业困难人员', '失业人员', '退役军人', '脱贫劳动力'] },
  // grain by crop: a province names its main crops, never every grain (谷物, 豆类 and 薯类 are the complete split)
  // power by source: a list of the main ones leaves out 核电, 生物质 and the rest
  { total: ['发电量'], parts: ['火电', '水电', '风电', '太阳能', '光伏', '核电', '火力发电', '水力发电', '风力发电'] },
  // (not by season: the dev set reads 夏粮 and 秋粮 as the whole of 粮食)
  { total: ['粮食'], parts: ['玉米', '水稻', '稻谷', '小麦', '大豆', '马铃薯', '高粱', '谷子'] },
  // students by degree (学士班, 硕士班, 博士班): colleges also teach 专科 and 副学士 courses
  { total: ['大专校院', '大专院校', '大学校院'], parts: ['学士', '硕士', '博士'] },
  // freight and passengers by mode: a bulletin names the main modes, rarely 管道 or 航空 as well
  { total: ['货运量', '货物运输量', '客运量', '旅客运输量', '周转量'], parts: ['公路', '铁路', '水路', '航空', '民航', '管道', '水运'] },
  // deposits by depositor: 公司 and 个人 leave out 财政性存款, 同业 and the rest
  { total: ['存款'], parts: ['公司存款', '个人存款', '企业存款', '单位存款', '住户存款', '储蓄存款', '定期存款', '活期存款'] },
  // new-energy vehicles by power: 纯电动 and 插电式混合动力 leave out 燃料电池
  { total: ['新能源汽车', '新能源车'], parts: ['纯电动', '插电式混合动力', '插电混动', '混合动力'] },
];

/** Parts named with a trading partner (`对“一带一路”沿线国家进出口`, `与东盟贸易`): a breakdown by partner. */
export const PARTNER_LEADS = ['对', '与', '向'];

/** Dimensions a list must name in every part or in none: one value of them beside parts of another kind mixes
 *  breakdowns. The other value of a sex would have to be named to complete the list (`其中女会员17.9万人、农民工会员
 *  21.3万人`), and trade with a partner overlaps trade by direction (`其中出口…，对“一带一路”沿线国家进出口…`); a title,
 *  a party, an ethnicity or an age beside a category (`其中卫生技术人员5107人，高级职称1126人`) classifies along another line. */
export const EXCLUSIVE_DIMENSIONS = ['sex', 'partner', 'title', 'party', 'ethnicity', 'age', 'goods'];

/** Words naming the population a per-head figure is taken over, to choose among several head counts. */
export const POPULATION_WORDS = ['人口', '员工', '职工', '从业人员', '人数', '居民', '户数', '总户数', '农户'];

/** Rates with a fixed definition: part ÷ whole, each named in the text with one of its words. */
/** The part and whole of a rate written under two names (`逾放比率`, `逾放比`; `规模化率`, `规模养殖比重`). */
const NON_PERFORMING_LOANS = { part: ['逾期放款'], whole: ['放款总额', '放款'] };
const LARGE_FARMS = { part: ['规模养殖场', '规模养殖', '规模化养殖', '规模场', '规模猪场', '规模养殖户'], whole: [], ofPartTotal: true };

const WASTE_RECOVERED = { part: ['回收再利用', '回收利用', '回收量'], whole: ['产生量'] };
const ROOMS_LET = { part: ['已出租', '实际出租', '共出租', '已租出', '实际售出', '已售出', '已入住'], whole: ['可供出租', '可供应', '可售', '可出租', '总楼面面积', '提供'] };

/** `ofPartTotal`: the whole is the total the part is listed under (其中), whatever it is named. `notPart`: words naming a
 *  narrower kind of the part, whose figure is not it (`一级资本净额` for `资本充足率`). `totalsOnly`: part and whole are
 *  none of the 其中 parts of another figure. */
/** What was done to some of a group counted before (the group's name, then what was done to some of it): `识别监测对象T户…，
 *  已消除风险A户`, `排查隐患T项，已整改A项`. A is some of T. */
export const DONE_TO_SOME_OF: { done: string[]; whole: string[] }[] = [
  { done: ['消除风险', '风险消除', '解除风险', '落实帮扶', '落实针对性帮扶'], whole: ['监测对象', '监测户'] },
  { done: ['整改', '销号'], whole: ['排查', '发现'] },
];

export const DEFINED_RATES: { name: string; part: string[]; whole: string[]; alsoGeneric?: boolean; measurePair?: boolean; anyUnit?: boolean; units?: string[]; ofPartTotal?: boolean; notPart?: string[]; totalsOnly?: boolean }[] = [
  { name: '城镇化率', part: ['城镇人口', '城镇常住人口'], whole: ['常住人口', '总人口'] },
  // of the registered population: its own whole (after the general entry: the more specific name wins)
  { name: '户籍人口城镇化率', part: ['城镇人口', '城镇户籍人口'], whole: ['户籍人口', '户籍总人口'] },
  // of a region's GDP, or of a company's revenue
  // (named by its short form after the R&D spending: `研究与试验发展（R&D）经费投入A，投入强度为P`; the part still names R&D)
  { name: '投入强度', part: ['研发经费', '研发投入', 'R&D经费', '研究与试验发展'], whole: ['地区生产总值', '生产总值', 'GDP', '营业收入', '营收'] },
  { name: '研发投入强度', part: ['研发经费', '研发投入', 'R&D经费', '研究与试验发展'], whole: ['地区生产总值', '生产总值', 'GDP', '营业收入', '营收'] },
  { name: '恩格尔系数', part: ['食品烟酒', '食品'], whole: ['消费支出'] },
  // the share of a forest burned (`森林面積T…受害森林面積A，森林火災受害率為P‰`)
  { name: '受害率', part: ['受害森林面积', '受害面积'], whole: ['森林面积'] },
  // a dividend payout ratio (`股東應佔溢利T，…派付股息總額A，派息比率為P`)
  { name: '派息比率', part: ['股息总额', '派息总额', '派付股息', '现金分红总额'], whole: ['股东应占溢利', '归属于上市公司股东的净利润', '归母净利润', '溢利', '净利润'] },
  // rooms let over rooms available, tickets sold over tickets on sale (`可供出租客房W間，平均每晚已出租A間，入住率為P`)
  // (or, for room-nights, those sold over those on sale: `可售客房W間夜，實際售出A間夜，平均入住率P`; or floor space let:
  // `總樓面面積W，已租出A，出租率P`)
  { name: '入住率', ...ROOMS_LET },
  { name: '出租率', ...ROOMS_LET },
  // (an old people's home's: the residents over its beds, `床位W张…入住老人A人，床位入住率为P`; after 入住率, the longer name wins)
  { name: '床位入住率', part: ['入住'], whole: ['床位'], anyUnit: true },
  { name: '售票率', part: ['实际售出', '售出'], whole: ['可售'] },
  // a budget's execution rate (`歲出實際執行數為A，預算數W，執行率P`)
  // (or the money paid out of a budget so far: `補貼資金預算W，已撥付A，資金執行率P`)
  // (or revenue collected against the budget: `歲入實收數為A，較預算數W短收，歲入執行率為P`; or the year's spending,
  // `預算為W，全年執行A，執行率為P`)
  { name: '执行率', part: ['实际执行数', '执行数', '实际执行', '实际支用', '实际支出数', '决算数', '已拨付', '已支出', '实收数', '实收', '全年执行'], whole: ['预算数', '预算'] },
  // a job fair's: job-seekers who agreed on a job over those who came (`进场求职者W人次，达成就业意向A人次，意向达成率P`)
  { name: '意向达成率', part: ['达成就业意向', '达成意向'], whole: ['进场求职者', '进场求职', '求职者'] },
  // a bank's cost-to-income ratio (`經營收入T，經營支出A，成本對收入比率為P`)
  { name: '成本对收入比率', part: ['经营支出', '营业支出', '营运支出'], whole: ['经营收入', '营业收入', '营运收入'] },
  { name: '成本收入比', part: ['经营支出', '营业支出', '营运支出', '业务及管理费'], whole: ['经营收入', '营业收入', '营运收入'] },
  // loss-making firms over all firms (`規模以上工業企業N家，其中虧損企業A家，虧損面為P`)
  // (of counts of firms, never of the losses in money: `亏损企业亏损额A`)
  { name: '亏损面', part: ['亏损企业'], whole: ['规模以上工业企业', '工业企业', '企业'], units: ['家', '个', '户'] },
  // money saved over the budget (`采购预算金额合计W，…节约资金A，资金节约率为P`; not over the amount spent)
  // (or over what it would have cost before, `按集采前价格测算需W`)
  { name: '节约率', part: ['节约资金', '节约'], whole: ['预算金额', '预算', '测算'] },
  // forest over the land (`国土面积W，其中森林面积A，森林覆盖率为P`)
  { name: '森林覆盖率', part: ['森林面积', '林地面积'], whole: ['国土面积', '土地面积', '总面积', '辖区面积'] },
  // (air quality's; with no days stated, an 优良率 of other things, `水质优良断面`, is read like any rate: alsoGeneric)
  { name: '优良率', part: ['优良天数'], whole: ['有效监测天数', '监测天数'], alsoGeneric: true },
  { name: '优良天数比例', part: ['优良天数'], whole: ['有效监测天数', '监测天数'] },
  { name: '不良贷款率', part: ['不良贷款余额', '不良贷款'], whole: ['各项贷款余额', '贷款余额', '各项贷款总额', '贷款总额', '贷款和垫款总额', '贷款及垫款总额', '发放贷款和垫款总额'] },
  // an insurer's claims over its premiums (`保费收入W，…赔款支出A，简单赔付率为P`)
  { name: '赔付率', part: ['赔款支出', '赔付支出', '赔款', '赔付'], whole: ['保费收入', '保费'] },
  // a bank's loan-loss reserve over its non-performing loans, and over all its loans (`贷款损失准备余额R，拨备覆盖率P，贷款拨备率Q`)
  { name: '拨备覆盖率', part: ['贷款损失准备', '贷款减值准备', '拨备余额'], whole: ['不良贷款余额', '不良贷款'] },
  { name: '贷款拨备率', part: ['贷款损失准备', '贷款减值准备', '拨备余额'], whole: ['各项贷款余额', '各项贷款总额', '贷款总额'] },
  { name: '资产负债率', part: ['负债总额', '总负债', '负债合计'], whole: ['资产总额', '总资产', '资产合计'] },
  // waste treated harmlessly over waste collected (`生活垃圾清运量W，无害化处理量A，无害化处理率P`)
  { name: '无害化处理率', part: ['无害化处理量', '无害化处理'], whole: ['清运量', '产生量'] },
  // a reservoir's water stored over its capacity (`有效蓄水量A，蓄水率P，有效容量W`)
  { name: '蓄水率', part: ['有效蓄水量', '蓄水量'], whole: ['有效容量', '有效库容', '总库容', '库容'] },
  // a bank's capital over its risk-weighted assets, each tier over the same assets (the narrower names after: they win)
  { name: '资本充足率', part: ['资本净额'], whole: ['风险加权资产'], notPart: ['一级'] },
  // an insurer's solvency under C-ROSS: capital over the minimum required (`实际资本A，核心资本B，最低资本W；核心偿付能力
  // 充足率P，综合偿付能力充足率Q`)
  { name: '核心偿付能力充足率', part: ['核心资本'], whole: ['最低资本'] },
  { name: '综合偿付能力充足率', part: ['实际资本'], whole: ['最低资本'] },
  // marriages and divorces per thousand residents (`结婚登记A对…按常住人口W人计算，粗结婚率为P‰`): pairs over people
  { name: '结婚率', part: ['结婚登记', '结婚'], whole: ['常住人口', '总人口', '人口'], anyUnit: true },
  { name: '离婚率', part: ['离婚登记', '离婚'], whole: ['常住人口', '总人口', '人口'], anyUnit: true },
  // what medical insurance paid of the costs it covers (`政策范围内住院费用W，基金支付A，…基金支付比例为P`)
  { name: '基金支付比例', part: ['基金支付'], whole: ['住院费用', '医疗费用', '费用'] },
  // a dividend per share over earnings per share (`每股配發現金股利A…以每股盈餘W計，現金股利配發率為P`)
  { name: '配发率', part: ['每股配发现金股利', '每股现金股利', '每股股利', '每股派发现金红利'], whole: ['每股盈余', '每股收益'] },
  // a fund's balance over its income of the period (`統籌基金收入W，支出E，當期結餘A，當期結餘率為P`), not the balance
  // carried forward (`累计结余`, over months of spending)
  { name: '当期结余率', part: ['当期结余'], whole: ['收入'], notPart: ['累计'] },
  { name: '一级资本充足率', part: ['一级资本净额'], whole: ['风险加权资产'], notPart: ['核心一级'] },
  { name: '核心一级资本充足率', part: ['核心一级资本净额'], whole: ['风险加权资产'] },
  // loans over deposits (`存款余额W，贷款余额A，存贷比为P`; Taiwan's `存款餘額W，放款餘額A，存放比為P`)
  // (of all loans and deposits, never of a kind listed under them: `其中住户存款余额`, `制造业中长期贷款余额`)
  { name: '存贷比', part: ['贷款余额', '贷款总额', '贷款'], whole: ['各项存款', '存款总额', '存款余额', '存款'], totalsOnly: true },
  { name: '存放比', part: ['放款余额', '放款总额', '放款'], whole: ['存款总额', '存款余额', '存款'], totalsOnly: true },
  { name: '存放比率', part: ['放款余额', '放款总额', '放款'], whole: ['存款总额', '存款余额', '存款'], totalsOnly: true },
  { name: '毛利率', part: ['毛利'], whole: ['营业收入', '营收', '收益', '收入'] },
  // the labour force over the population of working age (`劳动力为A，15岁以上民间人口为B，劳动力参与率为P`)
  // (Macau's is of the labour force named 勞動人口 over those aged 16 and over: `16歲及以上人口W，勞動人口A，勞動力參與率P`)
  { name: '劳动力参与率', part: ['劳动力', '劳动人口'], whole: ['民间人口', '岁以上人口', '以上人口', '劳动年龄人口'] },
  { name: '劳动参与率', part: ['劳动力'], whole: ['民间人口', '岁以上人口', '劳动年龄人口'] },
  // (Hong Kong's: `勞動人口參與率` is over the land-based population aged 15 and over, never over those employed)
  { name: '劳动人口参与率', part: ['劳动人口'], whole: ['以上人口', '陆上非住院人口'] },
  // bed-days used over bed-days open (`实际占用总床日数A，实际开放总床日数B，病床使用率为P`)
  { name: '病床使用率', part: ['实际占用总床日'], whole: ['实际开放总床日', '开放总床日'] },
  // the unemployed over the labour force (`劳动力A，失业者B，失业率P`; Hong Kong's `劳动人口`)
  { name: '失业率', part: ['失业者', '失业人数', '失业人口'], whole: ['劳动力', '劳动人口'] },
  // those insured over those employed (`劳工保险投保人数A，就业人数W，投保率为P`)
  { name: '投保率', part: ['投保人数', '投保'], whole: ['就业人数', '就业人口', '受雇人数', '受雇者'], alsoGeneric: true },
  // a housing provident fund's loans over its deposits (`缴存余额T，个人住房贷款余额A，个贷率为P`)
  { name: '个贷率', part: ['个人住房贷款余额', '个贷余额'], whole: ['缴存余额'] },
  // net margin: the year's profit over revenue (`收益为482.6億港元…年度溢利為61.3億港元，純利率為`)
  { name: '纯利率', part: ['纯利', '溢利', '净利润', '净利'], whole: ['营业收入', '营收', '收益', '收入'] },
  { name: '净利率', part: ['纯利', '溢利', '净利润', '净利'], whole: ['营业收入', '营收', '收益', '收入'] },
  // Hong Kong's word for it (`股东应占溢利A，溢利率为P`)
  { name: '溢利率', part: ['溢利', '纯利', '净利润', '净利'], whole: ['营业收入', '营收', '收益', '收入'] },
  // infant deaths per live birth, in ‰ (`活产数5.84万人，婴儿死亡142人，婴儿死亡率为2.43‰`)
  // (or per birth, as city bulletins count them: `出生人口W…；婴儿死亡A人，婴儿死亡率为P`)
  { name: '婴儿死亡率', part: ['婴儿死亡'], whole: ['活产数', '活产婴儿', '活产', '出生人口'] },
  // live births over the population (`活產嬰兒A名，以年末總人口W計算，粗出生率為P`)
  { name: '粗出生率', part: ['活产婴儿', '活产', '出生'], whole: ['总人口', '常住人口', '人口'] },
  // mothers under systematic care over live births (`活产数A，孕产妇系统管理人数B，孕产妇系统管理率为P`)
  { name: '孕产妇系统管理率', part: ['孕产妇系统管理', '系统管理'], whole: ['活产数', '活产'] },
  // cases cleared over cases filed (`立刑事案件A起…；破获刑事案件B起，破案率P`), and a court's cases closed over cases
  // received (`受理案件A件，审结B件，结案率P`); the nearest 立案 first, the whole year's `立刑事案件` when none is
  // (`其中诈骗案件立案A起、破案B起，破案率P` is over A)
  // (the two are counts of one subject, stated side by side: `其中诈骗案件立案A起、破案B起，破案率P` is over A, whatever
  // total the list is read under: measurePair)
  { name: '破案率', part: ['破获刑事案件', '破获案件', '破获', '破案'], whole: ['立案', '刑事立案', '发案', '立刑事案件'], measurePair: true },
  { name: '结案率', part: ['审结', '结案', '办结'], whole: ['受理', '收案'], measurePair: true },
  // households (or people) whose risk of falling back into poverty was removed over those monitored (`纳入防止返贫监测对象
  // A户B人，已消除风险C户，风险消除率P`)
  // (or over those the text says are monitored: `纳入监测的W人中，已消除风险A人`)
  { name: '风险消除率', part: ['消除风险', '风险消除', '已消除'], whole: ['监测对象', '监测的对象', '监测户', '纳入监测'] },
  // children of school age at school over all of that age (`适龄残疾儿童少年W人，已入学A人，入学率为P`)
  { name: '入学率', part: ['已入学', '实际入学'], whole: ['适龄'] },
  // people placed in public-welfare jobs over the jobs created (`开发公益性岗位A个，安置就业困难人员B人，岗位安置率P`): a
  // count of people over a count of posts (anyUnit)
  { name: '岗位安置率', part: ['安置'], whole: ['岗位'], anyUnit: true },
  // (and the posts or places taken up, `开发岗位W个，安置A人，岗位使用率P`; `培訓名額W個，修讀學員A人次，名額使用率P`)
  { name: '岗位使用率', part: ['安置', '上岗', '在岗'], whole: ['岗位'], anyUnit: true },
  { name: '名额使用率', part: ['修读', '报读', '入读', '学员'], whole: ['名额'], anyUnit: true },
  // job fairs' matches over the job seekers, or where none are counted the vacancies offered (`提供職缺W個，媒合成功A人，媒合率為P`)
  { name: '媒合率', part: ['媒合'], whole: ['求职', '职缺', '岗位', '职位'], anyUnit: true },
  // a crop's self-sufficiency: output over consumption (`稻米產量為A，國內消費量W，稻米自給率為P`)
  { name: '自给率', part: ['产量'], whole: ['消费量', '需求量'] },
  // a housing provident fund's withdrawals over its deposits (`缴存额W，提取额A，提取率为P`)
  { name: '提取率', part: ['提取额', '提取金额'], whole: ['缴存额', '缴存金额'] },
  // Taiwan's non-performing loan ratio (`逾期放款金額為A，放款總額為W，逾放比率為P`)
  { name: '逾放比率', ...NON_PERFORMING_LOANS },
  { name: '逾放比', ...NON_PERFORMING_LOANS },
  // livestock raised on large farms over all raised (`生猪出栏T，其中规模养殖场出栏A，规模化率达到P`)
  { name: '规模化率', ...LARGE_FARMS },
  { name: '规模养殖比重', ...LARGE_FARMS },
  // waste recovered over waste generated (`一般廢棄物產生量W，其中回收再利用A，資源回收率P`)
  { name: '回收率', ...WASTE_RECOVERED, alsoGeneric: true },
  { name: '资源回收率', ...WASTE_RECOVERED },
  // an airline's load factor: passenger-kilometres flown over seat-kilometres offered (`可用座位公里W座公里，收入客公里A人公里`)
  { name: '客座率', part: ['收入客公里', '旅客周转量'], whole: ['可用座位公里', '可用座公里'], anyUnit: true },
  // insurance penetration: premiums over GDP (`保费收入A…地区生产总值W，保险深度为P`)
  { name: '保险深度', part: ['保费收入', '原保险保费收入'], whole: ['地区生产总值', '生产总值', 'GDP'] },
  // a securities firm's net capital over its risk capital reserves (`净资本W…各项风险资本准备之和T，风险覆盖率为P`)
  { name: '风险覆盖率', part: ['净资本'], whole: ['风险资本准备'] },
  // building started over building planned (`规划兴建W户，已开工A户，开工率P`); with none so named, read like any rate
  { name: '开工率', part: ['已开工', '实际开工', '累计开工'], whole: ['规划', '计划', '拟建'], alsoGeneric: true },
  // those who used a service over those entitled to it (`利用人数为A，符合资格者约W人，利用率为P`)
  { name: '利用率', part: ['利用人数'], whole: ['符合资格', '资格者'], alsoGeneric: true },
  // compulsory education's retention: this year's graduates over the pupils who entered school nine years before
  // (`2018年入学的小学一年级学生W人，今年初中毕业生A人，九年义务教育巩固率为P`)
  { name: '巩固率', part: ['毕业生'], whole: ['入学'] },
  // output over capacity (`汽车产能为W辆，实际产量A辆，产能利用率为P`; with no output named, read like any rate:
  // `可用產能W片，實際投片量A片`)
  { name: '产能利用率', part: ['实际产量', '产量'], whole: ['产能'], alsoGeneric: true },
  // waste or straw put to use over what arose (`固体废物产生量W，综合利用量A，综合利用率P`)
  { name: '综合利用率', part: ['综合利用量', '综合利用'], whole: ['产生量', '产量', '可收集量'] },
  // runners who finished over those who started (`起跑W人，完赛A人，完赛率为P`)
  { name: '完赛率', part: ['完赛'], whole: ['起跑', '参赛'], alsoGeneric: true },
  // what a medical insurance fund paid over the costs it covers (`政策范围内医疗费用W，基金支付A，…报销比例为P`)
  { name: '报销比例', part: ['基金支付', '统筹基金支付', '医保基金支付'], whole: ['医疗费用', '住院费用'], alsoGeneric: true },
];

/** Rates named like a share of figures named by their stem that are something else: net debt over equity
 *  (`净负债率`), interest-bearing debt (`有息负债率`), return on equity (`净资产收益率`). Never read over the text's figures. */
export const OTHER_DEFINED_RATES = ['净负债率', '有息负债率', '净资产收益率', '权益负债率'];

/** Named wholes of an economy's accounts: a share of one of them is of that figure alone, never of another total that
 *  shares a word with it (`网上零售额` is no `社会消费品零售总额`). */
export const ECONOMY_WHOLES = ['社会消费品零售总额', '地区生产总值', '国内生产总值', '一般公共预算收入', '一般公共预算支出', '全社会用电量', '进出口总额'];

/** Wholes that statistics divide into a fixed set of parts. A text that states the whole and then names every
 *  part (`地区生产总值T，第一产业增加值A，第二产业增加值B，第三产业增加值C`, or the names and `分别为A、B和C`)
 *  says the parts make it up, with no 其中 or 合计: they must add up to it. A part is named by a label that ends with
 *  one of its names (`城镇新增就业` is no part of 常住人口); a part named by none leaves the list incomplete, and then
 *  nothing is read. */
export const KNOWN_PARTITIONS: { whole: string[]; parts: string[][]; all?: string[]; perHead?: boolean; respectiveOnly?: boolean }[] = [
  // `三次产业增加值分别为A、B和C` names all three at once
  { whole: ['生产总值', 'GDP'], parts: [['第一产业增加值', '第一产业'], ['第二产业增加值', '第二产业'], ['第三产业增加值', '第三产业']], all: ['三次产业', '三大产业', '一二三产业', '一、二、三产业'] },
  // (the trade of goods by Hong Kong's name for it too: `商品貿易總額`)
  { whole: ['进出口', '贸易总额', '贸易总值', '贸易货值'], parts: [['出口总额', '出口额', '出口'], ['进口总额', '进口额', '进口']] },
  { whole: ['固定资产投资'], parts: [['第一产业投资', '第一产业'], ['第二产业投资', '第二产业'], ['第三产业投资', '第三产业']], all: ['三次产业'] },
  { whole: ['常住人口', '总人口'], parts: [['城镇常住人口', '城镇人口'], ['乡村常住人口', '乡村人口', '农村常住人口', '农村人口']] },
  { whole: ['常住人口', '总人口', '户籍人口'], parts: [['男性人口', '男性'], ['女性人口', '女性']] },
  { whole: ['一般公共预算收入'], parts: [['税收收入'], ['非税收入']] },
  // money by the level of government it came from (`涉农资金T，其中中央资金A、省级资金B、市县两级资金C`)
  { whole: ['资金'], parts: [['中央资金', '中央财政资金', '中央财政衔接资金'], ['省级资金', '省级财政资金', '省级财政衔接资金'], ['市县两级资金', '市县资金', '市县级资金', '市县财政资金']] },
  // the culture industries by their three classes (`文化及相关产业增加值T，其中文化制造业A、文化批发和零售业B、文化服务业C`)
  { whole: ['文化及相关产业'], parts: [['文化制造业'], ['文化批发和零售业', '文化批发零售业'], ['文化服务业']] },
  // the four sources of a per-head disposable income (`按收入来源分，人均工资性收入A，人均经营净收入B，…`)
  // the labour force: the employed and the unemployed, named together before 分别为 (`勞動人口為T，當中就業人數及失業人數分別為A及B`;
  // one by one they may be flows, `城镇新增就业人数`)
  { whole: ['劳动人口', '劳动力人口'], parts: [['就业人数', '就业人口'], ['失业人数', '失业人口']], respectiveOnly: true },
  // (a per-head whole and per-head parts)
  // (and of a rural or poverty-stricken household's net income, `脱贫户人均纯收入`, by the same four sources)
  { whole: ['可支配收入', '纯收入'], parts: [['工资性收入'], ['经营净收入', '经营性收入', '家庭经营净收入', '家庭经营收入'], ['财产净收入', '财产性收入'], ['转移净收入', '转移性收入']], perHead: true },
  // electricity use: the three industries and households (`分产业看，第一产业…；城乡居民生活用电量…`)
  { whole: ['全社会用电量'], parts: [['第一产业用电量', '第一产业用电', '第一产业'], ['第二产业用电量', '第二产业用电', '第二产业'], ['第三产业用电量', '第三产业用电', '第三产业'], ['城乡居民生活用电量', '城乡居民生活用电', '居民生活用电量', '居民生活用电']] },
  { whole: ['社会消费品零售总额'], parts: [['城镇消费品零售额'], ['乡村消费品零售额']] },
  { whole: ['社会消费品零售总额'], parts: [['商品零售额', '商品零售'], ['餐饮收入额', '餐饮收入']] },
  // grain by season: what summer, early rice and autumn harvests bring is the year's grain (`夏粮、早稻和秋粮分别收获A、B、C，全年粮食总产量T`)
  // (read only when all three are named together: where no early rice grows, 夏粮 and 秋粮 are the whole, as the dev set reads them)
  { whole: ['粮食'], parts: [['夏粮'], ['早稻'], ['秋粮']], respectiveOnly: true },
  // parcels by where they go: within the city, between cities, abroad (with Hong Kong, Macau and Taiwan)
  { whole: ['快递业务量'], parts: [['同城快递业务量', '同城快递', '同城'], ['异地快递业务量', '异地快递', '异地'], ['国际及港澳台快递业务量', '国际及港澳台快递', '国际及港澳台']] },
  // compulsory education is primary and junior secondary school; primary and secondary, those and senior secondary
  { whole: ['义务教育'], parts: [['小学'], ['初中']] },
  { whole: ['中小学'], parts: [['小学'], ['初中'], ['高中']] },
  // rural labour moved to work, by where it went: within the county, elsewhere in the province, outside it
  { whole: ['转移农村劳动力', '农村劳动力转移', '转移就业'], parts: [['县内就业', '县内务工', '县内转移'], ['县外省内就业', '县外省内务工', '省内县外就业', '省内县外务工'], ['省外就业', '省外务工', '省外转移']] },
];
