import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import type { Quantity } from '../../server/src/engine/types';

export interface Expect {
  /** The figure as written (without unit). */
  figure: string;
  kind?: Quantity['kind'];
  value: number | null;
  unit?: string | null;
  min?: number | null;
  max?: number | null;
  exact?: string;
}

/** Find the quantity whose figure is `figure` in `text` and compare the listed fields. */
export function expectQuantity(text: string, e: Expect): Quantity {
  const { quantities } = analyze(text);
  const at = text.indexOf(e.figure);
  assert.ok(at >= 0, `test bug: ${e.figure} not in ${text}`);
  const q = quantities.find((x) => x.numberStart === at && x.numberEnd === at + e.figure.length);
  assert.ok(q, `no quantity at ${e.figure} in ${text}; got ${JSON.stringify(quantities.map((x) => text.slice(x.numberStart, x.numberEnd)))}`);
  if (e.kind) assert.equal(q.kind, e.kind, `kind of ${e.figure}`);
  if (e.value === null) assert.equal(q.value, null);
  else assert.ok(q.value !== null && Math.abs(q.value - e.value) <= 1e-9 * Math.max(1, Math.abs(e.value)), `value of ${e.figure}: ${q.value} ≠ ${e.value}`);
  if (e.unit !== undefined) assert.equal(q.unit, e.unit, `unit of ${e.figure}`);
  if (e.min !== undefined) assert.equal(q.min, e.min, `min of ${e.figure}`);
  if (e.max !== undefined) assert.equal(q.max, e.max, `max of ${e.figure}`);
  if (e.exact !== undefined) assert.equal(q.exact, e.exact, `exact of ${e.figure}`);
  return q;
}

/** No reported quantity overlaps `word` in `text`. */
export function expectNoQuantity(text: string, word: string): void {
  const { quantities } = analyze(text);
  const at = text.indexOf(word);
  assert.ok(at >= 0, `test bug: ${word} not in ${text}`);
  const hit = quantities.find((q) => q.numberStart < at + word.length && q.numberEnd > at);
  assert.equal(hit, undefined, `${word} in ${text} was reported as ${JSON.stringify(hit)}`);
}
