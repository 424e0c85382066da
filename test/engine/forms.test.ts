// Every number form the engine promises, as a table: input → kind, value, bounds, unit.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/engine';
import { expectQuantity, type Expect } from './helpers';

const rows: Array<[string, Expect]> = [
  // 升 before 至 is the verb (`升至`), a litre before a noun
  ['私人住宅售價指數由2008年的120.5升至2021年的393.7', { figure: '120.5', value: 120.5, unit: null }],
  ['平均每车加油12升汽油', { figure: '12', value: 12, unit: '升' }],
  // a count after a month in Chinese numerals is no lunar day (`正月十五` is)
  ['今年一至八月十五家企业完成技改', { figure: '十五', value: 15, unit: '家' }],
  // megajoules after a magnitude (兆 of 兆焦耳 is the unit's, not 10^12)
  ['煤氣銷售量２８,６５０百萬兆焦耳', { figure: '２８,６５０百萬', value: 28650000000, unit: '兆焦耳' }],
  // a count a hotline is named after stays a count
  ['全市5000家企业开通服务热线', { figure: '5000', value: 5000, unit: '家' }],
  // 万亿 after a bound word is one of 10^12, not 10^4
  ['地区生产总值超过万亿元的城市增至5个', { figure: '万亿', value: 1e12, unit: '元', min: 1e12 }],
  // departments counted (部门 before 部)
  ['醫院部門5,037億元、西醫基層1,412億元，四部門合計7,293億元', { figure: '四', value: 4, unit: '部門' }],
  // horsepower, with its bound
  ['其中60馬力以上大型曳引機達1萬3,204台', { figure: '60', value: 60, unit: '馬力', min: 60 }],
  // rides on a metro, energy per tonne of steel in kilograms of standard coal
  ['累计完成客运量14.26亿乘次', { figure: '14.26亿', value: 1426000000, unit: '乘次' }],
  // person-days of a stay, basis points, phones counted after a word that labels codes
  ['累计过夜235.8万人天', { figure: '235.8万', value: 2358000, unit: '人天' }],
  ['新設非營利幼兒園12園', { figure: '12', value: 12, unit: '園' }],
  ['全年公車行駛2.07億車公里', { figure: '2.07億', value: 207000000, unit: '車公里' }],
  ['存款利率下调10至25基点', { figure: '10至25', value: 10, min: 10, max: 25, unit: '基点' }],
  ['每百户拥有移动电话265部', { figure: '265', value: 265, unit: '部' }],
  // an airline's seat-kilometres
  ['公司可用座位公里达1,036.5亿座公里', { figure: '1,036.5亿', value: 103650000000, unit: '座公里' }],
  // stations counted, not a 站点 or 站长
  ['公共自行车站点由108年的62站增加到113年的186站', { figure: '186', value: 186, unit: '站' }],
  ['吨钢综合能耗为121.6公斤标准煤', { figure: '121.6', value: 121.6, unit: '公斤标准煤' }],
  // a Latin unit one space after the figure; cameras' video channels; the first of a list of counts in words
  ['算力规模由1.2 EFLOPS增长到4.3 EFLOPS', { figure: '1.2', value: 1.2, unit: 'EFLOPS' }],
  ['监控摄像机由2019年的2.1万路增加到8.6万路', { figure: '2.1万', value: 21000, unit: '路' }],
  ['全县建成县级电商公共服务中心一个、乡镇电商服务站十八个', { figure: '一', value: 1, unit: '个' }],
  // a figure right after a bracketed tariff number is read whole, not as the number's tail
  ['进口原油（税号2709）1,268.4万吨', { figure: '1,268.4万', value: 12684000, unit: '吨' }],
  // Arabic with magnitudes, separators, full-width, spaces, compounds
  ['共输转劳动力2623.7萬人次', { figure: '2623.7萬', kind: 'number', value: 26237000, unit: '人次', exact: '26237000' }],
  ['劳务收入累计达5388.9億元', { figure: '5388.9億', value: 538890000000, unit: '元', exact: '538890000000' }],
  ['全市地区生产总值1.2万亿元', { figure: '1.2万亿', value: 1.2e12, unit: '元' }],
  ['营收新臺幣2兆1,617億元', { figure: '2兆1,617億', value: 2161700000000, unit: '元' }],
  ['总人口1,234,567人', { figure: '1,234,567', value: 1234567, unit: '人' }],
  ['共1，234户', { figure: '1，234', value: 1234, unit: '户' }],
  ['入境旅客２,８２１萬人次', { figure: '２,８２１萬', value: 28210000, unit: '人次' }],
  ['占比为１８．３５％', { figure: '１８．３５％', kind: 'percent', value: 18.35 }],
  ['居民75.4 萬人', { figure: '75.4 萬', value: 754000, unit: '人' }],
  ['人口13萬5,571人', { figure: '13萬5,571', value: 135571, unit: '人' }],
  ['投资1亿2000万元', { figure: '1亿2000万', value: 120000000, unit: '元' }],
  ['规模由5千亿元增加', { figure: '5千亿', value: 5e11, unit: '元' }],
  ['出口4,324.3億美元', { figure: '4,324.3億', value: 432430000000, unit: '美元' }],
  ['货值46,742億港元', { figure: '46,742億', value: 4674200000000, unit: '港元' }],
  ['装机120万千瓦', { figure: '120万', value: 1200000, unit: '千瓦' }],
  // 棒 counts mushroom logs; 年 of 年增 (year on year) is no unit of the figure before it, but a duration's stays
  ['今年全村种植香菇42万棒', { figure: '42万', value: 420000, unit: '棒' }],
  ['較去年同月的85.71年增11.2%', { figure: '85.71', value: 85.71, unit: null }],
  ['已连续5年增长', { figure: '5', value: 5, unit: '年' }],
  // Taiwan's metric units and dwellings; 数 ending a noun before a count (总数, 人数) is no vague 数百
  ['有效蓄水量為15.26億立方公尺', { figure: '15.26億', value: 1526000000, unit: '立方公尺' }],
  ['住宅總數約 926.4 萬宅', { figure: '926.4 萬', value: 9264000, unit: '宅' }],
  ['獎牌總數一百二十二枚', { figure: '一百二十二', value: 122, unit: '枚' }],
  // a bound after a classifier and the span it counts
  ['资金在15个工作日以内全部发放到户', { figure: '15', value: 15, unit: '个', max: 15 }],
  ['共辦理展覽一千二百四十檔', { figure: '一千二百四十', value: 1240, unit: '檔' }],
  ['總用電量為160,452太焦耳', { figure: '160,452', value: 160452, unit: '太焦耳' }],
  ['全年空气质量优良天数较2022年增加5日', { figure: '5', value: 5, unit: '日' }],
  ['年終獎金不到一個月', { figure: '一', value: 1, unit: '個月', max: 1 }],
  // 负 as a minus sign, and as the end of a word (减负: a lighter burden) before a figure that stays positive
  ['增速为负2.1%', { figure: '负2.1%', kind: 'percent', value: -2.1 }],
  ['全市累计为市场主体减负47.3亿元', { figure: '47.3亿', value: 4730000000, unit: '元' }],
  // a count of days after 日数为; tenths before 就业
  ['「不良」日數為24日', { figure: '24', value: 24, unit: '日' }],
  ['同期有近兩成就業人士每月收入不足1萬元', { figure: '兩成', kind: 'percent', value: 20, max: 20 }],
  // kilowatt-hours written with 小時
  ['2023年本澳耗電量為5,861.3百萬千瓦小時', { figure: '5,861.3百萬', value: 5861300000, unit: '千瓦小時' }],
  // the first days of a holiday are days, no date
  ['今年「五一」黃金周首5日共有約86萬人次內地旅客訪港', { figure: '5', value: 5, unit: '日' }],
  // a day count written with a decimal is no date
  ['出院者平均住院日为8.0日', { figure: '8.0', value: 8, unit: '日' }],
  // 年满 is a lower bound of age; 签约 and 节约 end in 约 without making a figure approximate
  ['申請人須年滿65歲', { figure: '65', value: 65, unit: '歲', min: 65 }],
  // a rule's bound with 不得 (`不得低於`, `不得超過`)
  ['雇主提繳率不得低於6%', { figure: '6%', value: 6, min: 6, max: null }],
  ['单次补贴不得超过2000元', { figure: '2000', value: 2000, unit: '元', min: null, max: 2000 }],
  // a bound before the whole a share is of bounds the share; not a threshold's, nor a word holding the bound's characters
  ['7月份錄得612.4毫米，接近全期總雨量的三成', { figure: '三成', kind: 'percent', value: 30, min: null, max: 30 }],
  ['其中出口额，已超过全省的一半', { figure: '一半', kind: 'fraction', value: 0.5, min: 0.5, max: null }],
  ['65歲以上人口占19.18%，已接近超高齡社會門檻的20%', { figure: '20%', value: 20, min: null, max: null }],
  ['就業不足率由上一期的1.1%下降至1.0%', { figure: '1.1%', value: 1.1, min: null, max: null }],
  ['近年来占全市的30%', { figure: '30%', value: 30, min: null, max: null }],
  // digits opening on a zero with a unit after them stay an amount of it
  ['其中ETF規模4兆6,213億元，以0050、00878等規模居前', { figure: '4兆6,213億', value: 4621300000000, unit: '元' }],
  ['共签约12个项目', { figure: '12', value: 12, unit: '个', min: null, max: null }],
  // a bound past the currency named before the figure
  ['回购资金总额不低于人民币1亿元且不超过人民币2亿元', { figure: '2亿', value: 200000000, unit: '元', max: 200000000 }],
  ['回购资金总额不低于人民币1亿元且不超过人民币2亿元', { figure: '1亿', value: 100000000, unit: '元', min: 100000000 }],
  ['中标价（¥3,268,000.00）', { figure: '3,268,000.00', value: 3268000, unit: '元' }],
  ['每晚房价HK$3,500', { figure: '3,500', value: 3500, unit: '港元' }],
  ['決標金額（NT$12,350,000）', { figure: '12,350,000', value: 12350000, unit: '元' }],
  ['带动就业万余人', { figure: '万余', value: 10000, unit: '人', min: 10000, max: 20000 }],
  ['吸引投资亿余元', { figure: '亿余', value: 100000000, unit: '元', min: 100000000, max: 200000000 }],
  ['八九成的农户', { figure: '八九成', kind: 'percent', value: 80, min: 80, max: 90 }],
  ['预计增长百分之二到三', { figure: '百分之二到三', kind: 'percent', value: 2, min: 2, max: 3 }],
  ['收集秸秆三百吨', { figure: '三百', value: 300, unit: '吨' }],
  ['全长一千二百五十米', { figure: '一千二百五十', value: 1250, unit: '米' }],
  ['装机五十千瓦', { figure: '五十', value: 50, unit: '千瓦' }],
  ['人口13萬2,400人，較上年年減2.3%', { figure: '13萬2,400', value: 132400, unit: '人' }],
  ['累计投入3200人年', { figure: '3200', value: 3200, unit: '人年' }],
  ['吸引外资US$12.5亿', { figure: '12.5亿', value: 1250000000, unit: '美元' }],
  // Chinese numerals
  ['学校一百零五所', { figure: '一百零五', value: 105, unit: '所' }],
  ['补贴两千三百万元', { figure: '两千三百万', value: 23000000, unit: '元' }],
  ['人口一万二千人', { figure: '一万二千', value: 12000, unit: '人' }],
  ['百万贫困人口', { figure: '百万', value: 1000000 }],
  ['逾十万元', { figure: '十万', value: 100000, min: 100000, max: null }],
  // 收入超 / 支出超: income or spending over a figure (出超 / 入超 alone are a trade surplus and deficit)
  ['营业收入超10亿元的企业', { figure: '10亿', value: 1000000000, min: 1000000000, max: null }],
  ['财政支出超50亿元', { figure: '50亿', value: 5000000000, min: 5000000000, max: null }],
  ['贸易入超35亿美元', { figure: '35亿', value: 3500000000, min: null, max: null }],
  // 项次 is one unit, as 人次
  ['共借出图书约3,180萬項次', { figure: '3,180萬', value: 31800000, unit: '項次' }],
  ['共一百五人', { figure: '一百五', value: 150 }],
  ['约一万二人', { figure: '一万二', value: 12000 }],
  ['新增兩家企业', { figure: '兩', value: 2, unit: '家' }],
  ['今年十二起案件', { figure: '十二', value: 12, unit: '起' }],
  ['廿三人参加', { figure: '廿三', value: 23, unit: '人' }],
  ['人民币叁佰贰拾陆万捌仟元整', { figure: '叁佰贰拾陆万捌仟', value: 3268000, unit: '元' }],
  ['壹万贰仟元', { figure: '壹万贰仟', value: 12000, unit: '元' }],
  ['增长三点五个百分点', { figure: '三点五个百分点', kind: 'percentage-point', value: 3.5 }],
  ['面积一千零八十萬平方米', { figure: '一千零八十萬', value: 10800000, unit: '平方米' }],
  ['四万万同胞', { figure: '四万万', value: 400000000 }],
  ['五兆六十二亿四万五千二', { figure: '五兆六十二亿四万五千二', value: 5006200045200 }],
  // percents, points, multiples, fractions
  ['全省71%的贫困户', { figure: '71%', kind: 'percent', value: 71 }],
  ['达到百分之七十一', { figure: '百分之七十一', kind: 'percent', value: 71 }],
  ['按年上升百分之四十六點五', { figure: '百分之四十六點五', kind: 'percent', value: 46.5 }],
  ['增长百分之3.5', { figure: '百分之3.5', kind: 'percent', value: 3.5 }],
  ['完成计划的九成', { figure: '九成', kind: 'percent', value: 90 }],
  ['另有一成五的企业', { figure: '一成五', kind: 'percent', value: 15 }],
  ['约三成七的居民', { figure: '三成七', kind: 'percent', value: 37 }],
  ['全场八折', { figure: '八折', kind: 'percent', value: 80 }],
  ['全场八五折', { figure: '八五折', kind: 'percent', value: 85 }],
  ['出生率为7.15‰', { figure: '7.15‰', kind: 'percent', value: 0.715 }],
  ['不良率千分之五', { figure: '千分之五', kind: 'percent', value: 0.5 }],
  ['比上年提高1.6個百分點', { figure: '1.6個百分點', kind: 'percentage-point', value: 1.6 }],
  ['回落0.3个百分点', { figure: '0.3个百分点', kind: 'percentage-point', value: 0.3 }],
  ['增长了3倍', { figure: '3倍', kind: 'multiple', value: 3 }],
  ['提前实现翻两番目标', { figure: '翻两番', kind: 'multiple', value: 4 }],
  // ahead of schedule by an amount of time, not the first months of a period (前两个月)
  ['提前两个月完成全年任务', { figure: '两', kind: 'number', value: 2 }],
  // a decimal in a smaller magnitude after a larger one (兆 then 億)
  ['貿易總額2兆3,625.2億元', { figure: '2兆3,625.2億', kind: 'number', value: 2362520000000 }],
  // days of a holiday, not a day of the month
  ['國慶黃金周七日，全市接待遊客', { figure: '七', kind: 'number', value: 7 }],
  // a lone 一 and its classifier ending a list item is a count (elsewhere, 一条途径, it is an article)
  ['其中初级中学三所、完全中学一所。', { figure: '一', kind: 'number', value: 1 }],
  ['收入翻了一番', { figure: '翻了一番', kind: 'multiple', value: 2 }],
  ['约三分之一的乡镇', { figure: '三分之一', kind: 'fraction', value: 1 / 3, exact: '1/3' }],
  // an exact fraction is of integers: decimal points move out of both terms (found by fuzzing)
  ['九分之2623.7', { figure: '九分之2623.7', kind: 'fraction', value: 2623.7 / 9, exact: '26237/90' }],
  ['1.5分之3', { figure: '1.5分之3', kind: 'fraction', value: 2, exact: '30/15' }],
  ['超过一半的企业', { figure: '一半', kind: 'fraction', value: 0.5 }],
  // approximations and ranges
  ['贫困劳动力4万多人', { figure: '4万多', value: 40000, min: 40000, max: 50000, unit: '人' }],
  ['吸纳40多万人', { figure: '40多万', value: 400000, min: 400000, max: 500000 }],
  ['新增就业4万余人', { figure: '4万余', value: 40000, min: 40000, max: 50000 }],
  ['岗位1.2万余个', { figure: '1.2万余', value: 12000, min: 12000, max: 13000, unit: '个' }],
  ['参加3000余人', { figure: '3000余', value: 3000, min: 3000, max: 4000 }],
  ['增收三千多元', { figure: '三千多', value: 3000, min: 3000, max: 4000, unit: '元' }],
  ['三千二百余人', { figure: '三千二百余', value: 3200, min: 3200, max: 3300 }],
  ['每年都在500万人以上', { figure: '500万', value: 5000000, min: 5000000, max: null, unit: '人' }],
  ['超过四成', { figure: '四成', kind: 'percent', value: 40, min: 40, max: null }],
  ['内地旅客佔近八成', { figure: '八成', kind: 'percent', value: 80, min: null, max: 80 }],
  ['不到3000人', { figure: '3000', value: 3000, min: null, max: 3000 }],
  ['约1000人左右', { figure: '1000', value: 1000, min: null, max: null }],
  ['65岁及以上人口', { figure: '65', value: 65, min: 65, max: null, unit: '岁' }],
  ['65歲或以上長者', { figure: '65', value: 65, min: 65, max: null, unit: '歲' }],
  ['提高0.6百分点', { figure: '0.6百分点', kind: 'percentage-point', value: 0.6 }],
  ['外销订单260亿新台币', { figure: '260亿', value: 26000000000, unit: '新台币' }],
  ['過夜旅客平均留港3.3晚', { figure: '3.3', value: 3.3, unit: '晚' }],
  ['入境旅客平均停留7.1夜', { figure: '7.1', value: 7.1, unit: '夜' }],
  ['全年实际占用总床日892.4万床日', { figure: '892.4万', value: 8924000, unit: '床日' }],
  ['酒店客房共计出租68.4万间夜', { figure: '68.4万', value: 684000, unit: '间夜' }],
  ['共有3人夜间值班', { figure: '3', value: 3, unit: '人' }],
  ['裝置容量達到1,420萬瓩', { figure: '1,420萬', value: 14200000, unit: '瓩' }],
  ['貨運量433萬公噸', { figure: '433萬', value: 4330000, unit: '公噸' }],
  ['完成手术3.26万台次', { figure: '3.26万', value: 32600, unit: '台次' }],
  ['储能电站放电48吉瓦时', { figure: '48', value: 48, unit: '吉瓦时' }],
  // a road's code and a length: 县道351 is a code, 县道351公里 a length
  ['其中县道351公里、乡道628公里', { figure: '351', value: 351, unit: '公里' }],
  // a unit is written up to its last character: a pinyin annotation after it is no part of it
  ['全省26縣(xiàn)完成', { figure: '26', value: 26, unit: '縣' }],
  ['共43.1萬戶(hù)脫貧', { figure: '43.1萬', value: 431000, unit: '戶' }],
  // digits grouped by spaces, as Hong Kong releases and tables write them
  ['公立醫院共有病床３０ ６５０張', { figure: '３０ ６５０', value: 30650, unit: '張' }],
  ['註冊醫生16 125名', { figure: '16 125', value: 16125, unit: '名' }],
  ['人口1 234 567人', { figure: '1 234 567', value: 1234567, unit: '人' }],
  // a count after a code label is a count
  ['共拨打电话1200次', { figure: '1200', value: 1200, unit: '次' }],
  // a value of 2.0 is a value after a copula or the noun of a measure, a version only after another noun
  ['城乡居民收入比为2.0', { figure: '2.0', value: 2 }],
  // a compound unit is one unit, as written (full-width slash kept)
  ['PM2.5平均浓度为31微克/立方米', { figure: '31', value: 31, unit: '微克/立方米' }],
  ['平均销售价格12,270元／平方米', { figure: '12,270', value: 12270, unit: '元／平方米' }],
  ['时速60公里/小时', { figure: '60', value: 60, unit: '公里/小时' }],
  ['共召开三次会议', { figure: '三', value: 3, unit: '次' }],
  // two items of a list ending alike are counts (a slogan repeats three times)
  ['其中乡镇文化站十八处、文化馆一处、图书馆一处', { figure: '一', value: 1, unit: '处' }],
  ['汰換老舊路燈7萬2,360盞', { figure: '7萬2,360', value: 72360, unit: '盞' }],
  // a figure compared with is exact: 低于 / 高于 bound nothing
  ['失业率为2.9%，低于3.5%的控制目标', { figure: '3.5%', kind: 'percent', value: 3.5, min: null, max: null }],
  ['不少于3000人', { figure: '3000', value: 3000, min: 3000, max: null, unit: '人' }],
  // a quoted remark keeps its figures: only short quoted names are slogans
  ['他说“今年增长三成”。', { figure: '三成', kind: 'percent', value: 30 }],
  ['意向三四万人', { figure: '三四万', value: 30000, min: 30000, max: 40000 }],
  ['达成意向三四千人', { figure: '三四千', value: 3000, min: 3000, max: 4000, unit: '人' }],
  ['投资两三百万元', { figure: '两三百万', value: 2000000, min: 2000000, max: 3000000 }],
  ['用了十五六天', { figure: '十五六', value: 15, min: 15, max: 16, unit: '天' }],
  ['三四十岁的人', { figure: '三四十', value: 30, min: 30, max: 40, unit: '岁' }],
  // (adjacent numerals with a unit stay an amount beside the grade names: `七八类` is seven or eight kinds)
  ['涉及七八类产品', { figure: '七八', value: 7, min: 7, max: 8, unit: '类' }],
  // (a two-digit figure and 年 stays a duration elsewhere)
  ['已有80年的历史', { figure: '80', value: 80, unit: '年' }],
  // medals and flags counted by 面, a line's speed in Mbps
  ['奪得金牌3面', { figure: '3', value: 3, unit: '面' }],
  ['接入速率1000Mbps及以上的用户', { figure: '1000', value: 1000, unit: 'Mbps' }],
  ['貨櫃裝卸量為1,012萬TEU', { figure: '1,012萬', value: 10120000, unit: 'TEU' }],
  // points of a fee schedule or an index (`醫療費用為8,612億點`), never a time (`上午8点`, a date)
  ['全民健保醫療費用為8,612億點', { figure: '8,612億', value: 861200000000, unit: '點' }],
  // a unit written after a list's total applies to the items (`分別為A、B及C，合計達T人次`)
  ['遊客人次分別為42.6萬、18.3萬及35.8萬，合計達96.7萬人次', { figure: '18.3萬', value: 183000, unit: '人次' }],
  ['规模3至5万人', { figure: '3至5万', value: 30000, min: 30000, max: 50000, unit: '人' }],
  ['规模3～5万人', { figure: '3～5万', value: 30000, min: 30000, max: 50000 }],
  ['月薪4500至8000元', { figure: '4500至8000', value: 4500, min: 4500, max: 8000, unit: '元' }],
  ['投资8000至1万元', { figure: '8000至1万', value: 8000, min: 8000, max: 10000 }],
  ['预计9亿～16亿元', { figure: '9亿～16亿', value: 9e8, min: 9e8, max: 1.6e9 }],
  ['占比15%～30%', { figure: '15%～30%', kind: 'percent', value: 15, min: 15, max: 30 }],
  ['占比15～30%', { figure: '15～30%', kind: 'percent', value: 15, min: 15, max: 30 }],
  ['二十几个村', { figure: '二十几', value: 20, min: 20, max: 30 }],
  ['近万人参加', { figure: '万', value: 10000, min: null, max: 10000, unit: '人' }],
  ['逾千名志愿者', { figure: '千', value: 1000, min: 1000, max: null, unit: '名' }],
  ['上万人次', { figure: '万', value: 10000, min: 10000, max: null, unit: '人次' }],
  ['百余家企业', { figure: '百余', value: 100, min: 100, max: 200, unit: '家' }],
  ['十余个省', { figure: '十余', value: 10, min: 10, max: 20, unit: '个' }],
  ['一百多家', { figure: '一百多', value: 100, min: 100, max: 200, unit: '家' }],
  ['三分之二以上', { figure: '三分之二', kind: 'fraction', value: 2 / 3, min: 2 / 3, max: null }],
  ['提高两个百分点', { figure: '两个百分点', kind: 'percentage-point', value: 2 }],
  ['三百五又三分之一', { figure: '三百五又三分之一', kind: 'fraction', value: 350 + 1 / 3 }],
  ['研发人员占三成多', { figure: '三成多', kind: 'percent', value: 30, min: 30, max: 40 }],
  ['是2019年的4倍多', { figure: '4倍多', kind: 'multiple', value: 4, min: 4, max: 5 }],
  ['约三成家庭有送托意愿', { figure: '三成', kind: 'percent', value: 30 }],
  // 成为 after a word that counts a share is a tenth and 为 (are): `其中約六成為全職職位`
  ['其中約六成為全職職位', { figure: '六成', kind: 'percent', value: 60 }],
  ['教师中约三成为女性', { figure: '三成', kind: 'percent', value: 30 }],
  ['储能电池出货量达到51.3GWh', { figure: '51.3', value: 51.3, unit: 'GWh' }],
  ['国民小学共有152校', { figure: '152', value: 152, unit: '校' }],
  ['累计培训238万学时', { figure: '238万', value: 2380000, unit: '学时' }],
  ['增长了1.5倍余', { figure: '1.5倍余', kind: 'multiple', value: 1.5, min: 1.5, max: 1.6 }],
  ['约两成半家庭', { figure: '两成半', kind: 'percent', value: 25 }],
  ['全场对折', { figure: '对折', kind: 'percent', value: 50 }],
  // units
  ['平均亩产408公斤', { figure: '408', value: 408, unit: '公斤' }],
  ['末期股息每股18港仙', { figure: '18', value: 18, unit: '港仙' }],
  ['外借图书2360万册次', { figure: '2360万', value: 23600000, unit: '册次' }],
  // plots of land counted by 幅 (not 幅度 after a figure)
  ['政府共推出十二幅住宅用地', { figure: '十二', value: 12, unit: '幅' }],
  ['新增用地3幅，面积12.6公顷', { figure: '3', value: 3, unit: '幅' }],
  // Hong Kong's flats, and halls counted
  ['私人住宅落成量為2.24 萬伙', { figure: '2.24 萬', value: 22400, unit: '伙' }],
  ['兩館合計約佔五成', { figure: '兩', value: 2, unit: '館' }],
  // 參 for the capital 叁 between capital numerals
  ['決標金額為新臺幣壹仟貳佰參拾伍萬元整', { figure: '壹仟貳佰參拾伍萬', value: 12350000, unit: '元' }],
  ['浓度为每立方米32微克', { figure: '32', value: 32, unit: '微克' }],
  ['2,680萬、512萬及238萬人次', { figure: '512萬', value: 5120000, unit: '人次' }],
  ['2,680萬、512萬及238萬人次', { figure: '2,680萬', value: 26800000, unit: '人次' }],
  // items named after 、, the amount ending on its magnitude
  ['其中過夜1,018萬、不過夜1,093萬人次', { figure: '1,018萬', value: 10180000, unit: '人次' }],
  ['其中农业10.27亿、工业3.82亿、生活3.51亿、生态补水0.87亿立方米', { figure: '10.27亿', value: 1027000000, unit: '立方米' }],
  ['1个工作日内办结', { figure: '1', value: 1, unit: '个' }],
  ['城乡居民收入比为2.42', { figure: '2.42', value: 2.42, unit: null }],
  ['重5kg', { figure: '5', value: 5, unit: 'kg' }],
  // signs and decimals
  ['增长-3.2%', { figure: '-3.2%', kind: 'percent', value: -3.2 }],
  ['系数为.46', { figure: '.46', value: 0.46 }],
  // more digits than a double holds exactly: the exact string keeps every one (separators and point dropped)
  ['余额1,234,567,890,123,456.78元', { figure: '1,234,567,890,123,456.78', value: 1234567890123456.78, exact: '1234567890123456.78', unit: '元' }],
  ['合计3.14159265358979323万元', { figure: '3.14159265358979323万', value: 31415.9265358979323, exact: '31415.9265358979323', unit: '元' }],
  ['另有12345678901234567元', { figure: '12345678901234567', value: 12345678901234567, exact: '12345678901234567', unit: '元' }],
];

describe('number forms', () => {
  for (const [text, e] of rows) {
    it(`${text} → ${e.figure} = ${e.value}`, () => {
      expectQuantity(text, e);
    });
  }
});

describe('quantity formats', () => {
  it('figures written the same way share one read-only format record; others get their own', () => {
    const { quantities } = analyze('收入3.5万元，支出2.1万元，结余1.40万元，增长12%');
    const [a, b, c, d] = quantities;
    assert.equal(a.format, b.format, '3.5万 and 2.1万 are written alike');
    assert.notEqual(a.format, c.format, '1.40万 has two decimals');
    assert.equal(c.format.decimals, 2);
    assert.notEqual(a.format, d.format);
    assert.equal(d.format.suffix, '%');
    assert.ok(Object.isFrozen(a.format));
    assert.throws(() => {
      (a.format as { decimals: number }).decimals = 3;
    }, TypeError);
    assert.equal(b.format.decimals, 1);
  });
});
