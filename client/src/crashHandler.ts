// The language client's ErrorHandler: a server that dies on its own is restarted a bounded number of times
// (restartPolicy.ts decides); every automatic restart and the final give-up are reported through `events`,
// which the client turns into a status bar state, an output line and, on give-up, an error notification.
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message,
} from 'vscode-languageclient/node';
import { RestartPolicy, type RestartLimits } from './restartPolicy';

/** Whether the server is up, restarting after a crash, or left stopped after too many crashes. */
export type ServerHealth =
  | { state: 'ok' }
  | { state: 'restarting'; attempt: number; maxRestarts: number; message: string }
  | { state: 'gave-up'; message: string };

export interface CrashEvents {
  /** The server died and is restarted automatically; the library also logs `message` to the output. */
  restarting(health: Extract<ServerHealth, { state: 'restarting' }>): void;
  /** The server stays stopped (crashed once too often, or its connection kept failing): tell the user. */
  gaveUp(health: Extract<ServerHealth, { state: 'gave-up' }>): void;
}

/** Connection errors tolerated in a row before the client shuts the server down (as the library's default). */
const MAX_CONNECTION_ERRORS = 3;

export class CrashHandler implements ErrorHandler {
  private readonly policy: RestartPolicy;

  constructor(private readonly events: CrashEvents, limits?: RestartLimits) {
    this.policy = new RestartPolicy(limits);
  }

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
    const decision = this.policy.onCrash();
    if (decision.restart) {
      const message = vscode.l10n.t('StatLens: the language server stopped unexpectedly; restarting it ({0} of {1}).',
        decision.attempt, decision.maxRestarts);
      this.events.restarting({ state: 'restarting', attempt: decision.attempt, maxRestarts: decision.maxRestarts, message });
      // handled: the library only logs the message (to the StatLens output) instead of a notification.
      return { action: CloseAction.Restart, message, handled: true };
    }
    const minutes = Math.max(1, Math.round(decision.windowMs / 60_000));
    const message = vscode.l10n.t('StatLens: the language server crashed {0} times in {1} minutes and will not be restarted automatically.',
      decision.crashes, minutes);
    this.events.gaveUp({ state: 'gave-up', message });
    return { action: CloseAction.DoNotRestart, message, handled: true };
  }
}
