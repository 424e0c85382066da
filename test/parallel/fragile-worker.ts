// A pool worker that fails on purpose, for pool.test.ts: it exits on a piece holding 致命 and answers a piece holding
// 异常 with an engine error; any other piece it analyzes as the real worker does.
import { parentPort } from 'node:worker_threads';
import { analyzePiece, type PieceRequest } from '../../server/src/parallel/piece';

parentPort?.on('message', (request: PieceRequest) => {
  if (request.text.includes('致命')) process.exit(3);
  if (request.text.includes('异常')) parentPort!.postMessage({ id: request.id, quantities: [], diagnostics: [], error: 'engine failed on purpose' });
  else parentPort!.postMessage(analyzePiece(request));
});
