// A handler that throws must answer an LSP error and leave the server running: wrap every request handler.
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wrap a request handler: exceptions and rejections become ResponseError(InternalError) and are logged. */
export function guardRequest<P extends unknown[], R>(
  connection: Connection,
  method: string,
  handler: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R | ResponseError<void>> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ResponseError) return error as ResponseError<void>;
      connection.console.error(`StatLens: ${method} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return new ResponseError<void>(ErrorCodes.InternalError, `StatLens: ${method} failed: ${describeError(error)}`);
    }
  };
}

/** Wrap a notification handler: there is nobody to answer, so log and carry on. */
export function guardNotification<P extends unknown[]>(connection: Connection, method: string, handler: (...args: P) => unknown): (...args: P) => void {
  return (...args: P) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) {
        result.catch((error: unknown) => connection.console.error(`StatLens: ${method} failed: ${describeError(error)}`));
      }
    } catch (error) {
      connection.console.error(`StatLens: ${method} failed: ${describeError(error)}`);
    }
  };
}

/** Params the client sent for a text-document request: reject malformed ones with InvalidParams. */
export function requireTextDocumentUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'StatLens: params.textDocument.uri must be a string');
  return uri;
}

export function requirePosition(params: unknown): { line: number; character: number } {
  const p = (params as { position?: { line?: unknown; character?: unknown } } | null)?.position;
  if (!p || typeof p.line !== 'number' || typeof p.character !== 'number' || p.line < 0 || p.character < 0) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'StatLens: params.position must be {line, character} with non-negative numbers');
  }
  return { line: p.line, character: p.character };
}
