// The client's crash-restart policy (client/src/restartPolicy.ts): pure logic, run without VS Code. The
// real-VS-Code suite (test/vscode/suite/server-crash.vscode-test.ts) kills the real server against it.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DEFAULT_RESTART_LIMITS, RestartPolicy, type RestartDecision } from '../../client/src/restartPolicy';

const MINUTE = 60_000;

/** A policy on a clock the test moves by hand. */
function policyAt(limits = DEFAULT_RESTART_LIMITS) {
  const clock = { now: 1_000_000 };
  return { clock, policy: new RestartPolicy(limits, () => clock.now) };
}

function crashes(policy: RestartPolicy, n: number, clock: { now: number }, stepMs: number): RestartDecision[] {
  const decisions: RestartDecision[] = [];
  for (let i = 0; i < n; i++) {
    decisions.push(policy.onCrash());
    clock.now += stepMs;
  }
  return decisions;
}

describe('crash restart policy', () => {
  it('by default restarts 4 times within 3 minutes and gives up on the fifth crash', () => {
    assert.deepEqual(DEFAULT_RESTART_LIMITS, { maxRestarts: 4, windowMs: 3 * MINUTE });
    const { clock, policy } = policyAt();
    const decisions = crashes(policy, 5, clock, 1000);
    assert.deepEqual(decisions.slice(0, 4), [1, 2, 3, 4].map((attempt) => ({ restart: true, attempt, maxRestarts: 4 })));
    assert.deepEqual(decisions[4], { restart: false, crashes: 5, windowMs: 3 * MINUTE });
  });

  it('keeps giving up while the crashes stay inside the window', () => {
    const { clock, policy } = policyAt();
    crashes(policy, 5, clock, 1000);
    assert.equal(policy.onCrash().restart, false);
  });

  it('forgets crashes older than the window, so a server that crashes rarely is always restarted', () => {
    const { clock, policy } = policyAt();
    // One crash every 50 s: never more than 4 inside any 3-minute window.
    const decisions = crashes(policy, 20, clock, 50_000);
    assert.ok(decisions.every((d) => d.restart), JSON.stringify(decisions.filter((d) => !d.restart)));
    assert.equal(policy.recentCrashes, 3);
  });

  it('counts a crash exactly one window old as forgotten, and one just inside as counted', () => {
    const { clock, policy } = policyAt({ maxRestarts: 1, windowMs: MINUTE });
    assert.equal(policy.onCrash().restart, true);
    clock.now += MINUTE - 1;
    assert.deepEqual(policy.onCrash(), { restart: false, crashes: 2, windowMs: MINUTE });
    clock.now += MINUTE;
    assert.deepEqual(policy.onCrash(), { restart: true, attempt: 1, maxRestarts: 1 });
  });

  it('starts over after reset (the user restarted the server)', () => {
    const { clock, policy } = policyAt();
    crashes(policy, 5, clock, 1000);
    policy.reset();
    assert.equal(policy.recentCrashes, 0);
    assert.deepEqual(policy.onCrash(), { restart: true, attempt: 1, maxRestarts: 4 });
  });

  it('with maxRestarts 0 never restarts', () => {
    const { policy } = policyAt({ maxRestarts: 0, windowMs: MINUTE });
    assert.deepEqual(policy.onCrash(), { restart: false, crashes: 1, windowMs: MINUTE });
  });

  it('rejects limits that make no sense', () => {
    assert.throws(() => new RestartPolicy({ maxRestarts: -1, windowMs: MINUTE }), RangeError);
    assert.throws(() => new RestartPolicy({ maxRestarts: 1.5, windowMs: MINUTE }), RangeError);
    assert.throws(() => new RestartPolicy({ maxRestarts: 4, windowMs: 0 }), RangeError);
    assert.throws(() => new RestartPolicy({ maxRestarts: 4, windowMs: Number.NaN }), RangeError);
  });
});
