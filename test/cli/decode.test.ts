// Decoding on its own (no engine involved): what text the checks will see for each kind of bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, canonicalEncoding } from '../../server/src/cli/input';
import { parseSize } from '../../server/src/cli/args';
import { encodeLegacy } from './helpers';

const SENTENCE = '完成37.17万人，为年度任务26万人的143.0%。';

test('UTF-8 by default; the BOM is not part of the text', () => {
  assert.deepEqual(decodeBytes(Buffer.from(SENTENCE), undefined), { ok: true, text: SENTENCE, encoding: 'utf-8' });
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]);
  assert.deepEqual(decodeBytes(withBom, undefined), { ok: true, text: SENTENCE, encoding: 'utf-8' });
});

test('legacy encodings with a label decode exactly; without one they are refused, not garbled', () => {
  const gb = encodeLegacy('gb18030', SENTENCE);
  assert.deepEqual(decodeBytes(gb, 'gb18030'), { ok: true, text: SENTENCE, encoding: 'gb18030' });
  assert.deepEqual(decodeBytes(gb, undefined), { ok: false, messageId: 'file.notUtf8', args: {} });
  const traditional = '完成37.17萬人，為年度任務26萬人的143.0%。';
  assert.deepEqual(decodeBytes(encodeLegacy('big5', traditional), 'big5'), { ok: true, text: traditional, encoding: 'big5' });
});

test('a BOM wins over the label, as browsers do; UTF-16 needs no label when it has one', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
  assert.deepEqual(decodeBytes(le, undefined), { ok: true, text: SENTENCE, encoding: 'utf-16le' });
  const be = Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')])).swap16();
  assert.deepEqual(decodeBytes(be, undefined), { ok: true, text: SENTENCE, encoding: 'utf-16be' });
  const utf8WithBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]);
  assert.deepEqual(decodeBytes(utf8WithBom, 'gb18030'), { ok: true, text: SENTENCE, encoding: 'utf-8' });
});

test('NUL bytes mean binary, except in UTF-16; empty input is empty text', () => {
  assert.deepEqual(decodeBytes(Buffer.from([0x41, 0x00, 0x42]), undefined), { ok: false, messageId: 'file.binary', args: {} });
  assert.deepEqual(decodeBytes(Buffer.from('AB', 'utf16le'), 'utf-16le'), { ok: true, text: 'AB', encoding: 'utf-16le' });
  assert.deepEqual(decodeBytes(Buffer.alloc(0), undefined), { ok: true, text: '', encoding: 'utf-8' });
});

test('encoding labels and sizes', () => {
  assert.equal(canonicalEncoding('GBK'), 'gbk');
  assert.equal(canonicalEncoding('utf8'), 'utf-8');
  assert.equal(canonicalEncoding('klingon'), null);
  assert.equal(parseSize('50M'), 50 * 1024 * 1024);
  assert.equal(parseSize('200k'), 200 * 1024);
  assert.equal(parseSize('1.5KiB'), 1536);
  assert.equal(parseSize('1048576'), 1048576);
  assert.equal(parseSize('-1'), null);
  assert.equal(parseSize('lots'), null);
});
