// Passages for the consistency rules, as data. `valid` passages must give no warning at all (several are consistent
// only through rounding); `invalid` ones must give the stated finding on the stated figure, with `expected` within 1 %
// and, where given, the quick-fix text. Near misses just outside the rounding interval are among the invalid ones.

export interface Invalid {
  text: string;
  code: string;
  /** Text of the flagged figure, and which raw occurrence (1-based) of it. */
  flag: string;
  occurrence?: number;
  expected: number | null;
  fix?: string;
}

export interface RuleTable {
  code: string;
  valid: string[];
  invalid: Invalid[];
}

export const TABLES: RuleTable[] = [
  {
    code: 'percent-mismatch',
    valid: [
      '参保人数412.5万人，参保率为92.6%，应参保人数445.3万人。',
      '健康管理人数达到42.3万人，健康管理率为68.6%，辖区65岁及以上常住老年人口61.7万人。',
      '户籍人口482.6万人，其中城镇人口254.8万人，户籍人口城镇化率为52.8%。',
      '年末常住人口935万人，其中城镇人口612万人，常住人口城镇化率为65.5%，户籍人口城镇化率为48.2%。',
      '2020年截至10月底，甘肃完成精准扶贫劳动力培训37.17万人，完成年度任务26万人的143.0%。',
      '全省年度培训任务26万人，截至10月底已完成37.17万人，完成率143.0%。',
      // rounding: 6.3 ÷ 8 = 78.75 %, but 6.34万 ÷ 7.995万 = 79.3 %
      '今年1至9月，全县城镇新增就业6.3万人，完成全年目标任务8万人的79.3%。',
      '全县共有规模以上工业企业320家，其中民营企业256家，占80.0%。',
      '全市共有规上企业1,250家，其中高新技术企业380家，占比达30.4%。',
      // the share has its own subject: 45 % of the teachers, not of the staff
      '该校现有教职工1200余人，其中专任教师860人，具有高级职称的占45%。',
      '全市共有养老機構286家，床位3.2萬張，其中護理型床位1.9萬張，佔比59.4%。',
      '全年地区生产总值8640.2亿元。全社会研发经费投入216.5亿元，占地区生产总值的比重为2.51%。',
      '全年地区生产总值10975.3亿元，研发经费投入286.4亿元，占地区生产总值比重为2.61%。',
      '全市外贸进出口总额1,560亿元，其中出口980亿元，同比增长10.5%，占62.8%。',
      '一般公共预算收入865.3亿元，其中税收收入692.4亿元，比重为80.0%。',
      // a share of a whole the text never states: nothing to check
      '全市外贸进出口总额1,560亿元，同比增长8.2%，占全省的12.5%。',
      '全年完成投资1286.4亿元，其中政府投资326.8亿元，社会投资959.6亿元，分别占25.4%和74.6%。',
      '该企业营业收入86.4亿元，净利润9.3亿元，净利率为10.8%。',
      '年末常住人口812.4万人。全年出生人口6.13万人，出生率为7.55‰；死亡人口5.92万人，死亡率为7.29‰。',
      '今年全区完成造林2.7万亩，完成年度计划3万亩的九成。',
      // a share without a stated part: nothing to check
      '今年第一季訪港旅客約一千零八十萬人次，按年上升百分之四十六點五，其中內地旅客佔近八成。',
      '該校今年共有畢業生3,260人，已落實去向3,012人，落實率為92.4%。',
      '全市户籍人口中，男性268.3万人，女性256.1万人，性别比为104.8。',
      '城镇居民人均可支配收入48560元，农村居民人均可支配收入21350元，城乡居民收入比为2.27。',
      '全市总人口934.5万人，其中65岁及以上老年人口152.3万人，占总人口的16.3%。',
      '全年计划新增城镇就业8万人，实际完成8.42万人，完成计划的105.3%。',
      '全省完成造林4.6万亩，完成年度任务4万亩的超过110%。',
      '今年预算安排民生支出520亿元，实际支出536.8亿元，为预算的103.2%。',
      '研发投入6.84亿元，占营业收入的比例为4.5%；全年实现营业收入152.3亿元。',
      // an aside between the share and its figure names the share, not the whole
      '全市居民人均消费支出28650元，其中食品烟酒支出8,420元，占消费支出的比重（恩格尔系数）为29.4%。',
      '全县完成造林面积5.52万亩，完成率为110.4%，年度计划为5.00万亩。',
      // the whole named after the share is of another period: not the whole
      '研发投入6.84亿元，占营业收入的比例为5.2%；上年营业收入为152.3亿元。',
      // the whole named as the total of a nested part (研发人员总数), not the 其中-total
      '公司在职员工12,486人，其中研发人员3,052人，研发人员中硕士及以上学历1,236人，占研发人员总数的40.5%。',
      // a rate of a 其中-part of a 其中-part: two possible bases, nothing checked
      '全县脱贫人口5.62万人，其中有劳动能力的3.84万人，已实现就业3.71万人，就业率为96.6%。',
      // 流动负债 is a part of 总负债: the rate is of the total
      '公司总资产1,286.5亿元，其中流动资产712.3亿元；总负债812.4亿元，其中流动负债624.8亿元；资产负债率为63.1%。',
      '全年城镇新增就业8.6万人，完成年度目标的107.5%，年度目标为8万人。',
      // the share's subject names an earlier 其中-part, not the figure right before it
      '公司员工12,486人，其中研发人员3,052人，生产人员6,120人，研发人员占员工总数的24.4%。',
      '年末常住人口1,034.6万人，其中城镇人口712.3万人，乡村人口322.3万人，城镇人口占比68.8%。',
      // 税收 names both 税收收入 and 非税收入: no part is certain
      '一般公共预算收入865.3亿元，其中税收收入692.4亿元，非税收入172.9亿元，税收占比90.0%。',
      '年末全市常住人口953.6万人，其中城镇人口652.4万人，常住人口城镇化率为68.4%。',
      // a bare 占 under a total with a share of its own: either whole may be meant, nothing is checked
      '常住人口878.2万人，60岁及以上人口203.8万人，占23.2%，其中65岁及以上人口151.6万人，占17.3%。',
      // the stated change between the part and 占 is passed over
      '机动车保有量386.2万辆，其中新能源汽车42.7万辆，比上年末增加15.6万辆，占机动车保有量的11.1%。',
      // 不良贷款 is not 各项贷款; 每股收益 is not 净资产收益: the parts are never stated
      '资产总额12,846.3亿元，各项贷款余额7,438.9亿元，其中个人贷款2,103.5亿元，不良贷款率1.12%。',
      '营业收入86.73亿元，基本每股收益1.26元，加权平均净资产收益率为11.35%。',
      // 户籍人口城镇化率 is of the registered population, which the text does not state
      '年末常住人口935.2万人，其中城镇人口658.4万人，户籍人口城镇化率为55.6%。',
      '新增就业8.6万人，同比增加0.6万人，完成全年目标任务10万人的86.0%。',
      // the share written before its part, which follows in the next clause
      '今年首季本港零售業總銷貨價值為1,023億港元，其中網上銷售佔百分之九點五，涉及金額為97億港元。',
      // 支出总额 names the total, not the 其中-part 民生支出 that also ends in 支出
      '全年一般公共预算支出612.8亿元，其中民生支出493.6亿元，占80.5%；教育支出108.4亿元，占支出总额的17.7%。',
      '今年上半年澳門入境旅客共1,640萬人次，其中內地旅客1,180萬人次，約佔七成。',
    ],
    invalid: [
      { text: '参保人数412.5万人，参保率为86.2%，应参保人数445.3万人。', code: 'percent-mismatch', flag: '86.2%', expected: 92.63, fix: '92.6%' },
      { text: '健康管理人数达到42.3万人，健康管理率为71.6%，辖区65岁及以上常住老年人口61.7万人。', code: 'percent-mismatch', flag: '71.6%', expected: 68.56, fix: '68.6%' },
      { text: '户籍人口482.6万人，其中城镇人口254.8万人，户籍人口城镇化率为58.2%。', code: 'percent-mismatch', flag: '58.2%', expected: 52.8, fix: '52.8%' },
      { text: '全年一般公共预算支出612.8亿元，其中民生支出493.6亿元，占80.5%；教育支出108.4亿元，占支出总额的19.7%。', code: 'percent-mismatch', flag: '19.7%', expected: 17.69, fix: '17.7%' },
      { text: '今年上半年澳門入境旅客共1,640萬人次，其中內地旅客1,180萬人次，約佔六成。', code: 'percent-mismatch', flag: '六成', expected: 71.95 },
      { text: '公司年度销售目标为85亿元，全年实际完成销售额78.2亿元，目标达成率为93.2%。', code: 'percent-mismatch', flag: '93.2%', expected: 92, fix: '92.0%' },
      { text: '今年首季本港零售業總銷貨價值為1,023億港元，其中網上銷售佔百分之八點五，涉及金額為97億港元。', code: 'percent-mismatch', flag: '百分之八點五', expected: 9.48 },
      { text: '全年全市接待游客2,860万人次，其中过夜游客占比为42.5%，达到1,386万人次。', code: 'percent-mismatch', flag: '42.5%', expected: 48.46, fix: '48.5%' },
      { text: '今年首季訪港旅客達1,041 萬人次，其中內地旅客812萬人次，佔整體的68.0%。', code: 'percent-mismatch', flag: '68.0%', expected: 78, fix: '78.0%' },
      { text: '新增就业8.6万人，同比增加0.6万人，完成全年目标任务10万人的96.0%。', code: 'percent-mismatch', flag: '96.0%', expected: 86, fix: '86.0%' },
      { text: '机动车保有量386.2万辆，其中新能源汽车42.7万辆，比上年末增加15.6万辆，占机动车保有量的12.1%。', code: 'percent-mismatch', flag: '12.1%', expected: 11.06, fix: '11.1%' },
      { text: '公司员工12,486人，其中研发人员3,052人，生产人员6,120人，研发人员占员工总数的34.4%。', code: 'percent-mismatch', flag: '34.4%', expected: 24.44, fix: '24.4%' },
      { text: '公司全年营业收入152.3亿元，其中境外收入38.6亿元，所占比重为30.2%。', code: 'percent-mismatch', flag: '30.2%', expected: 25.34, fix: '25.3%' },
      { text: '该校2024届毕业生4,856人，其中已落实毕业去向4,312人，毕业去向落实率为92.8%。', code: 'percent-mismatch', flag: '92.8%', expected: 88.8, fix: '88.8%' },
      { text: '全年一般公共预算支出628.7亿元，其中民生支出498.3亿元，占全部支出的83.5%。', code: 'percent-mismatch', flag: '83.5%', expected: 79.26, fix: '79.3%' },
      { text: '年末全市常住人口953.6万人，其中城镇人口652.4万人，常住人口城镇化率为71.2%。', code: 'percent-mismatch', flag: '71.2%', expected: 68.41, fix: '68.4%' },
      { text: '公司在职员工12,486人，其中研发人员3,052人，研发人员中硕士及以上学历1,236人，占研发人员总数的30.5%。', code: 'percent-mismatch', flag: '30.5%', expected: 40.5, fix: '40.5%' },
      { text: '公司总资产1,286.5亿元，其中流动资产712.3亿元；总负债812.4亿元，其中流动负债624.8亿元；资产负债率为68.1%。', code: 'percent-mismatch', flag: '68.1%', expected: 63.15, fix: '63.1%' },
      { text: '全年城镇新增就业8.6万人，完成年度目标的117.5%，年度目标为8万人。', code: 'percent-mismatch', flag: '117.5%', expected: 107.5, fix: '107.5%' },
      { text: '公司研发投入12.6亿元，占营业收入的比重为6.8%，全年营业收入210.5亿元。', code: 'percent-mismatch', flag: '6.8%', expected: 5.99, fix: '6.0%' },
      { text: '城乡居民人均消费支出31200元，其中食品烟酒支出9,050元，占消费支出的比重（恩格尔系数）为31.0%。', code: 'percent-mismatch', flag: '31.0%', expected: 29.01, fix: '29.0%' },
      { text: '全年完成植树造林8.46万亩，完成率为112.8%，年度计划为8.0万亩。', code: 'percent-mismatch', flag: '112.8%', expected: 105.75, fix: '105.8%' },
      // full-width digits with an ASCII point keep both in the fix
      { text: '全年出口１２,５００萬元，其中對美出口３,２００萬元，佔比２８.６％。', code: 'percent-mismatch', flag: '２８.６％', expected: 25.6, fix: '２５.６％' },
      { text: '全國總人口為２,３３５萬人，其中老年人口達４２８萬人，占比為１９．３５％。', code: 'percent-mismatch', flag: '１９．３５％', expected: 18.33, fix: '１８．３３％' },
      { text: '全市共有规上企业1,250家，其中高新技术企业380家，占比达35.4%。', code: 'percent-mismatch', flag: '35.4%', expected: 30.4, fix: '30.4%' },
      { text: '完成37.17万人，为年度任务26万人的153.0%。', code: 'percent-mismatch', flag: '153.0%', expected: 142.96, fix: '143.0%' },
      { text: '全省年度培训任务26万人，截至10月底已完成37.17万人，完成率153.0%。', code: 'percent-mismatch', flag: '153.0%', expected: 142.96, fix: '143.0%' },
      // near miss: 96.42 ÷ 88.6 = 108.83 %, at most 108.89 %, stated 109.0 %
      { text: '全年新增城鎮就業96.42萬人，完成全年目標任務88.6萬人的109.0%。', code: 'percent-mismatch', flag: '109.0%', expected: 108.83, fix: '108.8%' },
      { text: '全县共有规模以上工业企业320家，其中民营企业256家，占85.0%。', code: 'percent-mismatch', flag: '85.0%', expected: 80, fix: '80.0%' },
      { text: '全年完成投資1,286.4億元，其中政府投資326.8億元，社會投資959.6億元，分別佔35.4%和74.6%。', code: 'percent-mismatch', flag: '35.4%', expected: 25.4, fix: '25.4%' },
      { text: '该企业营业收入86.4亿元，净利润9.3亿元，净利率为12.8%。', code: 'percent-mismatch', flag: '12.8%', expected: 10.76, fix: '10.8%' },
      { text: '年末常住人口812.4万人。全年出生人口6.13万人，出生率为7.55‰；死亡人口5.92万人，死亡率为7.92‰。', code: 'percent-mismatch', flag: '7.92‰', expected: 0.7287, fix: '7.29‰' },
      { text: '全年地区生产总值8640.2亿元。全社会研发经费投入216.5亿元，占地区生产总值的比重为2.15%。', code: 'percent-mismatch', flag: '2.15%', expected: 2.506, fix: '2.51%' },
      { text: '全年地区生产总值10975.3亿元，研发经费投入286.4亿元，占地区生产总值比重为2.81%。', code: 'percent-mismatch', flag: '2.81%', expected: 2.609, fix: '2.61%' },
      { text: '全市外贸进出口总额1,560亿元，其中出口980亿元，同比增长10.5%，占65.8%。', code: 'percent-mismatch', flag: '65.8%', expected: 62.82, fix: '62.8%' },
      { text: '一般公共预算收入865.3亿元，其中税收收入692.4亿元，比重为85.0%。', code: 'percent-mismatch', flag: '85.0%', expected: 80.02, fix: '80.0%' },
      { text: '截至6月末，全县养老保险参保人数41.25万人，应参保人数44.53万人，参保率为96.2%。', code: 'percent-mismatch', flag: '96.2%', expected: 92.63, fix: '92.6%' },
      { text: '該校今年共有畢業生3,260人，已落實去向3,012人，落實率為96.4%。', code: 'percent-mismatch', flag: '96.4%', expected: 92.39, fix: '92.4%' },
      { text: '全市户籍人口中，男性268.3万人，女性256.1万人，性别比为106.8。', code: 'percent-mismatch', flag: '106.8', expected: 104.76, fix: '104.8' },
      { text: '城镇居民人均可支配收入48560元，农村居民人均可支配收入21350元，城乡居民收入比为2.47。', code: 'percent-mismatch', flag: '2.47', expected: 2.274, fix: '2.27' },
      { text: '全年计划新增城镇就业8.0万人，实际完成8.42万人，完成计划的108.3%。', code: 'percent-mismatch', flag: '108.3%', expected: 105.25, fix: '105.3%' },
      { text: '今年预算安排民生支出520亿元，实际支出536.8亿元，为预算的113.2%。', code: 'percent-mismatch', flag: '113.2%', expected: 103.23, fix: '103.2%' },
    ],
  },
  {
    code: 'part-exceeds-total',
    valid: [
      '11月份，全省快递业务量完成2.46亿件，同比增长12.3%；全年累计完成24.8亿件，同比增长10.7%。其中，同城快递业务量4.6亿件，异地快递业务量20.2亿件。',
      '全市累计完成培训257.07万人，其中建档立卡劳动力167.41万人。',
      '吸納就業9.9萬人，其中建檔立卡貧困勞動力4萬多人。',
      // units differ: 户 and 人 never compare
      '“十三五”期间，全市累计实施易地扶贫搬迁3.26万户12.8万人，其中集中安置2.62万户。',
      // the figure right before 其中 is an increment, not the total
      '年末全市常住人口1,034.6萬人，比上年末增加8.2萬人，其中城鎮人口712.3萬人。',
      // per-head figures are not subsets of each other
      '前三季度，全省居民人均消费支出18652元，同比增长9.1%，其中城镇居民人均消费支出24318元。',
      // the comparison base after 其中 is another period, not a part
      '全年进出口总额3215.6亿元，其中出口2100.5亿元，比上年的1980.2亿元增长6.1%。',
      // 超过 / 近 open the interval on one side
      '全市常住人口935万人，其中城镇人口超过600万人。',
      '全市共有企业1.2万家，其中民营企业近1.1万家，占九成以上。',
      // the 其中-total is the figure named like the part (在校学生), not the nearest one in 人 (专任教师)
      '在校学生86.52万人，专任教师6.18万人，生师比为14.0。其中普通高中九十六所，在校生12.3万人。',
    ],
    invalid: [
      { text: '“十三五”期间，全市累计实施易地扶贫搬迁3.26万户12.8万人，其中集中安置3.62万户。', code: 'part-exceeds-total', flag: '3.62万', expected: null },
      { text: '全省脫貧人口中有勞動能力的112.6萬人，其中實現務工就業121.6萬人。', code: 'part-exceeds-total', flag: '121.6萬', expected: null },
      { text: '全市常住人口935万人，其中城镇人口超过980万人。', code: 'part-exceeds-total', flag: '980万', expected: null },
      { text: '截至11月底，全省转移就业187.46万人，完成年度目标任务172.5万人的108.7%，其中省外就业191.2万人。', code: 'part-exceeds-total', flag: '191.2万', expected: null },
    ],
  },
  {
    code: 'sum-mismatch',
    valid: [
      '集團上半年收益為152.38億港元，當中香港業務收益96.15億港元，中國內地業務收益41.27億港元。',
      '全年全市实现地区生产总值3969.5亿元，第一产业、第二产业、第三产业增加值分别为326.5亿元、1428.7亿元和2214.3亿元。',
      '全年地区生产总值126058亿元，比上年增长5.2%。其中，第一产业增加值8946亿元，增长4.1%；第二产业增加值48512亿元，增长4.7%；第三产业增加值68600亿元，增长5.8%。',
      '年末常住人口1000万人，城镇新增就业12万人，农村劳动力转移就业30万人。',
      '货物进出口总额1210.5亿元，出口700.2亿元，进口510.3亿元。',
      '一般公共预算收入310亿元，税收收入240亿元，非税收入70亿元。',
      '新增就业岗位共计4.35万个，分别为第一产业0.32万个、第二产业1.64万个和第三产业2.39万个。',
      '全市共有市场主体5.2万家，其中民营企业4.8万家，民营企业中中小微企业4.6万家，占民营企业总数的95.8%。',
      '全市共有市场主体5.2万家，其中民营企业4.8万家，在民营企业中，中小微企业4.6万家。',
      '全县专任教师3,210人，其中女教师2,180人，少数民族教师1,460人。',
      '全县专任教师3,210人，其中女教师2,180人，党员教师1,460人。',
      '入境旅客共二千八百二十一萬人次，其中內地旅客一千九百萬人次，香港旅客約五百三十三萬人次，台灣旅客約一百萬人次。',
      '全县现有各级各类学校九十八所，其中幼儿园四十所、小学三十三所、初中十七所、高中八所。',
      '全市户籍人口512.3万人，其中城镇人口286.5万人、乡村人口225.8万人。',
      // rounding: 712.3 + 322.4 = 1034.7, total 1,034.6 (712.34 + 322.36 = 1034.7 … 1034.64 fits)
      '年末全市常住人口1,034.6萬人，其中城鎮人口712.3萬人、鄉村人口322.4萬人。',
      '三项支出合计412.6亿元，分别为128.4亿元、156.2亿元和128.0亿元。',
      '上半年接待游客2,680萬、512萬及238萬人次，合計3,430萬人次。',
      '一般公共预算支出中，教育、卫生、社保三项分别为143.8亿元、127.5亿元、96.4亿元，三项合计367.7亿元。',
      '今年1-6月，全市外贸进出口总额1,560亿元，同比增长8.2%，其中出口980亿元，同比增长10.5%，进口580亿元，同比增长4.6%。',
      // parts after 其中 need not be exhaustive
      '全年快递业务量完成41.7亿件；其中农村地区收投快件9.8亿件，占23.5%，跨境快件8600万件，占2.1%。',
      // list items with their own short labels, as bulletins write them
      '新建高标准农田3.2万亩、改造提升1.85万亩、高效节水灌溉0.68万亩，合计5.73万亩。',
      // an item whose label states a change is not simply a part: the list is not read
      '粮食播种面积3.2万亩、比上年增加1.85万亩、油料0.68万亩，合计5.83万亩。',
      // 已实现就业 is a part of the part before it, not a second part of the total
      '全县脱贫人口5.62万人，其中有劳动能力的3.84万人，已实现就业3.71万人。',
      // the total restated after its parts is not one more part
      '全市实际使用外资52.6亿美元，其中制造业18.4亿美元、服务业34.2亿美元，合计52.6亿美元。',
      // the 分别 list adds up to its own 合计, not to the total before 其中
      '一般公共预算支出712.5亿元，其中教育、社会保障和就业、卫生健康三项支出分别为128.6亿元、104.3亿元和61.8亿元，合计294.7亿元。',
      // 其余: the parts leave a rest
      '全市A级旅游景区86家，其中5A级3家、4A级29家、3A级48家，其余为2A级及以下景区。',
      // parts named by an attribute (…的) may overlap the others
      '专任教师5,236人，其中女教师3,412人，具有本科及以上学历的4,108人。',
      // a balance is not a part
      '进出口总额2,865.3亿元，其中出口1,702.6亿元，进口1,162.7亿元，贸易顺差539.9亿元。',
      // 分别 after the parts distributes a change or a share; it does not declare them the whole list
      '全年货物进出口总额1,286.4亿元，其中对东盟、欧盟进出口312.5亿元和205.8亿元，分别增长6.3%和2.1%。',
      '全县共有卫生技术人员8,620人，其中执业医师3,150人、注册护士3,980人，分别占36.5%和46.2%。',
    ],
    invalid: [
      { text: '初步核算，全年全市实现地区生产总值3959.5亿元，第一产业、第二产业、第三产业增加值分别为326.5亿元、1428.7亿元和2214.3亿元。', code: 'sum-mismatch', flag: '3959.5亿', expected: 396950000000, fix: '3969.5亿' },
      { text: '货物进出口总额1200.5亿元，出口700.2亿元，进口510.3亿元。', code: 'sum-mismatch', flag: '1200.5亿', expected: 121050000000, fix: '1210.5亿' },
      { text: '一般公共预算收入300亿元，税收收入240亿元，非税收入70亿元。', code: 'sum-mismatch', flag: '300亿', expected: 31000000000, fix: '310亿' },
      { text: '年末常住人口1000.5万人，城镇常住人口600.2万人，乡村常住人口410.3万人。', code: 'sum-mismatch', flag: '1000.5万', expected: 10105000, fix: '1010.5万' },
      { text: '新增就业岗位共计4.25万个，分别为第一产业0.32万个、第二产业1.64万个和第三产业2.39万个。', code: 'sum-mismatch', flag: '4.25万', expected: 43500, fix: '4.35万' },
      { text: '今年全县共完成高标准农田建设4.2万亩，其中新建2.65万亩、改造提升1.73万亩。', code: 'sum-mismatch', flag: '4.2万', expected: 43800 },
      { text: '全县专任教师3,210人，其中女教师2,180人，男教师1,460人。', code: 'sum-mismatch', flag: '3,210', expected: 3640 },
      { text: '全年全省糧食總產量為612.8萬噸，比上年增長1.9%。其中，夏糧產量205.4萬噸，秋糧產量417.4萬噸。', code: 'sum-mismatch', flag: '612.8萬', expected: 6228000 },
      { text: '城镇新增就业2.46万人，失业人员再就业8,730人，就业困难人员实现就业2,140人，三项合计3.81万人。', code: 'sum-mismatch', flag: '3.81万', expected: 35470, fix: '3.55万' },
      { text: '全市A级旅游景区86家，其中5A级3家、4A级39家、3A级48家，其余为2A级及以下景区。', code: 'sum-mismatch', flag: '86', expected: null },
      { text: '人工造林12.6万亩、封山育林8.45万亩，共计完成营造林22.05万亩。', code: 'sum-mismatch', flag: '22.05万', expected: 210500, fix: '21.05万' },
      { text: '全年新建公办幼儿园12所、改扩建中小学8所、新建高中3所，合计26所。', code: 'sum-mismatch', flag: '26', expected: 23, fix: '23' },
      { text: '新建3.2万亩、改造提升1.85万亩，两项合计5.83万亩。', code: 'sum-mismatch', flag: '5.83万', expected: 50500, fix: '5.05万' },
      { text: '全市户籍人口512.3万人，其中城镇人口286.5万人、乡村人口252.8万人。', code: 'sum-mismatch', flag: '252.8万', expected: 2258000, fix: '225.8万' },
      { text: '全市户籍人口512.3万人，其中城镇人口286.5万人、乡村人口215.8万人。', code: 'sum-mismatch', flag: '512.3万', expected: 5023000, fix: '502.3万' },
      { text: '三项支出合计412.6亿元，分别为128.4亿元、156.2亿元和138.0亿元。', code: 'sum-mismatch', flag: '412.6亿', expected: 42260000000, fix: '422.6亿' },
      { text: '上半年接待游客2,680萬、512萬及238萬人次，合計3,530萬人次。', code: 'sum-mismatch', flag: '3,530萬', expected: 34300000, fix: '3,430萬' },
      { text: '一般公共预算支出中，教育、卫生、社保三项分别为143.8亿元、127.5亿元、96.4亿元，三项合计376.7亿元。', code: 'sum-mismatch', flag: '376.7亿', expected: 36770000000, fix: '367.7亿' },
      { text: '全市共有各类市场主体52.6万户，其中企业16.8万户，个体工商户35.1万户，农民专业合作社7.0万户。', code: 'sum-mismatch', flag: '7.0万', expected: 7000, fix: '0.7万' },
      { text: '全市共有医疗卫生机构2856个，其中医院186个、基层医疗卫生机构2598个、专业公共卫生机构92个。', code: 'sum-mismatch', flag: '2856', expected: 2876 },
      // near miss: 143.8 + 127.5 + 96.4 + 144.7 = 512.4 ≤ 512.6, stated 512.7
      { text: '四项民生支出分别为143.8亿元、127.5亿元、96.4亿元和144.7亿元，合计512.7亿元。', code: 'sum-mismatch', flag: '512.7亿', expected: 51240000000, fix: '512.4亿' },
    ],
  },
  {
    code: 'growth-mismatch',
    valid: [
      '营收由去年的1,520亿元增长到今年的1,842亿元，增长率为21.2%。',
      '人均可支配收入由2015年的1.86万元提高到2020年的3.75万元，实现翻一番；“十四五”开局之年又比上年增长8.6%。',
      '去年該市旅遊收入為386億元，今年增至452億元，增幅為17.1%。',
      '全年进出口总额3215.6亿元，较上年的3428.3亿元下降6.2%。',
      '全年实现旅游总收入486.3亿元，同比增长12.4%，去年同期为432.7亿元。',
      '粮食总产量达到1350万吨，比上年的1308万吨增加42万吨，增长3.2%。',
      // rounding: 41.3 ÷ 36.7 − 1 = 12.53 %, stated 12.6 %
      '实现旅游收入41.3亿元，比上年同期的36.7亿元增长12.6%。',
      // a compound annual rate is not the total growth
      '全市网络零售额由2018年的512亿元增长到2023年的1862亿元，年均增长29.5%。',
      '全年进出口总额3215.6亿元，比上年下降6.2%，降幅比上年收窄2.1个百分点。',
      '全市高新技术企业达到2860家，较上年增加320家，增长12.6%。',
      '去年全市生产总值为5680亿元，今年为6020亿元，增长了6.0%。',
      '全年实现旅游收入41.3亿元，比上年的36.7亿元多4.6亿元。',
      '全年实现营业收入128.6亿元，与上年的105.2亿元相比，增长22.2%。',
      '今年前三季出口值為3,280.5億美元，較去年同期的2,950.2億美元年增11.2%。',
      '全年社会消费品零售总额2.35万亿元，增长10.3%（上年同期为2.13万亿元）。',
      // 分别比…: the bases pair with the figures in order, which is not read; nothing is checked
      '两地分别接待游客68.4万人次和152.7万人次，分别比上年的60.2万人次和130.5万人次增长13.6%和17.0%。',
      '今年首三季訪港旅客3,420萬人次，按年上升59.1%，去年同期為2,150萬人次。',
      '全年粮食产量100.6万吨，比上年的97.2万吨增产3.4万吨。',
      '全年营业收入86.4亿元，上年同期为72.1亿元，同比增长19.8%。',
      '城镇居民人均可支配收入48,560元，增长7.6%，上年为45,120元。',
      '2023年全市社会消费品零售总额2,315.6亿元，2022年为2,186.4亿元，同比增长5.9%。',
      '第三季合併營收約新臺幣7,596.9億元，季增12.8%，上季為6,733.4億元。',
      // the base named after is of the monthly change, not of the yearly one
      '出口值為412.3億美元，月增3.2%，年增15.6%，上月為399.5億美元。',
      // chained comparisons: each base with the figure they compare, not with the base before
      '每股盈餘5.86元，較上季的5.32元成長10.2%，較去年同期的3.91元成長49.9%。',
      '营收25.3亿元，比上年同期的21.6亿元增长17.1%，比上季度的27.9亿元下降9.3%。',
      '常住人口1,025.6万人，比上年末的1,017.4万人增加8.2万人，比2020年末的998.6万人增加27.0万人。',
    ],
    invalid: [
      { text: '营收由去年的1,520亿元增长到今年的1,842亿元，增长率为25.3%。', code: 'growth-mismatch', flag: '25.3%', expected: 21.18, fix: '21.2%' },
      { text: '營收由去年的1,520億元成長至今年的1,842億元，年增率達25.3%。', code: 'growth-mismatch', flag: '25.3%', expected: 21.18, fix: '21.2%' },
      { text: '存款余额15286.4亿元，比年初增加1132.7亿元，增长9.0%。', code: 'growth-mismatch', flag: '9.0%', expected: 8, fix: '8.0%' },
      { text: '113年第二季製造業產值為新臺幣6兆2,418億元，較上年同季的6兆5,037億元衰退3.2%。', code: 'growth-mismatch', flag: '3.2%', expected: 4.03, fix: '4.0%' },
      { text: '306億港元，按年下跌9.3%，去年同月為330億港元。', code: 'growth-mismatch', flag: '9.3%', expected: 7.27, fix: '7.3%' },
      { text: '常住人口1,025.6万人，比上年末的1,017.4万人增加8.2万人，比2020年末的998.6万人增加37.0万人。', code: 'growth-mismatch', flag: '37.0万', expected: 270000, fix: '27.0万' },
      { text: '第三季合併營收約新臺幣7,596.9億元，季增15.8%，上季為6,733.4億元。', code: 'growth-mismatch', flag: '15.8%', expected: 12.82, fix: '12.8%' },
      { text: '城镇居民人均可支配收入48,560元，增长5.2%，上年为45,120元。', code: 'growth-mismatch', flag: '5.2%', expected: 7.62, fix: '7.6%' },
      { text: '2023年全市社会消费品零售总额2,315.6亿元，2022年为2,186.4亿元，同比增长8.9%。', code: 'growth-mismatch', flag: '8.9%', expected: 5.91, fix: '5.9%' },
      { text: '臺灣去年出生數為13.5萬人，較前年的13.9萬人減少0.4萬人，年減5.8%。', code: 'growth-mismatch', flag: '5.8%', expected: 2.88, fix: '2.9%' },
      { text: '來臺旅客785.2萬人次，較上年的648.7萬人次成長31.6%。', code: 'growth-mismatch', flag: '31.6%', expected: 21.04, fix: '21.0%' },
      { text: '年末全市常住人口965.2万人，比上年末的931.9万人净增2.3万人。', code: 'growth-mismatch', flag: '2.3万', expected: 333000, fix: '33.3万' },
      { text: '年末常住人口965.2万人，比上年末增加2.3万人，上年末为931.9万人。', code: 'growth-mismatch', flag: '2.3万', expected: 333000, fix: '33.3万' },
      { text: '出口4,750.7億美元，年增15.0%，上年為4,320.6億美元。', code: 'growth-mismatch', flag: '15.0%', expected: 9.95, fix: '10.0%' },
      { text: '人口13萬2,400人，較上年的13萬5,571人年減5.3%。', code: 'growth-mismatch', flag: '5.3%', expected: 2.34, fix: '2.3%' },
      { text: '全年营业收入86.4亿元，上年同期为72.1亿元，同比增长13.5%。', code: 'growth-mismatch', flag: '13.5%', expected: 19.83, fix: '19.8%' },
      { text: '全年入境旅客1,286萬人次，按年上升32.5%，去年同期為1,052萬人次。', code: 'growth-mismatch', flag: '32.5%', expected: 22.24, fix: '22.2%' },
      { text: '該校今年招收新生2,480名，較前年增加18.6%，而前年則為2,250名。', code: 'growth-mismatch', flag: '18.6%', expected: 10.22, fix: '10.2%' },
      { text: '全年进出口总额3215.6亿元，较上年的3428.3亿元下降8.2%。', code: 'growth-mismatch', flag: '8.2%', expected: 6.2, fix: '6.2%' },
      // the later figure reached with 增至: 452 ÷ 386 − 1 = 17.1 %
      { text: '去年該市旅遊收入為386億元，今年增至452億元，增幅為15.1%。', code: 'growth-mismatch', flag: '15.1%', expected: 17.1, fix: '17.1%' },
      { text: '全年實現旅遊總收入486.3億元，同比增長15.4%，去年同期為432.7億元。', code: 'growth-mismatch', flag: '15.4%', expected: 12.39, fix: '12.4%' },
      { text: '粮食总产量达到1350万吨，比上年的1308万吨增加52万吨，增长3.2%。', code: 'growth-mismatch', flag: '52万', expected: 420000, fix: '42万' },
      // near miss: 6842.7 ÷ 6315.2 − 1 = 8.35 %, stated 8.5 %
      { text: '全年总诊疗人次达到6842.7万人次，比上年的6315.2万人次增长8.5%。', code: 'growth-mismatch', flag: '8.5%', expected: 8.35, fix: '8.4%' },
      { text: '全市网络零售额由2018年的512亿元增长到2023年的1862亿元，增长了163.7%。', code: 'growth-mismatch', flag: '163.7%', expected: 263.67, fix: '263.7%' },
      { text: '全市高新技术企业达到2860家，较上年增加320家，增长14.6%。', code: 'growth-mismatch', flag: '14.6%', expected: 12.6, fix: '12.6%' },
      { text: '去年全市生产总值为5680亿元，今年为6020亿元，增长了7.0%。', code: 'growth-mismatch', flag: '7.0%', expected: 5.99, fix: '6.0%' },
      { text: '全年实现旅游收入41.3亿元，比上年的36.7亿元多5.6亿元。', code: 'growth-mismatch', flag: '5.6亿', expected: 460000000, fix: '4.6亿' },
      { text: '全年实现营业收入128.6亿元，与上年的105.2亿元相比，增长18.2%。', code: 'growth-mismatch', flag: '18.2%', expected: 22.24, fix: '22.2%' },
      { text: '今年前三季出口值為3,280.5億美元，較去年同期的2,950.2億美元年增13.2%。', code: 'growth-mismatch', flag: '13.2%', expected: 11.2, fix: '11.2%' },
      { text: '全年社会消费品零售总额2.35万亿元，增长6.8%（上年同期为2.13万亿元）。', code: 'growth-mismatch', flag: '6.8%', expected: 10.33, fix: '10.3%' },
      // the figures fell although the text says 增长: flagged, but the number alone is no fix
      { text: '全年实现营业收入98.6亿元，比上年的105.2亿元增长6.3%。', code: 'growth-mismatch', flag: '6.3%', expected: 6.27 },
      { text: '该市2023年末户籍人口为486.3万人，比2022年末的490.5万人减少5.2万人。', code: 'growth-mismatch', flag: '5.2万', expected: 42000, fix: '4.2万' },
    ],
  },
  {
    code: 'percentage-point-confusion',
    valid: [
      '全市规模以上工业增加值增长5.3%，比上年同期回落1.5个百分点（上年同期增长6.8%）。',
      '全市规模以上工业增加值下降5.3%，增速比上年同期回落1.5个百分点，上年同期为6.8%。',
      '调查失业率由年初的2.4%逐步回落至年末的1.1%，回落幅度为1.3个百分点。',
      '全县森林覆盖率由2015年的38.6%提高到2023年的45.2%，提高了6.6个百分点。',
      // read literally: 45.2 ÷ 38.6 − 1 = 17.1 %
      '全县森林覆盖率由2015年的38.6%提高到2023年的45.2%，提高了17.1%。',
      // rounding: 59.8 − 57.6 = 2.2, but 59.84 − 57.56 = 2.28 → 2.3
      '今年上半年青年勞動參與率為59.8%，較去年同期的57.6%上升2.3個百分點。',
      '規模以上工業增加值同比增長8.3%，比全省平均水平（6.4%）高1.9個百分點。',
      '常住人口城镇化率为65.2%，上年为64.4%，提高0.8个百分点。',
      '工业增加值增长8.3%，比上年的6.4%加快1.9个百分点。',
      '10月失業率為3.42%，較上月的3.45%降0.03個百分點。',
      '城镇登记失业率为3.2%，比上年下降0.4个百分点，上年为3.6%。',
    ],
    invalid: [
      { text: '全市规模以上工业增加值增长5.3%，增速比上年同期回落1.2个百分点；上年同期增速为6.8%。', code: 'percentage-point-confusion', flag: '1.2个百分点', expected: 1.5, fix: '1.5个百分点' },
      { text: '全市规模以上工业增加值增长5.3%，比上年同期回落1.2个百分点（上年同期增长6.8%）。', code: 'percentage-point-confusion', flag: '1.2个百分点', expected: 1.5, fix: '1.5个百分点' },
      { text: '调查失业率由年初的2.4%逐步回落至年末的1.1%，回落幅度为1.5个百分点。', code: 'percentage-point-confusion', flag: '1.5个百分点', expected: 1.3, fix: '1.3个百分点' },
      { text: '毕业生去向落实率为88.1%，比上届的84.6%高出3.5%。', code: 'percentage-point-confusion', flag: '3.5%', expected: 3.5, fix: '3.5个百分点' },
      { text: '城镇登记失业率为3.2%，比上年下降0.8个百分点，上年为3.6%。', code: 'percentage-point-confusion', flag: '0.8个百分点', expected: 0.4, fix: '0.4个百分点' },
      { text: '全县森林覆盖率由2015年的38.6%提高到2023年的45.2%，提高了6.6%。', code: 'percentage-point-confusion', flag: '6.6%', expected: 6.6, fix: '6.6个百分点' },
      { text: '全縣機械化率從2020年的百分之六十八提高到2023年的百分之七十六，提高了百分之八。', code: 'percentage-point-confusion', flag: '百分之八', expected: 8, fix: '8個百分點' },
      { text: '全县森林覆盖率由2015年的38.6%提高到2023年的45.2%，提高了7.6个百分点。', code: 'percentage-point-confusion', flag: '7.6个百分点', expected: 6.6, fix: '6.6个百分点' },
      // near miss: 5.6 − 5.1 = 0.5 (0.4 … 0.6), stated 0.3
      { text: '二季度城镇调查失业率为5.1%，比一季度的5.6%回落0.3个百分点。', code: 'percentage-point-confusion', flag: '0.3个百分点', expected: 0.5, fix: '0.5个百分点' },
      { text: '常住人口城镇化率为65.2%，上年为64.4%，提高1.8个百分点。', code: 'percentage-point-confusion', flag: '1.8个百分点', expected: 0.8, fix: '0.8个百分点' },
      { text: '10月失業率為3.42%，較上月的3.45%降0.13個百分點。', code: 'percentage-point-confusion', flag: '0.13個百分點', expected: 0.03, fix: '0.03個百分點' },
      { text: '全县贫困发生率从2014年的18.6%下降到2019年的0.3%，下降了17.3个百分点。', code: 'percentage-point-confusion', flag: '17.3个百分点', expected: 18.3, fix: '18.3个百分点' },
    ],
  },
  {
    code: 'multiple-mismatch',
    valid: [
      '全市全社会研发经费投入达到186.4亿元，相当于2015年的3.2倍；2015年全市研发经费投入为58.3亿元。',
      '全市全社会研发经费投入达到186.4亿元，相当于2015年的2.6倍；2015年全市财政收入为58.3亿元。',
      '今年全市帶動消費21.6億元，是發放消費券3.0億元的7.2倍。',
      '全市新能源汽车产量达到48.6万辆，是2020年12.1万辆的4倍，提前实现翻两番目标。',
      '全市网络零售额由2018年的512亿元增长到2023年的1024亿元，翻了一番。',
      // rounding: 1.2万亿 ÷ 5千亿 − 1 = 1.4, the intervals reach 1.5
      '全省数字经济规模由2018年的5千亿元增加到2023年的1.2万亿元，增长1.5倍。',
      // the base named by its period: the start of the 从…到 change, or the figure named with the same year
      '全市企业从2019年的186家增加到2024年的612家，是五年前的3.3倍。',
      '全市研发投入达到86亿元，相当于2015年的2.8倍，2015年为31亿元。',
      // 翻一番还多 is a floor: never checked as a value
      '农民人均收入由1.82万元提高到5.35万元，实现翻一番还多，增长了1.9倍。',
      '全市旅游收入由2012年的120亿元增至2022年的480亿元，实现翻两番。',
      '全市跨境電商進出口額由2019年的86.5億元增長到2023年的214.7億元，四年間增長了1.5倍。',
      '2023年全市工业机器人产量达到3.9万套，相当于2019年产量（1.1万套）的3.5倍。',
    ],
    invalid: [
      { text: '全市全社会研发经费投入达到186.4亿元，相当于2015年的2.6倍；2015年全市研发经费投入为58.3亿元。', code: 'multiple-mismatch', flag: '2.6倍', expected: 3.2, fix: '3.2倍' },
      { text: '2023年全市工业机器人产量达到3.9万套，相当于2019年产量（1.1万套）的4.5倍。', code: 'multiple-mismatch', flag: '4.5倍', expected: 3.55, fix: '3.5倍' },
      { text: '全省跨境電商進出口額由2019年的186億元增至2023年的1,024億元，增至原來的4.5倍。', code: 'multiple-mismatch', flag: '4.5倍', expected: 5.51, fix: '5.5倍' },
      { text: '全市高新技术企业由2018年的240家增加到2023年的1,050家，扩大到3.8倍。', code: 'multiple-mismatch', flag: '3.8倍', expected: 4.38, fix: '4.4倍' },
      { text: '全市高新技术企业由2018年的240家增加到2023年的1,050家，数量翻了一番。', code: 'multiple-mismatch', flag: '翻了一番', expected: 4.38 },
      { text: '全市跨境電商進出口額由2019年的86.5億元增長(zhǎng)到2023年的214.7億元，四年間實現翻兩番。', code: 'multiple-mismatch', flag: '翻兩番', expected: 2.48 },
      { text: '全市高新技术企业从2018年的240家增加到2023年的1,050家，是五年前的3.8倍。', code: 'multiple-mismatch', flag: '3.8倍', expected: 4.38, fix: '4.4倍' },
      { text: '全市研发投入达到86亿元，相当于2015年的3.2倍，2015年为31亿元。', code: 'multiple-mismatch', flag: '3.2倍', expected: 2.77, fix: '2.8倍' },
      { text: '农民人均收入由1.82万元提高到4.35万元，实现翻一番还多，增长了1.8倍。', code: 'multiple-mismatch', flag: '1.8倍', expected: 1.39, fix: '1.4倍' },
      { text: '全市旅游收入由2012年的120亿元增至2022年的400亿元，实现翻两番。', code: 'multiple-mismatch', flag: '翻两番', expected: 3.33 },
      { text: '今年全市帶動消費21.6億元，是發放消費券3.0億元的8.2倍。', code: 'multiple-mismatch', flag: '8.2倍', expected: 7.2, fix: '7.2倍' },
      { text: '全县农村居民人均可支配收入从2013年的5120元增加到2023年的15360元，增长了3倍。', code: 'multiple-mismatch', flag: '3倍', expected: 2, fix: '2倍' },
      { text: '全市网络零售额由2018年的512亿元增长到2023年的1862亿元，翻了一番。', code: 'multiple-mismatch', flag: '翻了一番', expected: 3.64 },
    ],
  },
  {
    code: 'average-mismatch',
    valid: [
      '全年共举办招聘活动326场，累计提供就业岗位9.78万个，平均每场提供岗位约300个。',
      '全年共举办招聘活动326场，累计提供就业岗位9.78万个，场均提供岗位300个。',
      '接待国内游客6,842万人次，实现国内旅游收入812.6亿元，人均花费1,188元。',
      '常住人口528.4万人，共有卫生技术人员4.86万人，每千常住人口拥有卫生技术人员9.2人。',
      '全县有建档立卡贫困户1.26万户4.38万人，户均人口3.5人。',
      '全市常住人口935万人，地区生产总值1.2万亿元，人均地区生产总值12.8万元。',
      // rounding: 35.2 ÷ 86.4 × 1000 = 407.4, the intervals reach 408
      '全县粮食播种面积86.4万亩，总产量35.2万吨，平均亩产408公斤。',
      '全市共有执业（助理）医师2.9万人，按常住人口935万人计算，每千人口拥有执业（助理）医师3.15人。',
      // no total to divide: nothing to check
      '驻村工作队帮助二十三户群众发展庭院经济，户均增收三千多元。',
      // per-head figures are never totals of another average
      '全市常住人口935万人。城镇居民人均可支配收入51230元，农村居民人均可支配收入23460元。',
      '全市城乡居民储蓄存款余额2680亿元，常住人口935万人，人均储蓄存款2.87万元。',
      '全市常住人口935万人，新增就业12万人，全市一般公共预算收入800亿元，人均一般公共预算收入8556元。',
      '全年累计发放城乡低保金1.2亿元，月均发放1000万元。',
      '全年支付职工薪酬总额29.7亿元，在职员工12,486人，人均月薪酬1.98万元。',
      // 6月均 is a date followed by 均, not a monthly average
      '全年累计完成投资100亿元，1-6月均完成投资50亿元。',
      '全县脱贫人口2.3万户7.8万人，户均3.4人。',
      // a monthly average of a half-year total: six months, not twelve
      '今年上半年本港住宅成交宗數為2.56萬宗，平均每月成交4,267宗。',
      '上半年全市城乡低保资金支出1.71亿元，月均支出2,850万元。',
      '全市夏糧播種面積126.8萬畝，畝產460公斤，總產量58.3萬噸，比上年增產1.2%。',
      // a 其中-part is not the head count of an average
      '本港年中人口為750.3萬人；其中香港永久性居民約700.8萬人。家庭住戶總數為272.6萬戶，平均住戶人數2.8人。',
      '粮食总产量498.6万吨，播种面积1,236.5万亩，其中夏粮、早稻和秋粮产量分别为86.4万吨、35.1万吨和377.1万吨。平均亩产403.2公斤。',
      '全县发放补贴1.38亿元，惠及9.6万户，户均1438元。',
      // 人均每月 of an annual total: twelve months
      '全市公益性岗位安置就业困难人员1.26万人，全年发放岗位补贴3.78亿元，人均每月补贴2500元。',
      '今年向全镇2.37万名农村居民发放产业奖补资金1,186万元，人均501元。',
    ],
    invalid: [
      { text: '全年共举办招聘活动326场，累计提供就业岗位9.78万个，平均每场提供岗位约260个。', code: 'average-mismatch', flag: '260', expected: 300, fix: '300' },
      { text: '全年共举办招聘活动326场，累计提供就业岗位9.78万个，场均提供岗位260个。', code: 'average-mismatch', flag: '260', expected: 300, fix: '300' },
      { text: '接待国内游客6,842万人次，实现国内旅游收入812.6亿元，人均花费1,388元。', code: 'average-mismatch', flag: '1,388', expected: 1188, fix: '1,188' },
      { text: '常住人口528.4万人，共有卫生技术人员4.86万人，每千常住人口拥有卫生技术人员8.2人。', code: 'average-mismatch', flag: '8.2', expected: 9.2, fix: '9.2' },
      { text: '全县全年发放城乡低保金1.26亿元，保障对象3.48万人，人均领取4210元。', code: 'average-mismatch', flag: '4210', expected: 3620.69, fix: '3621' },
      { text: '今年向全镇2.37万名农村居民发放产业奖补资金1,186万元，人均531元。', code: 'average-mismatch', flag: '531', expected: 500.42, fix: '500' },
      { text: '全市公益性岗位安置就业困难人员1.26万人，全年发放岗位补贴3.78亿元，人均每月补贴3000元。', code: 'average-mismatch', flag: '3000', expected: 2500, fix: '2500' },
      { text: '全县发放补贴1.38亿元，惠及9.6万户，平均每户1348元。', code: 'average-mismatch', flag: '1348', expected: 1437.5, fix: '1438' },
      { text: '上半年全市城乡低保资金支出1.71亿元，月均支出3,850万元。', code: 'average-mismatch', flag: '3,850万', expected: 28500000, fix: '2,850万' },
      { text: '全市夏糧播種面積126.8萬畝，畝產495公斤，總產量58.3萬噸，比上年增產1.2%。', code: 'average-mismatch', flag: '495', expected: 459.78, fix: '460' },
      { text: '全年城乡低保资金支出3.42亿元，月均3,150万元。', code: 'average-mismatch', flag: '3,150万', expected: 28500000, fix: '2,850万' },
      { text: '全县搬迁安置1.52万户6.35万人，户均3.6人。', code: 'average-mismatch', flag: '3.6', expected: 4.18, fix: '4.2' },
      { text: '全县有建档立卡贫困户1.26万户4.38万人，户均人口3.2人。', code: 'average-mismatch', flag: '3.2', expected: 3.48, fix: '3.5' },
      { text: '全市常住人口935万人，地区生产总值1.2万亿元，人均地区生产总值14.8万元。', code: 'average-mismatch', flag: '14.8万', expected: 128340, fix: '12.8万' },
      // near miss: 731.2 ÷ 273.5 = 2.67 (at most 2.675), stated 2.8
      { text: '去年本港家庭住戶總數為273.5萬戶，居於家庭住戶的人口為731.2萬人，平均住戶人數為2.8人。', code: 'average-mismatch', flag: '2.8', expected: 2.67, fix: '2.7' },
      { text: '今年全县发放耕地地力保护补贴资金1.38亿元，惠及农户9.6万户，户均补贴1348元。', code: 'average-mismatch', flag: '1348', expected: 1437.5, fix: '1438' },
      // two head counts: the one named as the population (常住人口) is the divisor
      { text: '全市常住人口935万人，新增就业12万人，全市一般公共预算收入800亿元，人均一般公共预算收入9556元。', code: 'average-mismatch', flag: '9556', expected: 8556.15, fix: '8556' },
      // a monthly figure of an annual total: ÷ 12
      { text: '全年累计发放城乡低保金1.2亿元，月均发放1200万元。', code: 'average-mismatch', flag: '1200万', expected: 10000000, fix: '1000万' },
      { text: '全年支付职工薪酬总额29.7亿元，在职员工12,486人，人均月薪酬2.38万元。', code: 'average-mismatch', flag: '2.38万', expected: 19822, fix: '1.98万' },
    ],
  },
];

/** Consistent passages with relations of several kinds at once; none may get a warning. */
export const MIXED_VALID: string[] = [
  '全年全省快递业务量完成41.7亿件，比上年增长18.3%；其中农村地区收投快件9.8亿件，占23.5%，跨境快件8600万件，占2.1%。',
  '截至6月末，全市基本养老保险参保人数412.5万人，应参保人数445.3万人，参保率为92.6%，比上年末提高1.1个百分点。',
  '今年全市争取补助资金4.3亿元，已拨付3.9亿元，拨付进度达90.4%。',
  '2023年，全市一般公共预算收入完成520.6亿元，为预算的101.2%，比上年增长6.3%。',
  '全市规上工业企业实现营业收入8624亿元，增长7.4%；利润总额512亿元，增长9.8%。',
  '今年“五一”假期，万州区、十堰市分别接待游客68.4万人次和152.7万人次，同比分别增长23.5%和18.9%。',
  '全市城镇登记失业人员3.2万人，城镇新增就业12.5万人，城镇登记失业率为3.1%。',
];
