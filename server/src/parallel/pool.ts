// Analysis on several cores. A document's chunks (chunks.ts) are independent, so a large document is cut at chunk
// boundaries into pieces that worker threads analyze at once; the main thread puts the pieces' results back in order
// and runs the one whole-document step (suppression comments) itself. The result is that of analyze(), by
// construction: the same chunks, the same analyzeChunk(), the same offsets (a test compares the two).
//
// Node only (worker_threads), so it lives outside the engine, which stays free of any runtime but the language.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze, suppressDiagnostics } from '../engine/analyze';
import { splitChunks } from '../engine/chunks';
import type { AnalysisResult, AnalyzeOptions } from '../engine/types';
import type { PieceRequest, PieceResponse } from './piece';

/** Pieces of at most this many UTF-16 code units, and of at least MIN_PIECE_CHARS: small enough that the workers
 *  finish together (a document is cut into PIECES_PER_WORKER pieces per worker), large enough that a message per
 *  piece costs little (a piece's results are cloned across threads). */
export const PIECE_CHARS = 128 * 1024;
export const MIN_PIECE_CHARS = 16 * 1024;
const PIECES_PER_WORKER = 4;

export interface AnalysisPool {
  /** Number of worker threads. */
  readonly size: number;
  /** analyze(text, options), on the pool's threads when the text is large enough to gain from it. */
  analyze(text: string, options?: AnalyzeOptions): Promise<AnalysisResult>;
  /** Ends the workers; pending analyses are rejected. */
  close(): Promise<void>;
}

/** One worker per core the process may use, at most `max`: two threads per core gain nothing on this work. */
export function defaultPoolSize(max = 8): number {
  return Math.max(1, Math.min(max, availableParallelism()));
}

interface Task {
  request: PieceRequest;
  resolve(response: PieceResponse): void;
  reject(error: Error): void;
}

export interface PoolOptions {
  /** The worker's script (tests give one that fails on purpose). */
  workerScript?: string;
}

export function createAnalysisPool(size = defaultPoolSize(), poolOptions: PoolOptions = {}): AnalysisPool {
  const script = poolOptions.workerScript ?? join(__dirname, 'worker.js');
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const queue: Task[] = [];
  const running = new Map<Worker, Task>();
  let closed = false;
  let nextId = 0;

  const fail = (worker: Worker, error: Error) => {
    const task = running.get(worker);
    running.delete(worker);
    if (workers.includes(worker)) workers.splice(workers.indexOf(worker), 1);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    task?.reject(error);
    // a worker lost (an exception outside a request, or killed) is replaced while work remains
    if (!closed && queue.length > 0) dispatch();
  };

  const spawn = (): Worker => {
    const worker = new Worker(script);
    worker.on('message', (response: PieceResponse) => {
      const task = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      if (task) {
        if (response.error !== undefined) task.reject(new Error(response.error));
        else task.resolve(response);
      }
      dispatch();
    });
    worker.on('error', (error) => fail(worker, error));
    worker.on('exit', (code) => {
      if (workers.includes(worker)) fail(worker, new Error(`analysis worker exited with code ${code}`));
    });
    workers.push(worker);
    return worker;
  };

  const dispatch = () => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (workers.length < size ? spawn() : undefined);
      if (!worker) return;
      const task = queue.shift()!;
      running.set(worker, task);
      worker.postMessage(task.request);
    }
  };

  const run = (request: PieceRequest) =>
    new Promise<PieceResponse>((resolve, reject) => {
      if (closed) return reject(new Error('the analysis pool is closed'));
      queue.push({ request, resolve, reject });
      dispatch();
    });

  return {
    size,
    async analyze(text, options = {}) {
      // a small text is one piece: still on a worker, so that many small documents share the threads
      if (size < 1) return analyze(text, options);
      const target = Math.max(MIN_PIECE_CHARS, Math.min(PIECE_CHARS, Math.ceil(text.length / (size * PIECES_PER_WORKER))));
      const pieces = await Promise.all(piecesOf(text, target).map((piece) => run({ id: nextId++, text: text.slice(piece.start, piece.end), offset: piece.start, options })));
      const quantities = pieces.flatMap((p) => p.quantities);
      const diagnostics = pieces.flatMap((p) => p.diagnostics);
      return { quantities, diagnostics: suppressDiagnostics(text, diagnostics, options) };
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('the analysis pool is closed'));
      const all = workers.splice(0);
      idle.length = 0;
      for (const [, task] of running) task.reject(new Error('the analysis pool is closed'));
      running.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

/** Consecutive runs of whole chunks, each at least `size` long (the last may be shorter): a piece ends at the end of a
 *  chunk. */
export function piecesOf(text: string, size = PIECE_CHARS): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  for (const chunk of splitChunks(text)) {
    if (chunk.end - start >= size) {
      pieces.push({ start, end: chunk.end });
      start = chunk.end;
    }
  }
  if (start < text.length || pieces.length === 0) pieces.push({ start, end: text.length });
  return pieces;
}
