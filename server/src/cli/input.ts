// Reading one input (a file, or standard input for '-') and decoding it to text. Every failure is a message id
// plus arguments, never an exception and never garbage: a decoder in fatal mode refuses bytes it cannot map.
import { promises as fs } from 'fs';

export interface DecodedInput {
  ok: true;
  text: string;
  encoding: string;
}

export type InputResult = DecodedInput | { ok: false; messageId: string; args: Record<string, string | number> };

export interface ReadOptions {
  /** WHATWG label from --encoding (already checked with canonicalEncoding); undefined = UTF-8. */
  encoding?: string;
  maxSize: number;
  /** Reads standard input, giving up (null) once more than maxSize bytes arrived. */
  readStdin: (maxSize: number) => Promise<Buffer | null>;
}

/** The decoder's canonical name for a label (`GBK` → `gbk`, `utf8` → `utf-8`), or null when unknown. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Byte-order marks, in the order the WHATWG decode algorithm checks them. A BOM beats any label. */
const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

function sniffBom(bytes: Uint8Array): string | null {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  return bom ? bom.encoding : null;
}

export function decodeBytes(bytes: Uint8Array, label: string | undefined): InputResult {
  const encoding = sniffBom(bytes) ?? canonicalEncoding(label ?? 'utf-8') ?? 'utf-8';
  // NUL never appears in text in a byte-oriented encoding; in UTF-16 it is every other byte of ASCII.
  if (!encoding.startsWith('utf-16') && bytes.includes(0)) return { ok: false, messageId: 'file.binary', args: {} };
  try {
    // ignoreBOM false (the default): the decoder drops the BOM, so offsets start at the first real character.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return label === undefined && encoding === 'utf-8'
      ? { ok: false, messageId: 'file.notUtf8', args: {} }
      : { ok: false, messageId: 'file.notDecodable', args: { encoding } };
  }
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'file.notFound',
  ENOTDIR: 'file.notFound',
  EISDIR: 'file.isDirectory',
};

function fsFailure(error: unknown): InputResult {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const messageId = FS_ERRORS[code];
  return messageId ? { ok: false, messageId, args: {} } : { ok: false, messageId: 'file.unreadable', args: { reason: code } };
}

async function readBytes(path: string, options: ReadOptions): Promise<Uint8Array | InputResult> {
  const tooLarge: InputResult = { ok: false, messageId: 'file.tooLarge', args: { limit: options.maxSize } };
  if (path === '-') return (await options.readStdin(options.maxSize)) ?? tooLarge;
  try {
    // stat first so that a huge file is refused without being read into memory.
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return { ok: false, messageId: 'file.isDirectory', args: {} };
    if (stat.size > options.maxSize) return tooLarge;
    const bytes = await fs.readFile(path);
    // Pipes and device files report size 0 to stat: check again after reading.
    return bytes.length > options.maxSize ? tooLarge : bytes;
  } catch (error) {
    return fsFailure(error);
  }
}

export async function readInput(path: string, options: ReadOptions): Promise<InputResult> {
  const bytes = await readBytes(path, options);
  return bytes instanceof Uint8Array ? decodeBytes(bytes, options.encoding) : bytes;
}
