import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/cli/lineIndex';

test('LF, CRLF and a lone CR each end a line; the CRLF pair counts once', () => {
  const text = 'a\nb\r\nc\rd';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.positionAt(text.indexOf('b')), { line: 1, character: 0 });
  assert.deepEqual(lines.positionAt(text.indexOf('c')), { line: 2, character: 0 });
  assert.deepEqual(lines.positionAt(text.indexOf('d')), { line: 3, character: 0 });
});

test('characters are UTF-16 code units: an astral character counts two', () => {
  const text = '𠀀完成37.17万人';
  const lines = new LineIndex(text);
  assert.deepEqual(lines.positionAt(text.indexOf('37')), { line: 0, character: 4 });
});

test('end of text and out-of-range offsets are clamped', () => {
  const text = '第一行\n第二行';
  const lines = new LineIndex(text);
  assert.deepEqual(lines.positionAt(text.length), { line: 1, character: 3 });
  assert.deepEqual(lines.positionAt(999), { line: 1, character: 3 });
  assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
});

test('a text ending in a newline has an empty last line', () => {
  const lines = new LineIndex('abc\r\n');
  assert.equal(lines.lineCount, 2);
  assert.deepEqual(lines.positionAt(5), { line: 1, character: 0 });
});

test('many lines: binary search agrees with counting', () => {
  const text = Array.from({ length: 500 }, (_, i) => 'x'.repeat(i % 7)).join('\n');
  const lines = new LineIndex(text);
  for (let offset = 0; offset <= text.length; offset += 13) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    assert.deepEqual(lines.positionAt(offset), { line, character: offset - (before.lastIndexOf('\n') + 1) });
  }
});
