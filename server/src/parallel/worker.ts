// A worker thread of the analysis pool (pool.ts): answers each piece of a document with its analysis (piece.ts).
import { parentPort } from 'node:worker_threads';
import { analyzePiece, type PieceRequest } from './piece';

parentPort?.on('message', (request: PieceRequest) => parentPort!.postMessage(analyzePiece(request)));
