// The run's event timeline: every event goes to the --events file (ctx.emit, one JSON line with the virtual time
// `t_ms`) and, when the config asks for it, as a readable line to stderr (ctx.log), at the moment it happens.

export class Timeline {
  constructor(ctx, clock, readable) {
    this.ctx = ctx;
    this.clock = clock;
    this.readable = readable;
  }

  /** Records `type` with `data`; `text` is the human-readable description. */
  event(type, data, text) {
    const tMs = this.clock.nowMs();
    this.ctx.emit(type, { t_ms: tMs, ...data });
    if (this.readable) this.ctx.log(`[sim ${formatTime(tMs)}] ${text}`);
  }
}

function formatTime(ms) {
  const seconds = ms / 1000;
  return `${seconds.toFixed(3).padStart(9)}s`;
}
