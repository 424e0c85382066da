import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { csvField, quantitiesToCsv } from '../../client/src/csv';
import type { QuantityRow } from '../../server/src/lsp/protocol';

const row = (over: Partial<QuantityRow>): QuantityRow => ({
  text: '2623.7萬人次', value: 26237000, exact: '26237000', unit: '人次', kind: 'number', min: null, max: null,
  line: 0, character: 4, endLine: 0, endCharacter: 13, display: '26,237,000', findings: 0, ...over,
});

describe('quantities CSV export', () => {
  it('writes a BOM, a header and one 1-based row per quantity', () => {
    const csv = quantitiesToCsv([row({}), row({ text: '4万多', value: 40000, exact: '40000', unit: '人', min: 40000, max: 50000, line: 2, character: 0 })]);
    assert.ok(csv.startsWith('\uFEFF'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], 'line,column,text,value,exact,unit,kind,min,max,findings');
    assert.equal(lines[1], '1,5,2623.7萬人次,26237000,26237000,人次,number,,,0');
    assert.equal(lines[2], '3,1,4万多,40000,40000,人,number,40000,50000,0');
    assert.equal(lines[3], '');
  });

  it('quotes commas and quotes, and keeps spreadsheet formulas inert', () => {
    assert.equal(csvField('1,234.5'), '"1,234.5"');
    assert.equal(csvField('他说"多"'), '"他说""多"""');
    assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvField(-5), '-5');
    assert.equal(csvField(null), '');
  });
});
