// UTF-16 offset → LSP-style { line, character } position. Shared by every formatter (and reusable by the
// language server): offsets that leave the engine are UTF-16 code-unit offsets, and so are LSP characters
// and SARIF columns with columnKind "utf16CodeUnits", so an astral character simply counts as two.

export interface LinePosition {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

const LF = 0x0a;
const CR = 0x0d;

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is always 0. */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    // Line breaks as LSP defines them: \r\n, \r and \n (a lone \r from old Mac files counts too).
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      if (c === CR || c === LF) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offsets outside the text are clamped to its ends. */
  positionAt(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // Last line whose start is <= clamped (binary search: files can have many thousands of lines).
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  rangeOf(start: number, end: number): { start: LinePosition; end: LinePosition } {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
