// statlens.config.json as a team writes it: what applies, and what the user is told when it is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, CONFIG_KEYS, ConfigResolver, findConfigUpward, loadConfig, parseConfig, settingsLayer, toAnalyzeOptions } from '../../server/src/config';
import { STYLE_RULE_CODES } from '../../server/src/engine/style';

const known = { knownCodes: [...STYLE_RULE_CODES, 'sum-mismatch'] };

test('a valid file applies: profile, rule severities, not-quantity words, units', () => {
  const text = JSON.stringify({
    $schema: './node_modules/statlens/schemas/statlens.config.schema.json',
    profile: 'off',
    rules: { 'leading-zero': 'warning', 'sum-mismatch': 'off', 'suppression-unknown-code': 'off' },
    notQuantities: ['三一重工', ' 五道口 '],
    units: ['标箱'],
  }, null, 2);
  const loaded = parseConfig(text, '/w/statlens.config.json', known);
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(loaded.config, {
    profile: 'off',
    rules: { 'leading-zero': 'warning', 'sum-mismatch': 'off', 'suppression-unknown-code': 'off' },
    notQuantities: ['三一重工', '五道口'],
    units: ['标箱'],
  });
});

test('a JSON syntax error is one fatal problem with the file, line and column; the defaults apply', () => {
  const text = '{\n  "profile": "off",\n  "rules": { "leading-zero": "warning" }\n  "units": []\n}';
  const loaded = parseConfig(text, '/w/statlens.config.json', known);
  assert.equal(loaded.problems.length, 1);
  const [p] = loaded.problems;
  assert.equal(p.fatal, true);
  assert.deepEqual([p.line, p.column], [4, 3]);
  assert.equal(text.slice(p.start, p.end), '"');
  assert.equal(p.message, '/w/statlens.config.json:4:3: invalid JSON: expected , }. The defaults are used.');
  assert.equal(p.text, 'invalid JSON: expected , }. The defaults are used.'); // what an editor shows on the file
  assert.deepEqual(loaded.config, {});
  assert.deepEqual(toAnalyzeOptions(loaded.config), { profile: 'gbt15835-2011', rules: {}, notQuantities: [], units: [] });
});

for (const [text, line, column, detail] of [
  ['', 1, 1, 'unexpected end of file'],
  ['{"rules": {"leading-zero": "warning",}}', 1, 38, 'expected "'],
  ['{"profile": "off"} x', 1, 20, 'unexpected content after the closing brace'],
  ['{"profile": "off", "profile": "on"}', 1, 20, 'duplicate key “profile”'],
  ['{\n\t"units": [01]\n}', 2, 13, 'expected , ]'],
  ['{"units": ["a\nb"]}', 1, 14, 'invalid string'],
  ['[' .repeat(200), 1, 66, 'nesting too deep'],
] as const) {
  test(`syntax error ${JSON.stringify(text.slice(0, 30))} → ${line}:${column} ${detail}`, () => {
    const [p, ...rest] = parseConfig(text, 'c.json').problems;
    assert.deepEqual(rest, []);
    assert.equal(p.message, `c.json:${line}:${column}: invalid JSON: ${detail}. The defaults are used.`);
  });
}

test('unknown keys, unknown rule codes and bad values are reported where they are; the rest applies', () => {
  const text = [
    '{',
    '  "profil": "off",',
    '  "rules": { "leading-zero": "warn", "leadingzero": "off", "range-repeat-unit": "error" },',
    '  "notQuantities": "三一重工",',
    '  "units": ["标箱"]',
    '}',
  ].join('\n');
  const loaded = parseConfig(text, 'statlens.config.json', { ...known, locale: 'zh-cn' });
  assert.deepEqual(
    loaded.problems.map((p) => [p.line, p.column, text.slice(p.start, p.end), p.fatal]),
    [
      [2, 3, '"profil"', false],
      [3, 30, '"warn"', false],
      [3, 38, '"leadingzero"', false],
      [4, 20, '"三一重工"', false],
    ],
  );
  assert.equal(
    loaded.problems[0].message,
    `statlens.config.json:2:3: 未知的键“profil”（可用的键：${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')}），已忽略。`,
  );
  assert.match(loaded.problems[1].message, /“rules\.leading-zero”的值应为"off"、"hint"、"information"、"warning"、"error" 之一/);
  assert.deepEqual(loaded.config, { rules: { 'range-repeat-unit': 'error' }, units: ['标箱'] });
});

test('a file that is not an object is fatal', () => {
  const loaded = parseConfig('["off"]', 'c.json');
  assert.equal(loaded.problems[0].fatal, true);
  assert.equal(loaded.problems[0].message, 'c.json:1:1: the configuration must be a JSON object. The defaults are used.');
});

test('settings override the file; word lists are merged', () => {
  const options = toAnalyzeOptions(
    { profile: 'off', rules: { a: 'warning', b: 'error' }, notQuantities: ['甲'], units: ['标箱'] },
    { profile: 'gbt15835-2011', rules: { b: 'off' }, notQuantities: ['乙', '甲'] },
    'zh-cn',
  );
  assert.deepEqual(options, {
    profile: 'gbt15835-2011',
    rules: { a: 'warning', b: 'off' },
    notQuantities: ['甲', '乙'],
    units: ['标箱'],
    locale: 'zh-cn',
  });
});

test('loadConfig and findConfigUpward on real files', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-config-'));
  try {
    const deep = path.join(root, 'a', 'b', 'c');
    fs.mkdirSync(deep, { recursive: true });
    // Nothing in the fresh tree yet: whatever is found lies above it (normally nothing).
    assert.equal(findConfigUpward(deep), findConfigUpward(os.tmpdir()));
    const file = path.join(root, 'a', CONFIG_FILE_NAME);
    fs.writeFileSync(file, '\ufeff{ "profile": "off" }');
    assert.equal(findConfigUpward(deep), file);
    assert.equal(findConfigUpward(path.join(root, 'a')), file);
    assert.deepEqual(loadConfig(file).config, { profile: 'off' });
    fs.mkdirSync(path.join(deep, CONFIG_FILE_NAME)); // a directory with that name is not a config file
    assert.equal(findConfigUpward(deep), file);
    const missing = loadConfig(path.join(root, 'nope', CONFIG_FILE_NAME));
    assert.equal(missing.problems[0].fatal, true);
    assert.match(missing.problems[0].message, /cannot read the file \(ENOENT\)/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the JSON schema describes exactly the keys the loader accepts, and every style rule', () => {
  const schemaPath = path.join(__dirname, '..', '..', '..', 'schemas', 'statlens.config.schema.json');
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
  assert.equal(schema.additionalProperties, false);
  for (const code of STYLE_RULE_CODES) assert.ok(code in schema.properties.rules.properties, code);
  assert.deepEqual(schema.properties.profile.enum, ['gbt15835-2011', 'off']);
  assert.deepEqual(schema.definitions.severity.enum, ['off', 'hint', 'information', 'warning', 'error']);
});

test('editor settings: "default" values do not override the file', () => {
  const layer = settingsLayer({ profile: 'default', rules: { 'leading-zero': 'default', 'range-repeat-unit': 'error', x: undefined } });
  assert.deepEqual(layer, { rules: { 'range-repeat-unit': 'error' } });
  const options = toAnalyzeOptions({ profile: 'off', rules: { 'leading-zero': 'warning' } }, layer);
  assert.deepEqual(options.rules, { 'leading-zero': 'warning', 'range-repeat-unit': 'error' });
  assert.equal(options.profile, 'off');
  assert.equal(toAnalyzeOptions({ profile: 'off' }, settingsLayer({ profile: 'gbt15835-2011' })).profile, 'gbt15835-2011');
});

test('ConfigResolver: per-file lookup, each config file read once, stdin resolves from the working folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-resolver-'));
  try {
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.mkdirSync(path.join(root, 'c'));
    fs.writeFileSync(path.join(root, 'a', CONFIG_FILE_NAME), '{ "profile": "off", "bogus": 1 }');
    const resolver = new ConfigResolver(known);
    const first = resolver.forFile(path.join(root, 'a', 'b', 'x.txt'));
    assert.equal(first.isNew, true);
    assert.deepEqual(first.config?.config, { profile: 'off' });
    assert.deepEqual(first.config?.problems.map((p) => [p.line, p.column, p.args.key]), [[1, 21, 'bogus']]);
    assert.match(first.config?.problems[0].message ?? '', /statlens\.config\.json:1:21: unknown key “bogus”/);
    const second = resolver.forFile('b/y.txt', path.join(root, 'a'));
    assert.equal(second.isNew, false);
    assert.equal(second.config, first.config);
    assert.equal(resolver.forFile('-', path.join(root, 'a', 'b')).config, first.config);
    const elsewhere = resolver.forFile(path.join(root, 'c', 'z.txt'));
    assert.equal(elsewhere.config?.path ?? null, findConfigUpward(os.tmpdir()));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
