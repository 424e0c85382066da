// What follows a figure and makes it a date, a time or a period rather than a quantity.
// Each entry: the word, and the largest figure it takes (a month word takes 1–12, a day 1–31).
export const DATE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['月份', 12], ['月底', 12], ['月末', 12], ['月初', 12], ['月中', 12], ['月上旬', 12], ['月中旬', 12], ['月下旬', 12], ['月', 12],
  ['日', 31], ['号', 31], ['季度', 4], ['季', 4],
  ['时', 24], ['点钟', 24], ['点', 24],
];

/** Words after `年` that make a 1–2 digit figure + 年 a period of a year rather than a duration (90年代). */
export const YEAR_SUFFIXES: readonly string[] = ['年代', '年度', '年初', '年底', '年末', '年中', '年前', '年后', '年以来'];

/** Words after a figure that mark a school cohort or edition (2024届, 第6批): a label, not a quantity. */
export const LABEL_WORDS: readonly string[] = ['届', '级', '版', '期'];
