// Documents are analyzed in chunks: a paragraph, which is one line, or several lines when prose is hard-wrapped
// (a line that does not end a sentence continues into the next non-blank line). Figures relate within a chunk,
// never across one, so a chunk's result depends only on its own text: that is what lets the incremental
// analyzer reuse every chunk an edit did not touch, and keeps analyze() and the incremental path identical.

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '：', ':', '”', '」', '』', '）', ')', '|', '>', '#', '*', '-', '.'].map((c) => c.charCodeAt(0)));

export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  /** End of the chunk, line break excluded. */
  end: number;
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** Char code of the last character of [start, end) that is not a space or tab, or -1 (a blank line). By code: a
 *  string per line's last character was a measurable share of splitting a large document. */
function lastVisible(text: string, start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000) return c;
  }
  return -1;
}

/** Split a document into chunks in one pass. Blank lines and line breaks are never inside a chunk's figures. */
export function splitChunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  const n = text.length;
  let lineStart = 0;
  let chunkStart = -1;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n && !isBreak(text.charCodeAt(lineEnd))) lineEnd++;
    const last = lastVisible(text, lineStart, lineEnd);
    if (last < 0) {
      // blank line: closes the open chunk
      if (chunkStart >= 0) {
        out.push({ start: chunkStart, end: trimEnd(text, chunkStart, lineStart) });
        chunkStart = -1;
      }
    } else {
      if (chunkStart < 0) chunkStart = lineStart;
      // a line that ends a sentence (or a Markdown construct) closes the chunk; a wrapped line continues it
      if (SENTENCE_END.has(last) || lineEnd - lineStart > 2000) {
        out.push({ start: chunkStart, end: lineEnd });
        chunkStart = -1;
      }
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
  if (chunkStart >= 0) out.push({ start: chunkStart, end: trimEnd(text, chunkStart, n) });
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isBreak(text.charCodeAt(e - 1))) e--;
  return e;
}
