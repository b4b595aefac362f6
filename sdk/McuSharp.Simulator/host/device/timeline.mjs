// The run's event timeline: every event goes to the --events file (ctx.emit, one JSON line with the virtual time
// `t_ms`) and, when the config asks for it, as a readable line to stderr (ctx.log), at the moment it happens.

export class Timeline {
  constructor(ctx, clock, readable) {
    this.ctx = ctx;
    this.clock = clock;
    this.readable = readable;
    this.stamp = null;
  }

  /**
   * Runs `body` with its events stamped at virtual time `ms` instead of now: what the simulation works out late
   * (a join that finished while the program slept, a scheduled input change) is shown when it happened.
   */
  at(ms, body) {
    const outer = this.stamp;
    this.stamp = Math.min(ms, this.clock.now());
    try {
      return body();
    } finally {
      this.stamp = outer;
    }
  }

  /** Records `type` with `data`; `text` is the human-readable description. */
  event(type, data, text) {
    const tMs = Math.floor(this.stamp ?? this.clock.now());
    this.ctx.emit(type, { t_ms: tMs, ...data });
    if (this.readable) this.ctx.log(`[sim ${formatTime(tMs)}] ${text}`);
  }
}

function formatTime(ms) {
  const seconds = ms / 1000;
  return `${seconds.toFixed(3).padStart(9)}s`;
}
