// Timing helpers shared by the benchmark and the worst-case tests. Both wall-clock and CPU time are kept:
// on a shared, loaded machine CPU time of this process is the steadier figure for ratios.

export interface Timing {
  /** Median wall-clock milliseconds over the timed runs. */
  wallMs: number;
  /** Median CPU milliseconds (user + system of this process) over the timed runs. */
  cpuMs: number;
  /** Fastest wall-clock run. */
  minWallMs: number;
  runs: number;
  /** Highest resident set size seen right after a run, bytes. */
  peakRss: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

let gc: (() => void) | null | undefined;

/** Run the collector between samples, so one run's garbage is not billed to the next. Uses --expose-gc when
 *  given, else turns the flag on at run time (V8 accepts it late and exposes gc() to new contexts). */
export function collectGarbage(): void {
  if (gc === undefined) {
    gc = (globalThis as { gc?: () => void }).gc ?? null;
    if (!gc) {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('v8').setFlagsFromString('--expose-gc');
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        gc = require('vm').runInNewContext('gc') as () => void;
      } catch {
        gc = null;
      }
    }
  }
  if (gc) gc();
}

/** Holds the last result, so an optimizer cannot drop a call whose result is unused. */
export let sink: unknown;

/**
 * Time `fn` `runs` times after `warmup` untimed calls. The result of each call is kept alive until the
 * clock stops (so the engine cannot be credited for work the caller then throws away).
 */
export function timeIt(fn: () => unknown, runs: number, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  let peakRss = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const c0 = cpuNow();
    const t0 = process.hrtime.bigint();
    const result = fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = cpuNow() - c0;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    walls.push(wall);
    cpus.push(cpu);
    sink = result;
  }
  return { wallMs: median(walls), cpuMs: median(cpus), minWallMs: Math.min(...walls), runs, peakRss };
}

/** timeIt() for an asynchronous piece of work: wall time only (CPU time would count this process's threads together). */
export async function timeItAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<{ wallMs: number; minWallMs: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const walls: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t0 = process.hrtime.bigint();
    sink = await fn();
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { wallMs: median(walls), minWallMs: Math.min(...walls) };
}

export function formatMs(ms: number): string {
  if (ms >= 10000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KiB`;
  return `${bytes} B`;
}

/** A plain-text table with right-aligned columns (the first left-aligned), for terminals and Markdown alike. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (i === 0 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|';
  return [line(header), rule, ...rows.map(line)].join('\n');
}
