// The simulated device's clock: virtual milliseconds since boot. The processor time the program spends computing
// counts (a busy loop advances it), sleeps are skipped instantly (a 60 s backoff costs no real time). Processor
// time, not wall-clock time: a run on a busy machine, where the host process waits for a core, sees the same
// clock as a run on an idle one, so a scenario's timing does not depend on what else the machine does.
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

// MicroPython's ticks_* functions wrap at TICKS_PERIOD = 2**30 (MICROPY_PY_TIME_TICKS_PERIOD on 32-bit ports).
export const TICKS_PERIOD = 2 ** 30;

export class Clock {
  constructor({ ticksStartMs = 0, epochSeconds }) {
    this.startedAt = cpuMs();
    this.skippedMs = 0;
    this.ticksStartMs = ticksStartMs;
    this.epochSeconds = epochSeconds;
    this.listeners = []; // called with the new time whenever the clock moves forward by a sleep
  }

  /** Virtual milliseconds since boot (fractional). */
  now() {
    return cpuMs() - this.startedAt + this.skippedMs;
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
