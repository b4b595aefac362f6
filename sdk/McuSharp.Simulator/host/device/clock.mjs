// The simulated device's clock: virtual milliseconds since boot. Real time that passes while the program runs
// counts (a busy loop advances it), sleeps are skipped instantly (a 60 s backoff costs no real time).
import { performance } from "node:perf_hooks";

// MicroPython's ticks_* functions wrap at TICKS_PERIOD = 2**30 (MICROPY_PY_TIME_TICKS_PERIOD on 32-bit ports).
export const TICKS_PERIOD = 2 ** 30;

export class Clock {
  constructor({ ticksStartMs = 0, epochSeconds }) {
    this.startedAt = performance.now();
    this.skippedMs = 0;
    this.ticksStartMs = ticksStartMs;
    this.epochSeconds = epochSeconds;
    this.listeners = []; // called with the new time whenever the clock moves forward by a sleep
  }

  /** Virtual milliseconds since boot (fractional). */
  now() {
    return performance.now() - this.startedAt + this.skippedMs;
  }

  nowMs() {
    return Math.floor(this.now());
  }

  /** Moves the clock forward by `ms` without waiting; the listeners see every instant they scheduled. */
  advance(ms) {
    if (!(ms > 0)) return;
    this.skippedMs += ms;
    for (const listener of this.listeners) listener(this.now());
  }

  /** Moves the clock forward to `ms` (no-op when it is already later). */
  advanceTo(ms) {
    this.advance(ms - this.now());
  }

  ticksMs() {
    return (this.ticksStartMs + this.nowMs()) % TICKS_PERIOD;
  }

  ticksUs() {
    return Math.floor((this.ticksStartMs + this.now()) * 1000) % TICKS_PERIOD;
  }

  epochNow() {
    return this.epochSeconds + this.now() / 1000;
  }
}
