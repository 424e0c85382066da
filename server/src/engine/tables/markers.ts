// Words around a figure that bound it. Matched on the clean text, directly before the figure or directly after its unit.
export type BoundMarker = 'over' | 'under' | 'about';

/** Directly before the figure: 超过500万, 近八成, 约1080万. Longest match wins (不超过 before 超过). 低于 / 高于 /
 *  少于 / 多于 compare with a figure that is itself exact (`失业率2.9%，低于3.5%的控制目标`): no bound. */
export const PRE_MARKERS: ReadonlyArray<readonly [string, BoundMarker]> = [
  ['不超过', 'under'], ['不高于', 'under'], ['不多于', 'under'], ['不足', 'under'], ['不到', 'under'], ['将近', 'under'],
  ['接近', 'under'], ['近', 'under'], ['未满', 'under'], ['最多', 'under'],
  ['超过', 'over'], ['逾', 'over'], ['突破', 'over'], ['不少于', 'over'], ['不低于', 'over'],
  ['至少', 'over'], ['最少', 'over'], ['超', 'over'],
  // a rule's bound (`雇主提繳率不得低於6%`)
  ['不得低于', 'over'], ['不得少于', 'over'], ['不得超过', 'under'], ['不得高于', 'under'], ['不得多于', 'under'],
  // of age: `申請人須年滿65歲`
  ['年满', 'over'],
  ['大约', 'about'], ['约为', 'about'], ['约', 'about'], ['大概', 'about'], ['估计', 'about'],
];

/** Directly after the figure and its unit: 500万人以上, 65岁及以上, 1000人左右. */
export const POST_MARKERS: ReadonlyArray<readonly [string, BoundMarker]> = [
  ['及以上', 'over'], ['或以上', 'over'], ['以上', 'over'], ['有余', 'over'],
  ['及以下', 'under'], ['或以下', 'under'], ['以下', 'under'], ['以内', 'under'], ['之内', 'under'],
  ['左右', 'about'], ['上下', 'about'],
];

/** Characters before 负 that make it the end of a word, not a minus sign: 减负 (a lighter burden, `为市场主体减负47.3亿元`),
 *  担负, 肩负, 背负, 抱负, 胜负, 辜负, 欺负, 自负. */
export const WORDS_ENDING_IN_FU: ReadonlySet<string> = new Set(['减', '担', '肩', '背', '抱', '胜', '辜', '欺', '自']);
