// The peer: Microsoft Recognizers-Text, Chinese number and percentage models, one call per line (that is how
// the library is meant to be fed: an utterance at a time). A devDependency used only by the benchmark.

interface Recognizers {
  Culture: { Chinese: string };
  recognizeNumber(query: string, culture: string): unknown[];
  recognizePercentage(query: string, culture: string): unknown[];
}

let recognizers: Recognizers | undefined;

function load(): Recognizers {
  // CommonJS require: the package ships a UMD bundle and no typings usable from here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  recognizers ??= require('@microsoft/recognizers-text-suite') as Recognizers;
  return recognizers;
}

/** Number + percentage recognition over every non-blank line; returns how many entities were found. */
export function peerRecognize(text: string): number {
  const r = load();
  let found = 0;
  for (const line of text.split('\n')) {
    if (line.trim().length === 0) continue;
    found += r.recognizeNumber(line, r.Culture.Chinese).length;
    found += r.recognizePercentage(line, r.Culture.Chinese).length;
  }
  return found;
}

/**
 * The longest prefix of `text`, cut at a line break, of at most `chars` UTF-16 units: the peer is
 * timed on such a slice of the very text StatLens was timed on, and its time scaled per MiB.
 */
export function lineAlignedPrefix(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf('\n', chars);
  return text.slice(0, cut > 0 ? cut + 1 : chars);
}
