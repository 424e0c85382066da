// Checking found relations with the interval rule: a relation holds when SOME values inside the stated figures'
// rounding intervals satisfy it exactly. Each relation gives one Evaluation: 'ok', 'rounding-only' (holds, but the
// plain computation from the stated values misses the stated figure), or 'mismatch' (no values in the intervals
// satisfy it) with the figure to flag and the value it should have.
import { relationsOf, type Figure, type Passage, type Relation } from '../relate';
import { figureText, sharesBigram } from '../relate/passage';
import { contains, div, entirelyAbove, offset, overlaps, scale, sub, sum, type Interval } from '../interval';
import { describeLike, formatLike, roundExpected } from '../format';
import { t2cnChar } from '../tables/t2cn';
import type { RuleContext } from './types';

export type Role = 'part' | 'whole' | 'total' | 'before' | 'after' | 'from' | 'to' | 'a' | 'b' | 'count' | 'amount';

export interface Evaluation {
  code: string;
  relation: Relation;
  status: 'ok' | 'rounding-only' | 'mismatch';
  /** The figure an editor would change. */
  flagged: Figure;
  expected: number | null;
  messageId: string;
  args: Record<string, string | number>;
  related: { figure: Figure; role: Role }[];
  /** Replacement for the flagged figure's number span, when certain. */
  fixText?: string;
}

type Evaluations = { passage: Passage; evaluations: Evaluation[] };

export function evaluationsOf(ctx: RuleContext): Evaluations {
  const memo = (ctx.memo ??= {});
  let e = memo.evaluations as Evaluations | undefined;
  if (!e) {
    const { passage, relations } = relationsOf(ctx);
    if (relations.length === 0) return (memo.evaluations = { passage, evaluations: [] });
    const evaluations: Evaluation[] = [];
    let traditional: boolean | undefined;
    const exceedingParts = new Set<Figure>();
    const shareParts = new Set<Figure>();
    for (const o of relations) {
      if (o.op === 'subset' && entirelyAbove(o.part.iv, o.total.iv)) exceedingParts.add(o.part);
      else if (o.op === 'ratio') shareParts.add(o.part);
    }
    let confirmed: Set<Figure> | undefined;
    const facts: Facts = {
      exceedingParts,
      shareParts,
      get traditional() {
        return (traditional ??= isTraditional(passage));
      },
      // only a sum that fails asks (rare in published text): the other relations are evaluated again then
      get confirmed() {
        return (confirmed ??= vouchedFigures(passage, relations, facts));
      },
      relations,
    };
    for (const r of relations) {
      const ev = evaluate(passage, r, facts);
      if (ev) evaluations.push(ev);
    }
    memo.evaluations = e = { passage, evaluations: evaluations.length ? dedupe(evaluations) : evaluations };
  }
  return e;
}

/** One verdict per flagged figure: the first relation that flags it wins; a figure flagged by one relation is not
 *  also reported as rounding-only by another. */
function dedupe(evaluations: Evaluation[]): Evaluation[] {
  const flagged = new Set<Figure>();
  const out: Evaluation[] = [];
  for (const ev of evaluations) {
    if (ev.status !== 'mismatch') continue;
    if (flagged.has(ev.flagged)) continue;
    flagged.add(ev.flagged);
    out.push(ev);
  }
  for (const ev of evaluations) if (ev.status !== 'mismatch' && !flagged.has(ev.flagged)) out.push(ev);
  return out;
}

/** What the checks need to know about the other relations and the text, computed once per analysis. */
interface Facts {
  /** Parts of a 其中 that alone exceed their total (part-exceeds-total reports them; the sum stays quiet). */
  exceedingParts: Set<Figure>;
  /** Figures that carry their own stated share. */
  shareParts: Set<Figure>;
  /** Figures in a relation other than a sum or a subset that holds (a share, a change, a multiple): vouched for. */
  readonly confirmed: Set<Figure>;
  /** Whether the text is in traditional script (read only when a fix needs the word 百分点). */
  readonly traditional: boolean;
  /** Every relation of the passage (a vouched total is checked against them again). */
  readonly relations: readonly Relation[];
}

const value = (f: Figure) => f.value as number;

function withSign(iv: Interval, direction: 'up' | 'down'): Interval {
  return direction === 'up' ? iv : scale(iv, -1);
}

function evaluate(p: Passage, r: Relation, facts: Facts): Evaluation | undefined {
  const t = (f: Figure) => figureText(p, f);
  // `computation` is a thunk: a relation that holds (nearly all of them in published text) needs no message.
  const base = (code: string, flagged: Figure, computed: Interval | null, point: number, computation: () => string,
    related: Evaluation['related'], target: Interval = flagged.iv, shownValue = point): Evaluation | undefined => {
    if (!computed || !Number.isFinite(point)) return undefined;
    const holds = overlaps(computed, target);
    if (holds && contains(target, point)) {
      return { code, relation: r, status: 'ok', flagged, expected: null, messageId: 'rounding-only', args: NO_ARGS, related };
    }
    const argsOf = (): Record<string, string | number> => ({
      computation: computation(), computed: describeLike(shownValue, flagged.q), stated: t(flagged),
    });
    if (holds) {
      // Holds only thanks to rounding: its message is read only when the rounding-only rule is on (off by default).
      let args: Record<string, string | number> | undefined;
      return {
        code, relation: r, status: 'rounding-only', flagged, expected: null, messageId: 'rounding-only', related,
        get args() {
          return (args ??= argsOf());
        },
      };
    }
    const args = argsOf();
    const expected = roundExpected(Math.abs(shownValue), flagged.q);
    const fixText = formatLike(Math.abs(shownValue), flagged.q, t(flagged)) ?? undefined;
    return { code, relation: r, status: 'mismatch', flagged, expected, messageId: 'mismatch', args, related, fixText };
  };

  switch (r.op) {
    case 'ratio': {
      const factor = r.scale ?? (r.stated.kind === 'fraction' ? 1 : 100);
      const c = div(r.part.iv, r.whole.iv);
      return base('percent-mismatch', r.stated, c && scale(c, factor), (value(r.part) / value(r.whole)) * factor,
        () => `${t(r.part)} ÷ ${t(r.whole)}`, [{ figure: r.part, role: 'part' }, { figure: r.whole, role: 'whole' }]);
    }
    case 'subset': {
      if (!entirelyAbove(r.part.iv, r.total.iv)) return undefined;
      return {
        code: 'part-exceeds-total', relation: r, status: 'mismatch', flagged: r.part, expected: null,
        messageId: 'part-exceeds-total', args: { stated: t(r.part), total: t(r.total) },
        related: [{ figure: r.total, role: 'total' }],
      };
    }
    case 'sum':
      return evaluateSum(p, r, facts);
    case 'growth-rate': {
      const c = div(r.after.iv, r.before.iv);
      const point = (value(r.after) / value(r.before) - 1) * 100;
      const ev = base('growth-mismatch', r.stated, c && scale(offset(c, -1), 100), point,
        () => `${t(r.after)} ÷ ${t(r.before)} − 1`, [{ figure: r.before, role: 'before' }, { figure: r.after, role: 'after' }],
        withSign(r.stated.iv, r.direction));
      return ev && asChange(ev, r.verb, r.direction, point);
    }
    case 'growth-amount': {
      const point = value(r.after) - value(r.before);
      const ev = base('growth-mismatch', r.stated, sub(r.after.iv, r.before.iv), point, () => `${t(r.after)} − ${t(r.before)}`,
        [{ figure: r.before, role: 'before' }, { figure: r.after, role: 'after' }], withSign(r.stated.iv, r.direction));
      return ev && asChange(ev, r.verb, r.direction, point);
    }
    case 'points':
      return evaluatePoints(p, r, facts);
    case 'multiple': {
      const c = div(r.a.iv, r.b.iv);
      const ratio = value(r.a) / value(r.b);
      const increase = r.form === 'increase';
      return base('multiple-mismatch', r.stated, c && (increase ? offset(c, -1) : c), increase ? ratio - 1 : ratio,
        () => (increase ? `${t(r.a)} ÷ ${t(r.b)} − 1` : `${t(r.a)} ÷ ${t(r.b)}`),
        [{ figure: r.a, role: 'a' }, { figure: r.b, role: 'b' }]);
    }
    case 'growth-rate-derived': {
      const signedAmount = withSign(r.amount.iv, r.amountDirection);
      const before = sub(r.after.iv, signedAmount);
      const beforePoint = value(r.after) - (r.amountDirection === 'up' ? 1 : -1) * value(r.amount);
      const c = div(r.after.iv, before);
      const point = (value(r.after) / beforePoint - 1) * 100;
      const sign = r.amountDirection === 'up' ? '−' : '+';
      const ev = base('growth-mismatch', r.stated, c && scale(offset(c, -1), 100), point,
        () => `${t(r.after)} ÷ (${t(r.after)} ${sign} ${t(r.amount)}) − 1`,
        [{ figure: r.after, role: 'after' }, { figure: r.amount, role: 'amount' }], withSign(r.stated.iv, r.direction));
      return ev && asChange(ev, r.verb, r.direction, point);
    }
    case 'average': {
      const check = (total: Figure, count: Figure | undefined) => {
        const c = count ? div(total.iv, count.iv) : total.iv;
        const point = (count ? value(total) / value(count) : value(total)) * r.factor;
        const shown = () => {
          const head = count ? `${t(total)} ÷ ${t(count)}` : t(total);
          // Show the factor the way it reads: ÷ 12 for months, × 1000 for 每千人口 or 吨 → 公斤.
          const inverse = 1 / r.factor;
          if (r.factor > 1) return `${head} × ${r.factor}`;
          if (r.factor < 1) return head + (Number.isInteger(Math.round(inverse * 1e9) / 1e9) ? ` ÷ ${Math.round(inverse)}` : ` × ${r.factor}`);
          return head;
        };
        const related: Evaluation['related'] = [{ figure: total, role: 'total' }];
        if (count) related.push({ figure: count, role: 'count' });
        return base('average-mismatch', r.stated, c && scale(c, r.factor), point, shown, related);
      };
      const ev = check(r.total, r.count);
      if (ev?.status !== 'mismatch' || !r.alternatives) return ev;
      // Another group the wording allows: an average that fits one of them is no finding; one that fits none is
      // reported against the reading nearest to it (a slip in the figure, not a different group, is the likelier error).
      const holds = (a: { total: Figure; count: Figure }) => {
        const other = check(a.total, a.count);
        return other !== undefined && other.status !== 'mismatch';
      };
      if (r.alternatives.some(holds)) return undefined;
      const stated = value(r.stated);
      const distance = (total: Figure, count: Figure | undefined) => Math.abs(Math.log((value(total) / (count ? value(count) : 1)) * r.factor / stated));
      let best = { total: r.total, count: r.count, d: distance(r.total, r.count) };
      for (const a of r.alternatives) {
        if (a.excuseOnly) continue;
        const d = distance(a.total, a.count);
        if (d < best.d) best = { ...a, d };
      }
      return best.total === r.total && best.count === r.count ? ev : check(best.total, best.count);
    }
  }
}

/** A change mismatch: the message names the verb; when the figures moved the other way than the verb says, the
 *  number alone cannot be fixed, so no quick fix is offered. */
function asChange(ev: Evaluation, verb: string, direction: 'up' | 'down', point: number): Evaluation {
  if (ev.status !== 'mismatch') return ev;
  const wrongWay = direction === 'up' ? point < 0 : point > 0;
  return { ...ev, messageId: 'change-mismatch', args: { ...ev.args, verb }, fixText: wrongWay ? undefined : ev.fixText };
}

/** Arguments of an evaluation that holds: no message is ever rendered for it. */
const NO_ARGS: Record<string, string | number> = Object.freeze({}) as Record<string, string | number>;

/** Do two texts differ only by two neighbouring digits swapped (`2,885.3` and `2,858.3`)? */
function adjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  // (neighbours across the decimal point or a thousands separator too, as typed: `6.81` for `8.61`, `4,506` for `5,406`)
  for (const mark of ['.', ',']) {
    const point = a.indexOf(mark);
    if (point > 0 && b.indexOf(mark) === point && /[0-9]/.test(a[point - 1]) && /[0-9]/.test(a[point + 1]) && a.slice(0, point - 1) === b.slice(0, point - 1) &&
      a[point - 1] !== b[point - 1] && a[point - 1] === b[point + 1] && a[point + 1] === b[point - 1] && a.slice(point + 2) === b.slice(point + 2)) return true;
  }
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k + 1 < a.length && a[k] === b[k + 1] && a[k + 1] === b[k] && a[k] !== a[k + 1] && a.slice(k + 2) === b.slice(k + 2) &&
    /[0-9]/.test(a[k]) && /[0-9]/.test(a[k + 1]);
}

/** A figure written in two magnitudes (`2萬787`, which formatLike does not rewrite): do its value's digits and the
 *  value it should have differ by two neighbours swapped (20787 for 20877)? Whole numbers only. */
function compoundSwap(stated: number, should: number): boolean {
  return Number.isInteger(stated) && Number.isInteger(should) && adjacentSwap(String(should), String(stated));
}

/** Do the first two parts or more (not all) add up to the total within their intervals? */
function prefixMakesTotal(r: Extract<Relation, { op: 'sum' }>): boolean {
  // the rest must name the total's measure (`民营企业进出口` of 进出口总额); siblings of the first parts
  // (`小学…、初中…、九年一贯制学校…、完全中学…` of 中小学校) are more parts of the same list
  const total = r.total.label;
  // (an approximate part, `两万多`, spans too much to say the first parts make anything up exactly)
  for (let k = 2; k < r.parts.length; k++) {
    if (r.parts.slice(0, k).some((f) => f.q.approx !== null)) break;
    // (and named unlike the first parts: `县级资金` after `中央资金、省级资金、市级资金`, as long and with the same head noun,
    // is one more of them)
    const first = r.parts.slice(0, k);
    if (overlaps(sum(first.map((f) => f.iv)), r.total.iv) && r.parts.slice(k).every((f) => sharesBigram(f.label, total) && !namedAlike(f, first))) return true;
  }
  return false;
}

/** A list item named as long as one of `others` and with the same last two characters (`县级资金`, `市级资金`). */
function namedAlike(f: Figure, others: readonly Figure[]): boolean {
  const name = (g: Figure) => g.label.replace(LIST_ITEM_LEAD, '');
  const own = name(f);
  return own.length >= 3 && others.every((g) => name(g).slice(-2) === own.slice(-2)) && others.some((g) => name(g).length === own.length);
}
const LIST_ITEM_LEAD = /^(?:[、,，和及与]|其中[,，]?)/;

/** Digits of a figure's text, sorted: `75.6万` and `57.6万` give the same key. */
function digitKey(s: string): string {
  return [...s].filter((ch) => /[0-9０-９]/.test(ch)).sort().join('');
}

/** The likely typo in a sum: a part whose digits are those of the value it should have with two neighbours swapped
 *  (75.6 for 57.6), or (`adjacent` false) in another order. */
function transposedPart(p: Passage, r: Extract<Relation, { op: 'sum' }>, point: number, adjacent: boolean,
  vouched?: ReadonlySet<Figure>): Evaluation | undefined {
  const t = (f: Figure) => figureText(p, f);
  for (const part of r.parts) {
    if (vouched?.has(part)) continue;
    const should = value(r.total) - (point - value(part));
    if (!(should > 0)) continue;
    const written = formatLike(should, part.q, t(part));
    const swapped = written ? written !== t(part) && (adjacent ? adjacentSwap(written, t(part)) : digitKey(written) === digitKey(t(part))) :
      adjacent && compoundSwap(value(part), should);
    if (swapped) {
      const others = r.parts.filter((f) => f !== part).map(t).join(' − ');
      return {
        code: 'sum-mismatch', relation: r, status: 'mismatch', flagged: part, expected: roundExpected(should, part.q),
        messageId: 'sum-transposed', args: { computation: `${t(r.total)} − ${others}`, computed: describeLike(should, part.q, 0), stated: t(part) },
        related: [{ figure: r.total, role: 'total' }, ...r.parts.filter((f) => f !== part).map((figure) => ({ figure, role: 'part' as Role }))],
        fixText: written ?? undefined,
      };
    }
  }
  return undefined;
}

/** The part of a sum the text worked out from the others (a balance): it should be the total less the rest. */
function derivedPart(p: Passage, r: Extract<Relation, { op: 'sum' }>, part: Figure, point: number, related: Evaluation['related']): Evaluation | undefined {
  const should = value(r.total) - (point - value(part));
  const t = (f: Figure) => figureText(p, f);
  const others = r.parts.filter((f) => f !== part).map(t).join(' − ');
  return {
    code: 'sum-mismatch', relation: r, status: 'mismatch', flagged: part, expected: roundExpected(should, part.q), messageId: 'mismatch',
    args: { computation: `${t(r.total)} − ${others}`, computed: describeLike(should, part.q, 0), stated: t(part) },
    related: [{ figure: r.total, role: 'total' }, ...related.filter((x) => x.figure !== part)],
    fixText: should > 0 ? formatLike(should, part.q, t(part)) ?? undefined : undefined,
  };
}

function vouchedFigures(p: Passage, relations: readonly Relation[], facts: Facts): Set<Figure> {
  const out = new Set<Figure>();
  for (const r of relations) {
    if (r.op === 'sum' || r.op === 'subset') continue;
    const ev = evaluate(p, r, facts);
    if (ev?.status !== 'ok') continue;
    out.add(ev.flagged);
    for (const { figure } of ev.related) out.add(figure);
  }
  return out;
}

/** Does a relation that vouches for the total fail once the total is the parts' sum? If every one still holds
 *  (`勞動人口383.4萬人，當中就業人口A、失業人口11.6萬人，失業率為3.0%`: 11.6 ÷ 384.4 is 3.0% too), the vouching says
 *  nothing about which of the total and the part is wrong. */
function vouchTellsTotal(p: Passage, r: Extract<Relation, { op: 'sum' }>, point: number, facts: Facts): boolean {
  const total = r.total;
  const asSum: Figure = { ...total, iv: sum(r.parts.map((f) => f.iv)), value: point };
  const swap = (x: unknown) => (x === total ? asSum : x);
  for (const o of facts.relations) {
    if (o.op === 'sum' || o.op === 'subset' || !Object.values(o).includes(total)) continue;
    if (evaluate(p, o, facts)?.status !== 'ok') continue;
    const moved = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, swap(v)])) as Relation;
    if (evaluate(p, moved, facts)?.status === 'mismatch') return true;
  }
  return false;
}

/** `…人口T，其中男性A，占P；女性B`: a whole list whose total and every part but one other relations vouch for (P
 *  holds for A of T): that part is the one to change, to the total less the others. */
function vouchedTotalPart(p: Passage, r: Extract<Relation, { op: 'sum' }>, point: number, exceeds: boolean, facts: Facts): Evaluation | undefined {
  if ((r.mode !== 'eq' && exceeds) || !facts.confirmed.has(r.total)) return undefined;
  const open = r.parts.filter((f) => !facts.confirmed.has(f));
  if (open.length !== 1 || !vouchTellsTotal(p, r, point, facts)) return undefined;
  const [part] = open;
  const should = value(r.total) - (point - value(part));
  if (!(should > 0)) return undefined;
  const t = (f: Figure) => figureText(p, f);
  const others = r.parts.filter((f) => f !== part);
  return {
    code: 'sum-mismatch', relation: r, status: 'mismatch', flagged: part, expected: roundExpected(should, part.q), messageId: 'mismatch',
    args: { computation: `${t(r.total)} − ${others.map(t).join(' − ')}`, computed: describeLike(should, part.q, 0), stated: t(part) },
    related: [{ figure: r.total, role: 'total' }, ...others.map((figure) => ({ figure, role: 'part' as Role }))],
    fixText: formatLike(should, part.q, t(part)) ?? undefined,
  };
}

/** The digits of a written figure past its leading and before its trailing zeros (`3,200` has 2, `353.5万` 4). */
function significantDigits(written: string): number {
  const digits = Array.from(written.normalize('NFKC')).filter((c) => c >= '0' && c <= '9').join('').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

function evaluateSum(p: Passage, r: Extract<Relation, { op: 'sum' }>, facts: Facts): Evaluation | undefined {
  const t = (f: Figure) => figureText(p, f);
  // A part larger than the whole on its own is part-exceeds-total's finding.
  if (r.parts.some((f) => facts.exceedingParts.has(f))) return undefined;
  const total = sum(r.parts.map((f) => f.iv));
  const point = r.parts.reduce((a, f) => a + value(f), 0);
  const related: Evaluation['related'] = r.parts.map((figure) => ({ figure, role: 'part' as Role }));
  const args = () => ({ computation: r.parts.map(t).join(' + '), computed: describeLike(point, r.total.q, 0), stated: t(r.total) });
  const exceeds = entirelyAbove(total, r.total.iv);
  const falls = entirelyAbove(r.total.iv, total);
  // 'open': the text says the parts leave something out (`其余为…`), so only parts exceeding the total contradict it
  let mismatch = exceeds || (falls && r.mode !== 'open' && r.mode !== 'partial');
  // a breakdown known to leave a category out, announced with 分别为, short by exactly a transposition of two
  // neighbouring digits in one part: the typo, as below (`其中农业、林业、牧业和渔业产值分别为…35.2亿…` for 53.2亿)
  if (falls && !exceeds && r.mode === 'partial' && r.declared) {
    const swapped = transposedPart(p, r, point, true);
    if (swapped) return swapped;
  }
  if (falls && r.mode === 'subset-list') {
    // Parts after 其中 need not be exhaustive: a shortfall counts only when they plainly mean to cover the whole
    // (95 % of it or more: two segments at 90 % of a group's revenue leave room for others) and none carries its own
    // share (`…9.8亿件，占23.5%`). Coverage is of the stated values: the rounding interval of a round Chinese numeral
    // (一百萬 ± 50萬) would otherwise decide it.
    const coverage = point / value(r.total);
    const shared = r.parts.some((f) => facts.shareParts.has(f));
    mismatch = coverage >= 0.95 && !shared;
    // a breakdown the text announces (按…分, 分别为) short of it by exactly a transposition of two neighbouring digits in
    // one part (405.5 for 450.5): a typo, which a list that leaves categories out would match only by chance
    // (and so is a list of two, which most often halves its whole, `其中主城区147个、外围区县238个` of 412; with more
    // parts the chance grows: `576.8萬，其中日本92.8萬、韓國73.3萬、港澳124.5萬、東南亞196.2萬` leaves other markets
    // out, and 214.5 for 124.5 is a coincidence). A part with its own share is vouched for by it and is not the one
    // swapped (`其中学校考生4.71萬人，佔85.3%，自修生0.18萬人` of 5.52萬 flags 0.18萬, while `其中攻关4.8亿元，占40%；
    // 培育3.6亿元，占三成` of 12亿, a third field left unsaid, is no typo)
    if (!mismatch && (r.declared || r.parts.length === 2)) {
      const swapped = transposedPart(p, r, point, true, facts.shareParts);
      if (swapped) return swapped;
    }
    // (or a list whose sum is the total with two neighbouring digits swapped, to the last digit: `游客353.5万人次，其中市内、
    // 省内和省外游客分别为A、B和C` adding up to 335.5万; a list leaving categories out matches so only by chance)
    // (of three significant digits or more: round figures, `3200亩，其中1500亩、800亩`, swap into each other by chance)
    if (!mismatch && !shared && r.parts.length >= 2 && significantDigits(t(r.total)) >= 3) {
      const written = formatLike(point, r.total.q, t(r.total));
      if (written !== null && written !== t(r.total) && adjacentSwap(written, t(r.total))) {
        return {
          code: 'sum-mismatch', relation: r, status: 'mismatch', flagged: r.total, expected: Number(point.toPrecision(12)),
          messageId: 'mismatch', args: args(), related, fixText: written,
        };
      }
    }
  }
  // `当中出口9.95万亿元，进口7.55万亿元，民营企业进出口9.5万亿元`: the first parts make up the total exactly and the
  // rest is another breakdown of it (by ownership), not more parts
  if (mismatch && exceeds && r.parts.length >= 3 && prefixMakesTotal(r)) mismatch = false;
  // `当中内地旅客A，佔總數的P；過夜旅客B，佔整體的Q`: parts of a 其中 list each vouched by a share of the total that holds
  // are groups cut along different lines (origin, stay), which overlap: their sum says nothing
  if (mismatch && exceeds && r.mode === 'subset-list' && !r.declared && facts.confirmed.has(r.total) && r.parts.every((f) => facts.confirmed.has(f))) mismatch = false;
  if (!mismatch) {
    const status = r.mode === 'eq' && !contains(r.total.iv, point) ? 'rounding-only' : 'ok';
    return { code: 'sum-mismatch', relation: r, status, flagged: r.total, expected: null, messageId: 'rounding-only', args: status === 'ok' ? NO_ARGS : args(), related };
  }
  // A balance the text worked out (结余, 顺差) is the figure to change, to the total less the other part.
  if (r.derived) return derivedPart(p, r, r.derived, point, related);
  // The likely typo: a part whose digits are those of the value it should have with two neighbours swapped (75.6 for
  // 57.6), else the total so (2,885.3 for 2,858.3), else a part whose digits are those of its value in another order.
  const transposed = (adjacent: boolean) => transposedPart(p, r, point, adjacent);
  const sumWritten = formatLike(point, r.total.q, t(r.total));
  const totalSwapped = sumWritten !== null && sumWritten !== t(r.total) && adjacentSwap(sumWritten, t(r.total));
  // (when the total is a swap away too, the total is flagged: it is the figure the text derived, and over the 443 probe
  // files, where writers planted the slip in the total 24 times to 6 in a part, preferring it gained 25 findings and lost 7)
  const partSwapped = transposed(true);
  if (partSwapped && !(sumWritten && totalSwapped)) return partSwapped;
  const unvouched = vouchedTotalPart(p, r, point, exceeds, facts);
  if (unvouched) return unvouched;
  if (sumWritten && totalSwapped) {
    return {
      code: 'sum-mismatch', relation: r, status: 'mismatch', flagged: r.total, expected: Number(point.toPrecision(12)),
      messageId: 'mismatch', args: args(), related, fixText: sumWritten,
    };
  }
  const partPermuted = transposed(false);
  if (partPermuted) return partPermuted;
  if (exceeds && r.mode !== 'eq') {
    // The parts of a list that need not be exhaustive exceed their total: the total is at least their sum, which is
    // what it should be if the list is whole (`夏粮…秋粮` of 粮食总产量); a list said to leave some out (其余…) gives
    // no value. Not certain enough for a fix either way.
    const expected = r.mode === 'open' ? null : Number(point.toPrecision(12));
    return { code: 'sum-mismatch', relation: r, status: 'mismatch', flagged: r.total, expected, messageId: 'sum-exceeds', args: args(), related };
  }
  return {
    code: 'sum-mismatch', relation: r, status: 'mismatch', flagged: r.total, expected: Number(point.toPrecision(12)),
    messageId: 'mismatch', args: args(), related, fixText: formatLike(point, r.total.q, t(r.total)) ?? undefined,
  };
}

function isTraditional(p: Passage): boolean {
  const s = p.norm.original;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0xfaff && t2cnChar(c) !== c) return true;
  }
  return false;
}

function evaluatePoints(p: Passage, r: Extract<Relation, { op: 'points' }>, facts: Facts): Evaluation | undefined {
  const t = (f: Figure) => figureText(p, f);
  const diff = sub(r.to.iv, r.from.iv);
  const point = value(r.to) - value(r.from);
  const stated = withSign(r.stated.iv, r.direction);
  const related: Evaluation['related'] = [{ figure: r.from, role: 'from' }, { figure: r.to, role: 'to' }];
  // A fall is shown as the positive difference it states (`3.52% − 3.41% = 0.11`), not as a negative rise.
  const falling = r.direction === 'down' && point < 0;
  const computation = () => (falling ? `${t(r.from)} − ${t(r.to)}` : `${t(r.to)} − ${t(r.from)}`);
  const code = 'percentage-point-confusion';
  if (r.stated.kind === 'percentage-point') {
    if (overlaps(diff, stated) && contains(stated, point)) {
      return { code, relation: r, status: 'ok', flagged: r.stated, expected: null, messageId: 'rounding-only', args: NO_ARGS, related };
    }
    const args = { computation: computation(), computed: describeLike(falling ? -point : point, r.stated.q), stated: t(r.stated), verb: r.verb };
    if (overlaps(diff, stated)) {
      return { code, relation: r, status: 'rounding-only', flagged: r.stated, expected: null, messageId: 'rounding-only', args, related };
    }
    return {
      code, relation: r, status: 'mismatch', flagged: r.stated, expected: roundExpected(Math.abs(point), r.stated.q),
      messageId: 'change-mismatch', args, related,
      fixText: (r.direction === 'up') === (point >= 0) ? formatLike(Math.abs(point), r.stated.q, t(r.stated)) ?? undefined : undefined,
    };
  }
  // Stated in %: read literally it is a relative change; only a mismatch with that reading is reported.
  const c = div(r.to.iv, r.from.iv);
  if (!c) return undefined;
  const relative = scale(offset(c, -1), 100);
  const relPoint = (value(r.to) / value(r.from) - 1) * 100;
  if (overlaps(relative, stated)) return { code, relation: r, status: 'ok', flagged: r.stated, expected: null, messageId: 'rounding-only', args: {}, related };
  const decimals = Math.max(r.stated.q.format.decimals + 1, 2);
  const pointsText = Math.abs(point).toFixed(decimals);
  let fixText: string | undefined;
  if (overlaps(diff, stated)) {
    // The figure is the right difference in the wrong unit: rewrite it in points, keeping its digits.
    const digits = r.stated.q.format.style === 'arabic'
      ? t(r.stated).slice(r.stated.q.format.prefix.length, t(r.stated).length - r.stated.q.format.suffix.length)
      : String(r.stated.value);
    fixText = digits + (facts.traditional ? '個百分點' : '个百分点');
  }
  return {
    code, relation: r, status: 'mismatch', flagged: r.stated, expected: Number(Math.abs(point).toFixed(decimals)),
    messageId: 'points-as-percent',
    args: { computation: computation(), computed: pointsText, stated: t(r.stated), verb: r.verb, relative: `${relPoint.toFixed(decimals)}%` },
    related, fixText,
  };
}
