// Public data shapes of the StatLens engine. Pure data: no editor or LSP types here.
// Every offset that leaves the engine is a UTF-16 offset into the ORIGINAL text (as LSP counts),
// end exclusive.

export type QuantityKind = 'number' | 'percent' | 'percentage-point' | 'multiple' | 'fraction';

/** How the figure is written; quick fixes reproduce the same style. */
export type NumeralStyle = 'arabic' | 'chinese' | 'financial' | 'mixed';

export interface Quantity {
  /** Span of the whole quantity, unit included when one follows (`2623.7萬人次`). */
  start: number;
  end: number;
  /** Span of the figure alone, without the measure unit (`2623.7萬`). Markers written inside the number (多, 余) are in it. */
  numberStart: number;
  numberEnd: number;
  /** Original text of [start, end). */
  text: string;
  /** Normalized value: base units for numbers (money in 元), percent units for percent (71% → 71, 5‰ → 0.5),
   *  points for percentage-point, the ratio for multiple, the fraction for fraction.
   *  null when the value cannot be represented as a finite double (400-digit numbers). */
  value: number | null;
  /** The same value as an exact decimal string (`538890000000`); a fraction is written `1/3`. Past 1024 trailing
   *  zeros (magnitude words stacked without end) the zeros are written as an exponent: `8e+1028`. */
  exact: string;
  /** Measure unit as written after the number, magnitude folded (`万元` → `元`); null for non-number kinds. */
  unit: string | null;
  kind: QuantityKind;
  /** Bounds given by the wording (多/余, ranges, 超过/近 …); null for exact figures. */
  min: number | null;
  max: number | null;
  /** Rounding interval of the stated figure: ± half a unit of its last stated digit, widened by min/max.
   *  This is what consistency checks compute with. null when the figure is out of the range of a double. */
  lo: number | null;
  hi: number | null;
  /** Approximation marker in effect: 'about' (约/左右), 'over' (超过/逾/以上), 'under' (近/不到/以内), 'range', 'more' (多/余), or null. */
  approx: 'about' | 'over' | 'under' | 'range' | 'more' | 'adjacent' | null;
  /** Writing style, and the facts a formatter needs to write another value in the same style and precision.
   *  Read-only: quantities written the same way share one frozen record. */
  format: QuantityFormat;
}

export interface QuantityFormat {
  style: NumeralStyle;
  /** Decimal places written in the Arabic mantissa (`37.17万` → 2). */
  decimals: number;
  /** Magnitude word written after the mantissa, as written (`万`, `萬`, `亿`, `万亿`, ``). */
  magnitude: string;
  /** Factor of that magnitude word (1e4 for 万). */
  magnitudeFactor: number;
  /** Thousands separator used in the mantissa (',' or '，' or ''). */
  separator: string;
  /** Suffix written after the figure inside the number span (`%`, `％`, `‰`, `个百分点`, `倍`, `成`). */
  suffix: string;
  /** Prefix written inside the number span (`百分之`, `翻`). */
  prefix: string;
  /** Full-width digits were used. */
  fullWidth: boolean;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';

export interface RelatedSpan {
  start: number;
  end: number;
  message: string;
}

export interface EngineDiagnostic {
  /** Range of the figure an editor would change. */
  start: number;
  end: number;
  code: string;
  severity: Severity;
  /** Rendered in options.locale. */
  message: string;
  /** Message id and arguments, for callers that render in another language. */
  messageId: string;
  args: Record<string, string | number>;
  /** The value the flagged figure should have, in its own units; null when no single value follows. */
  expected: number | null;
  /** Replacement text for [start, end) in the figure's own style and precision, when a fix is certain. */
  fix?: { start: number; end: number; newText: string };
  related: RelatedSpan[];
  /** Link to docs/rules/<code>.md */
  docs?: string;
}

export type Locale = 'en' | 'zh-cn';

export interface AnalyzeOptions {
  locale?: Locale;
  /** Severity per rule code; 'off' disables it. Unlisted rules use their default severity. */
  rules?: Record<string, RuleSetting>;
  /** Extra words that contain numerals but are not quantities (company or place names). */
  notQuantities?: string[];
  /** Extra measure units. */
  units?: string[];
  /** Number-usage style profile (issue 6). */
  profile?: 'gbt15835-2011' | 'off';
}

export interface AnalysisResult {
  quantities: Quantity[];
  diagnostics: EngineDiagnostic[];
}
