// Plug-in: the JS side of `machine` (pylib/machine.py): pins, reset cause, sleeps, reset, unique id, frequency.
import { device, reply, formatDuration } from "../device/index.mjs";

export default function (mp, ctx) {
  const d = device(ctx);
  if (!d) return;
  const { pins, timeline } = d;
  const boardValue = (section, name) => d.board.machine[section][name]?.value ?? d.fallback.machine[section][name]?.value ?? null;
  let cpuHz = d.board.machine.cpu_hz ?? d.fallback.machine.cpu_hz;
  mp.registerJsModule("_sim_machine", {
    reset_cause: () => boardValue("reset_causes", d.scenario.reset_cause),
    pin_init: (json) => reply(() => {
      const { id, mode, pull, value } = JSON.parse(json);
      pins.init(id, mode, pull, value);
    }),
    pin_write: (json) => reply(() => { const { id, value } = JSON.parse(json); d.sync(); pins.write(id, value); }),
    pin_read: (json) => reply(() => { d.sync(); return pins.read(JSON.parse(json).id); }),
    pin_irq: (json) => reply(() => { const { id, trigger } = JSON.parse(json); pins.setIrq(id, trigger); }),
    lightsleep: (ms) => reply(() => d.sleep(ms === null || ms === undefined ? Infinity : Number(ms), "lightsleep")),
    deepsleep: (ms) => {
      const text = ms === null || ms === undefined ? "until reset" : formatDuration(Number(ms));
      timeline.event("machine.deepsleep", { ms: ms ?? null }, `machine: deep sleep ${text}: the run ends here`);
      return null;
    },
    reset: (kind) => { timeline.event("machine.reset", { kind }, `machine: ${kind} reset: the run ends here`); return null; },
    unique_id_length: () => d.board.machine.unique_id_bytes ?? d.fallback.machine.unique_id_bytes,
    freq: (hz) => {
      if (hz !== null && hz !== undefined) {
        cpuHz = Number(hz);
        timeline.event("machine.freq", { hz: cpuHz }, `machine: CPU frequency ${cpuHz / 1e6} MHz`);
      }
      return cpuHz;
    },
  });
}
