// Every user-facing string exists in English and Chinese: the manifest (package.nls*.json), the client's
// vscode.l10n bundle, and the server's own catalog.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { serverMessages } from '../../server/src/l10n/server';
import { ROOT } from './harness';

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

/** String literals passed to vscode.l10n.t( '…' ) in the client sources. */
function clientStrings(): string[] {
  const dir = path.join(ROOT, 'client', 'src');
  const found = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    let at = source.indexOf("l10n.t('");
    while (at >= 0) {
      const start = at + "l10n.t('".length;
      let end = start;
      while (end < source.length && source[end] !== "'") end += source[end] === '\\' ? 2 : 1;
      found.add(source.slice(start, end).replace(/\\(.)/g, '$1'));
      at = source.indexOf("l10n.t('", end);
    }
  }
  return [...found];
}

describe('localization', () => {
  it('translates every %key% of the manifest into English and Chinese', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    const keys = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20, 'the manifest uses placeholders');
    for (const key of keys) {
      assert.equal(typeof en[key], 'string', `package.nls.json lacks ${key}`);
      assert.equal(typeof zh[key], 'string', `package.nls.zh-cn.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('has a Chinese translation for every client string', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
    const strings = clientStrings();
    assert.ok(strings.length > 10);
    for (const s of strings) assert.equal(typeof bundle[s], 'string', `l10n/bundle.l10n.zh-cn.json lacks "${s}"`);
    for (const [en, zh] of Object.entries(bundle)) {
      const placeholders = (t: string) => [...t.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(String(zh)), placeholders(en), `placeholders differ in "${en}"`);
    }
  });

  it('has both languages, with the same placeholders, for every server message', () => {
    for (const [id, entry] of Object.entries(serverMessages)) {
      assert.ok(entry.en && entry['zh-cn'], id);
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(names(entry['zh-cn']), names(entry.en), id);
    }
  });

  it('contributes a resource-scoped severity setting for every rule code the engine reports', async () => {
    const { rules } = await import('../../server/src/engine/rules');
    const engineCodes = rules.map((r: { meta: { code: string } }) => r.meta.code);
    const properties = (readJson('package.json').contributes as { configuration: { properties: Record<string, { scope: string; enum?: string[] }> } })
      .configuration.properties;
    for (const code of engineCodes) {
      const setting = properties[`statlens.rules.${code}`];
      assert.ok(setting, `no statlens.rules.${code} setting`);
      assert.equal(setting.scope, 'resource');
      assert.deepEqual(setting.enum, ['default', 'off', 'hint', 'information', 'warning', 'error']);
    }
  });
});
