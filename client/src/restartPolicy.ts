// When the language server dies on its own, should the client start it again? Pure logic (no VS Code), so
// it is unit-tested with node:test (test/client/restartPolicy.test.ts). crashHandler.ts turns its answers
// into vscode-languageclient actions and tells the user.

export interface RestartLimits {
  /** Automatic restarts allowed within `windowMs`; the crash after that many is not restarted. */
  maxRestarts: number;
  /** Length of the sliding window, in milliseconds. Crashes older than this are forgotten. */
  windowMs: number;
}

/** 4 restarts in 3 minutes: a server that crashes a fifth time within 3 minutes stays stopped. */
export const DEFAULT_RESTART_LIMITS: RestartLimits = { maxRestarts: 4, windowMs: 3 * 60 * 1000 };

export type RestartDecision =
  /** Restart; this is automatic restart number `attempt` of at most `maxRestarts` in the window. */
  | { restart: true; attempt: number; maxRestarts: number }
  /** Give up: `crashes` crashes happened within the last `windowMs`. */
  | { restart: false; crashes: number; windowMs: number };

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(readonly limits: RestartLimits = DEFAULT_RESTART_LIMITS, private readonly now: () => number = Date.now) {
    if (!Number.isInteger(limits.maxRestarts) || limits.maxRestarts < 0) throw new RangeError('maxRestarts must be an integer ≥ 0');
    if (!(limits.windowMs > 0)) throw new RangeError('windowMs must be > 0');
  }

  /** Records a crash now and decides whether to restart. */
  onCrash(): RestartDecision {
    const at = this.now();
    this.crashes = this.crashes.filter((t) => at - t < this.limits.windowMs);
    this.crashes.push(at);
    const count = this.crashes.length;
    if (count <= this.limits.maxRestarts) return { restart: true, attempt: count, maxRestarts: this.limits.maxRestarts };
    return { restart: false, crashes: count, windowMs: this.limits.windowMs };
  }

  /** Crashes within the window, as of now. */
  get recentCrashes(): number {
    const at = this.now();
    return this.crashes.filter((t) => at - t < this.limits.windowMs).length;
  }

  /** Forget every crash (a user restarted the server by hand). */
  reset(): void {
    this.crashes = [];
  }
}
