// Giving memory back to the system once the server is idle after a burst of analysis.
//
// Why: analyzing large documents (opening ten 1 MiB reports, or a settings change that re-checks every open
// document) allocates a great deal of short-lived memory. V8 grows its young generation to 32 MiB and leaves tens of
// MiB free in its old generation, and gives them back only when its own memory reducer decides the process is idle:
// measured 40 s later (~166 MiB RSS all that time with ten 1 MiB documents open, ~96 MiB after). Launch flags do not
// fix it: --optimize-for-size slows every analysis (~1.3×), a bounded --max-semi-space-size still leaves the old
// generation's free space, and an editor that runs `statlens-language-server` passes no flags at all.
//
// What, once the editor has sent nothing and no analysis has run for `quietMs` (1 s), and only if the committed V8
// heap has grown by `minGrowthBytes` (16 MiB) since the last reclaim (growth, not text analyzed: it is what there is
// to give back, whatever caused it, and a small document never pays for a collection):
//   1. compact: two full collections, each in its own macrotask, so that a message arriving during the first is
//      handled before the second, and cancels it. Gives back most of the old generation's free space (→ ~128 MiB).
//   2. shrink: after `settleMs` (5.5 s) more of quiet, one more full collection. V8 shrinks its young generation
//      (32 → 1 MiB) only in a collection that follows 5 s of low allocation (its allocation-rate window), whatever
//      the kind of collection; this step cannot usefully come sooner (→ ~97 MiB).
// Any message or analysis postpones the steps still to come to the next quiet period. A collection that has started
// runs to its end (30–60 ms on the heap of ten 1 MiB documents): at most one is ever in the way of a request.
// Afterwards the young generation grows back as needed; keystrokes cost the same CPU time as before.
//
// How: Node has no API for a collection, so the standard `gc` function is fetched once, lazily, from a fresh
// context with --expose-gc set only for that moment. No other V8 flag is changed at run time: switching
// --optimize-for-size on around each collection compacted about 2 MiB more, not worth a flag V8 reads elsewhere too.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

export interface ReclaimOptions {
  /** Quiet time (no message, no analysis) before compacting. */
  quietMs: number;
  /** Further quiet time before the collection that shrinks the young generation (V8 needs ≥ 5 s). */
  settleMs: number;
  /** Heap growth (committed bytes) since the last reclaim that makes one worth doing. */
  minGrowthBytes: number;
}

export const DEFAULT_RECLAIM: ReclaimOptions = { quietMs: 1000, settleMs: 5500, minGrowthBytes: 16 * 1024 * 1024 };

/** The steps, for a log line: `compact` (old generation), `shrink` (young generation), `postponed`. */
export type ReclaimStep = 'compact' | 'shrink' | 'postponed';

type Collect = () => void;

/** The engine's full collection, or null where it cannot be had (then the server simply never reclaims). */
function fullCollection(): Collect | null {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as Collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    v8.setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    return null;
  }
}

function committedHeap(): number {
  return v8.getHeapStatistics().total_heap_size;
}

export class MemoryReclaimer {
  private readonly options: ReclaimOptions;
  private readonly timer: NodeJS.Timeout;
  /** What the next quiet period does: check whether the heap grew enough to compact, or shrink (already compacted). */
  private next: 'check' | 'shrink' = 'check';
  /** Bumped by every activity: a step scheduled before it is dropped. */
  private generation = 0;
  private settlePending = false;
  /** Committed heap after the last reclaim (at start: after loading). */
  private baseline: number;
  private collect: Collect | null | undefined;

  constructor(options: Partial<ReclaimOptions> = {}, private readonly log?: (step: ReclaimStep, detail: string) => void) {
    this.options = { ...DEFAULT_RECLAIM, ...options };
    this.baseline = committedHeap();
    // One timer for the server's lifetime, restarted on activity (no allocation per message); unref'd so that it
    // never keeps the process alive.
    this.timer = setTimeout(() => this.quiet(), this.options.quietMs);
    this.timer.unref();
  }

  /** A message from the editor or an analysis just ran: whatever was scheduled waits for the next quiet period. */
  activity(): void {
    this.generation++;
    if (this.settlePending) {
      this.settlePending = false;
      this.log?.('postponed', 'shrink waits for the next quiet period');
    }
    this.timer.refresh();
  }

  private quiet(): void {
    const generation = this.generation;
    if (this.next === 'shrink') {
      // Compacted before, but activity came before the shrink: a young-generation collection (a few ms) starts
      // V8's low-allocation window afresh; the shrink follows after settleMs of quiet.
      this.collectOnce(null);
      this.settleThenShrink(generation);
      return;
    }
    if (committedHeap() - this.baseline < this.options.minGrowthBytes) return; // nothing worth it
    this.collectOnce('compact');
    this.next = 'shrink';
    // The second collection in a later macrotask: a message that arrived during the first is read and dispatched
    // (vscode-jsonrpc dispatches from setImmediate) before this timer runs, and cancels it.
    setTimeout(() => {
      if (generation !== this.generation) return;
      this.collectOnce('compact');
      this.settleThenShrink(generation);
    }, 0).unref();
  }

  private settleThenShrink(generation: number): void {
    this.settlePending = true;
    setTimeout(() => {
      if (generation !== this.generation) return;
      this.settlePending = false;
      this.collectOnce('shrink');
      this.next = 'check';
      this.baseline = committedHeap();
    }, this.options.settleMs).unref();
  }

  /** One collection: full (`compact`, `shrink`) or of the young generation only (null). */
  private collectOnce(step: 'compact' | 'shrink' | null): void {
    if (this.collect === undefined) this.collect = fullCollection();
    const collect = this.collect;
    if (!collect) return;
    const before = committedHeap();
    const t0 = process.hrtime.bigint();
    if (step === null) {
      (collect as (options: unknown) => void)({ type: 'minor' });
      return;
    }
    collect();
    if (this.log) {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      this.log(step, `heap ${mib(before)} → ${mib(committedHeap())} MiB committed, ${ms.toFixed(1)} ms`);
    }
  }
}

function mib(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** STATLENS_TEST_MEMORY (tests only): JSON overrides of ReclaimOptions; when set, each step is logged. */
export const TEST_MEMORY_ENV = 'STATLENS_TEST_MEMORY';

export function reclaimOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): { options: Partial<ReclaimOptions>; logSteps: boolean } {
  const raw = env[TEST_MEMORY_ENV];
  if (!raw) return { options: {}, logSteps: false };
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const options: Partial<ReclaimOptions> = {};
    for (const key of ['quietMs', 'settleMs', 'minGrowthBytes'] as const) {
      if (typeof parsed[key] === 'number' && Number.isFinite(parsed[key]) && (parsed[key] as number) >= 0) options[key] = parsed[key] as number;
    }
    return { options, logSteps: true };
  } catch {
    return { options: {}, logSteps: true };
  }
}
