// The language client's ErrorHandler. A server that dies on its own is never restarted by vscode-languageclient:
// `closed()` always answers DoNotRestart and reports the death through `events.died()`. StatLensClient
// (languageClient.ts) then asks its RestartPolicy and starts a new LanguageClient itself. This also covers a
// server that dies during start-up, before it answered `initialize`, where the library's own restart fails.
// `healthAfterCrash` turns the policy's answer into what the user reads (status bar, output, notification).
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message,
} from 'vscode-languageclient/node';
import type { RestartDecision } from './restartPolicy';

/** Whether the server is up, restarting after a crash, or left stopped after too many crashes. */
export type ServerHealth =
  | { state: 'ok' }
  | { state: 'restarting'; attempt: number; maxRestarts: number; message: string }
  | { state: 'gave-up'; message: string };

export interface CrashEvents {
  /** The server's connection closed without the client asking (the process died). Returns the localized line
   *  the library logs to the StatLens output; the caller decides about restarting, asynchronously. */
  died(): string;
  /** The connection kept failing and the server is shut down: tell the user. */
  gaveUp(health: Extract<ServerHealth, { state: 'gave-up' }>): void;
}

/** Connection errors tolerated in a row before the client shuts the server down (as the library's default). */
const MAX_CONNECTION_ERRORS = 3;

/** What the user is told after a crash, given the restart policy's decision. */
export function healthAfterCrash(decision: RestartDecision): Exclude<ServerHealth, { state: 'ok' }> {
  if (decision.restart) {
    return {
      state: 'restarting', attempt: decision.attempt, maxRestarts: decision.maxRestarts,
      message: vscode.l10n.t('StatLens: the language server stopped unexpectedly; restarting it ({0} of {1}).',
        decision.attempt, decision.maxRestarts),
    };
  }
  const minutes = Math.max(1, Math.round(decision.windowMs / 60_000));
  return {
    state: 'gave-up',
    message: vscode.l10n.t('StatLens: the language server crashed {0} times in {1} minutes and will not be restarted automatically.',
      decision.crashes, minutes),
  };
}

export class CrashHandler implements ErrorHandler {
  constructor(private readonly events: CrashEvents) {}

  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    // A dying server also makes writes fail; its close event (closed() below) decides about restarting.
    if (count === undefined || count <= MAX_CONNECTION_ERRORS) {
      return {
        action: ErrorAction.Continue, handled: true,
        message: vscode.l10n.t('StatLens: error on the connection to the language server: {0}', error.message),
      };
    }
    const message = vscode.l10n.t('StatLens: the connection to the language server failed {0} times in a row; the server was stopped.', count);
    this.events.gaveUp({ state: 'gave-up', message });
    return { action: ErrorAction.Shutdown, message, handled: true };
  }

  closed(): CloseHandlerResult {
    // handled: the library only logs the message (to the StatLens output) instead of a notification.
    return { action: CloseAction.DoNotRestart, message: this.events.died(), handled: true };
  }
}
