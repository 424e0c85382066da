// What follows a figure and makes it a date, a time or a period rather than a quantity.
// Each entry: the word, and the largest figure it takes (a month word takes 1–12, a day 1–31).
export const DATE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['月份', 12], ['月底', 12], ['月末', 12], ['月初', 12], ['月中', 12], ['月上旬', 12], ['月中旬', 12], ['月下旬', 12], ['月', 12],
  ['日', 31], ['号', 31], ['季度', 4], ['季', 4],
  ['时', 24], ['点钟', 24], ['点', 24],
];

/** Words after `年` that make a small whole figure + 年 a point or period in time rather than a duration: 90年代,
 *  九十年代, 5年前, 五年前, 十年来, 10年以来, 四年间, 三年内; or the term in a product's name: `1年期LPR`,
 *  `10年期国债`. */
export const YEAR_SUFFIXES: readonly string[] = ['年代', '年度', '年初', '年底', '年末', '年中', '年前', '年后', '年以来', '年来', '年间', '年内', '年期'];

/** Words after a year (2023, or a ROC year such as 113) that name a school, fiscal or sports year: 2023学年,
 *  113學年度, 2024财年, 2023赛季, Hong Kong's 2023/24課稅年度. The year is a label, not a quantity. */
export const YEAR_TERM_WORDS: readonly string[] = ['学年度', '学年', '财政年度', '财年', '会计年度', '课税年度', '评税年度', '赛季'];

/** Words after a figure that mark a school cohort or edition (2024届, 第6批): a label, not a quantity. */
export const LABEL_WORDS: readonly string[] = ['届', '级', '版', '期'];

/** The character before 月 in a month that may be a lunar one, whose day follows in Chinese numerals without 日: 正月,
 *  腊月, 冬月, and months in Chinese numerals (`正月十五`, `腊月二十三`, `八月十五`). */
export const LUNAR_MONTH_LEADS: readonly string[] = ['正', '腊', '冬', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
