// Message rendering at the edge. Each area keeps its own catalog file (rules.ts, style.ts, server.ts, cli.ts):
// a record of message id → { en, 'zh-cn' } templates with {name} placeholders.
import type { Locale } from '../engine/types';

export type Catalog = Record<string, { en: string; 'zh-cn': string }>;

/** Map an editor/OS locale (`zh-CN`, `zh-Hans`, `zh-tw`, `en-US`, `C`) to one we have. */
export function resolveLocale(locale: unknown): Locale {
  if (typeof locale !== 'string' || !locale) return 'en';
  return locale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** A template split once into literal text (even indexes) and placeholder names (odd indexes): a check of a large
 *  document renders thousands of messages, and a regular-expression replace for each was a measurable share. */
const compiled = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

export function render(catalog: Catalog, id: string, locale: Locale, args: Record<string, string | number> = {}): string {
  const entry = catalog[id];
  if (!entry) return id;
  // A JavaScript caller of the engine may pass any tag (`zh-tw`, `fr`): it is read as the nearest locale we have.
  const parts = compile(entry[locale] ?? entry[resolveLocale(locale)]);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k];
    out += (name in args ? String(args[name]) : `{${name}}`) + parts[k + 1];
  }
  return out;
}
