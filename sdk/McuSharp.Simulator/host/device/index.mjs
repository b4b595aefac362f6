// The simulated device shared by the device plug-ins (host/modules/network.mjs, machine.mjs, socket.mjs, time.mjs):
// board profile, scenario, virtual clock, timeline, radio, network and pins, created once per run from the
// config file the runner passes with --config (see sdk/McuSharp.Simulator/DeviceConfig.cs).
import fs from "node:fs";
import { Clock } from "./clock.mjs";
import { Timeline } from "./timeline.mjs";
import { Wifi, Lan, DeviceError } from "./wifi.mjs";
import { Net } from "./net.mjs";
import { Pins } from "./pins.mjs";

export { DeviceError };

let shared = null;

/** The device of this run (null when the host was started without --config: plain VM, no device modules). */
export function device(ctx) {
  if (shared || !ctx.options.config) return shared;
  const config = JSON.parse(fs.readFileSync(ctx.options.config, "utf8"));
  shared = new Device(ctx, config);
  return shared;
}

class Device {
  constructor(ctx, config) {
    this.board = config.board;
    this.fallback = config.fallback;
    this.scenario = config.scenario;
    this.clock = new Clock({ ticksStartMs: this.scenario.clock.ticks_start_ms, epochSeconds: this.scenario.clock.epoch });
    this.timeline = new Timeline(ctx, this.clock, config.timeline);
    this.macSuffix = "A1B2C3";
    this.lan = new Lan(this);
    this.wifi = new Wifi(this);
    this.net = new Net(this);
    this.pins = new Pins(this);
    this.schedule = [...this.scenario.events].sort((a, b) => a.at_ms - b.at_ms);
    this.ended = null;
    this.clock.listeners.push((now) => this.sync(now));
  }

  /** Applies everything the scenario scheduled up to `now`, in time order, with the radio kept up to date. */
  sync(now = this.clock.now()) {
    while (this.schedule.length > 0 && this.schedule[0].at_ms <= now) {
      const event = this.schedule.shift();
      this.wifi.update(event.at_ms);
      this.timeline.at(event.at_ms, () => {
        if (event.network_down !== undefined) this.wifi.setNetworkDown(event.network_down, true, event.at_ms);
        else if (event.network_up !== undefined) this.wifi.setNetworkDown(event.network_up, false, event.at_ms);
        else if (event.route_down !== undefined) this.net.setRouteDown(event.route_down, true);
        else if (event.route_up !== undefined) this.net.setRouteDown(event.route_up, false);
        else if (event.pin !== undefined) this.pins.drive(event.pin, event.value);
      });
    }
    this.wifi.update(now);
  }

  /** The next scheduled instant after now, or Infinity. */
  nextEventAt() {
    return this.schedule.length > 0 ? this.schedule[0].at_ms : Infinity;
  }

  /**
   * time.sleep_ms: skips ahead, stopping early at a scheduled input change that fires an IRQ handler (the Python
   * side runs the handlers and sleeps the rest) or at the scenario's end of run.
   */
  sleep(ms, what = "sleep") {
    const start = this.clock.now();
    const target = start + Math.max(0, ms);
    if (ms >= 1) this.timeline.event("time.sleep", { ms, kind: what }, `${what} ${formatDuration(ms)}`);
    const end = this.scenario.run_for_ms ?? Infinity;
    while (this.clock.now() < target) {
      const step = Math.min(target, this.nextEventAt(), end);
      if (step === Infinity) return this.endRun(`${what}() with nothing scheduled that could wake the device`);
      this.clock.advanceTo(step);
      if (this.clock.now() >= end) return this.endRun(`the scenario's run_for_ms (${end} ms) is over`);
      if (this.pins.pendingIrqs.length > 0) break;
      if (step === target) break;
    }
    this.sync();
    return { irqs: this.pins.takeIrqs(), remaining: Math.max(0, target - this.clock.now()), end: null };
  }

  /**
   * A blocking wait of the device (a socket read or connect): `timeoutMs` of virtual time, or, with no timeout,
   * forever: the program hangs here as it would on the board, until --timeout stops the run.
   */
  wait(timeoutMs, what) {
    if (timeoutMs !== null) {
      this.timeline.event("socket.timeout", { ms: timeoutMs, what }, `socket: ${what}: no answer within ${formatDuration(timeoutMs)}`);
      this.clock.advance(timeoutMs);
      return;
    }
    this.timeline.event("socket.hang", { what }, `socket: ${what} with no timeout set: the program hangs here, as it would on the board`);
    const never = new Int32Array(new SharedArrayBuffer(4));
    for (;;) Atomics.wait(never, 0, 0);
  }

  endRun(reason) {
    this.ended = reason;
    this.timeline.event("sim.end", { reason }, `end of run: ${reason}`);
    return { irqs: [], remaining: 0, end: reason };
  }
}

export function formatDuration(ms) {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(3)} s` : `${+ms.toFixed(3)} ms`;
}

/** Runs `body` and turns its result into the JSON text the Python side reads: {"ok": value} or {"error": [kind, arg]}. */
export function reply(body) {
  try {
    return JSON.stringify({ ok: body() ?? null });
  } catch (e) {
    if (e instanceof DeviceError) return JSON.stringify({ error: [e.kind, e.arg] });
    throw e;
  }
}
