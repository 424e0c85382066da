// A small strict JSON parser that keeps the position of every key and value, so that config errors can point at
// the line and column a user must fix (JSON.parse reports positions differently across Node versions, and not for
// values that parse but are wrong). Linear, no regular expressions; nesting depth is bounded.

export type JsonNode =
  | { type: 'object'; start: number; end: number; members: JsonMember[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number; value: null };

export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

/** A syntax error at `offset`; messageId/args name a detail text in the style catalog (json.*). */
export class JsonSyntaxError extends Error {
  constructor(readonly offset: number, readonly messageId: string, readonly args: Record<string, string> = {}) {
    super(`${messageId} at ${offset}`);
  }
}

const MAX_DEPTH = 64;

export function parseJson(text: string): JsonNode {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (messageId: string, args: Record<string, string> = {}, at = pos): never => {
    throw new JsonSyntaxError(at, messageId, args);
  };
  const unexpected = (): never =>
    pos >= text.length ? fail('json.unexpectedEnd') : fail('json.unexpectedChar', { char: text[pos] });

  const skipSpace = () => {
    while (pos < text.length) {
      const c = text[pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') pos++;
      else break;
    }
  };

  const parseString = (): { value: string; start: number; end: number } => {
    const start = pos;
    if (text[pos] !== '"') fail('json.expected', { what: '"' });
    pos++;
    let value = '';
    for (;;) {
      if (pos >= text.length) fail('json.unexpectedEnd');
      const c = text[pos];
      if (c === '"') {
        pos++;
        return { value, start, end: pos };
      }
      if (c === '\\') {
        const e = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          value += simple[e];
          pos += 2;
          continue;
        }
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          let ok = hex.length === 4;
          for (const h of hex) if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) ok = false;
          if (!ok) fail('json.badString');
          value += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
          continue;
        }
        fail('json.badString');
      }
      if (c.charCodeAt(0) < 0x20) fail('json.badString');
      value += c;
      pos++;
    }
  };

  const parseNumber = (): JsonNode => {
    const start = pos;
    if (text[pos] === '-') pos++;
    const digits = () => {
      const from = pos;
      while (pos < text.length && text[pos] >= '0' && text[pos] <= '9') pos++;
      return pos - from;
    };
    if (text[pos] === '0') pos++;
    else if (digits() === 0) fail('json.badNumber', {}, start);
    if (text[pos] === '.') {
      pos++;
      if (digits() === 0) fail('json.badNumber', {}, start);
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++;
      if (text[pos] === '+' || text[pos] === '-') pos++;
      if (digits() === 0) fail('json.badNumber', {}, start);
    }
    return { type: 'number', start, end: pos, value: Number(text.slice(start, pos)) };
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail('json.tooDeep');
    skipSpace();
    const start = pos;
    const c = text[pos];
    if (c === '{') {
      pos++;
      const members: JsonMember[] = [];
      const seen = new Set<string>();
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return { type: 'object', start, end: pos, members };
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') (pos >= text.length ? fail('json.unexpectedEnd') : fail('json.expected', { what: '"' }));
        const key = parseString();
        if (seen.has(key.value)) fail('json.duplicateKey', { key: key.value }, key.start);
        seen.add(key.value);
        skipSpace();
        if (text[pos] !== ':') (pos >= text.length ? fail('json.unexpectedEnd') : fail('json.expected', { what: ':' }));
        pos++;
        const value = parseValue(depth + 1);
        members.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value });
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return { type: 'object', start, end: pos, members };
        }
        if (pos >= text.length) fail('json.unexpectedEnd');
        fail('json.expected', { what: ', }' });
      }
    }
    if (c === '[') {
      pos++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return { type: 'array', start, end: pos, items };
      }
      for (;;) {
        items.push(parseValue(depth + 1));
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return { type: 'array', start, end: pos, items };
        }
        if (pos >= text.length) fail('json.unexpectedEnd');
        fail('json.expected', { what: ', ]' });
      }
    }
    if (c === '"') {
      const s = parseString();
      return { type: 'string', start: s.start, end: s.end, value: s.value };
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value === null ? { type: 'null', start, end: pos, value } : { type: 'boolean', start, end: pos, value };
      }
    }
    return unexpected();
  };

  const root = parseValue(0);
  skipSpace();
  if (pos < text.length) fail('json.trailing');
  return root;
}

/** 1-based line and column (UTF-16 code units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
