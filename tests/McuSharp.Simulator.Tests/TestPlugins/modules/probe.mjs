// Test plug-in: a JS module `simprobe` that records events and reads the host options.
export default function (mp, ctx) {
  mp.registerJsModule("simprobe", {
    ping: (text) => { ctx.emit("probe.ping", { text }); return `pong:${text}`; },
    entry: () => ctx.options.entry,
    log: (text) => ctx.log(`probe: ${text}`),
  });
}
