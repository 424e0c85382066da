// Message rendering at the edge. Each area keeps its own catalog file (rules.ts, style.ts, server.ts, cli.ts):
// a record of message id → { en, 'zh-cn' } templates with {name} placeholders.
import type { Locale } from '../engine/types';

export type Catalog = Record<string, { en: string; 'zh-cn': string }>;

/** Map an editor/OS locale (`zh-CN`, `zh-Hans`, `zh-tw`, `en-US`, `C`) to one we have. */
export function resolveLocale(locale: string | undefined | null): Locale {
  if (!locale) return 'en';
  return locale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function render(catalog: Catalog, id: string, locale: Locale, args: Record<string, string | number> = {}): string {
  const entry = catalog[id];
  if (!entry) return id;
  return entry[locale].replace(/\{(\w+)\}/g, (m, name: string) => (name in args ? String(args[name]) : m));
}
