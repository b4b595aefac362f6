// Simulated GPIO: outputs the program drives (recorded on the timeline), inputs the scenario drives at given
// virtual times, and the edges those inputs make for IRQ handlers.

import { DeviceError } from "./wifi.mjs";

export const PIN = { IN: 0, OUT: 1, OPEN_DRAIN: 2, PULL_UP: 1, PULL_DOWN: 2, IRQ_RISING: 1, IRQ_FALLING: 2 };

export class Pins {
  constructor(device) {
    this.device = device;
    this.pins = new Map(); // key -> { id, mode, pull, value, irqTrigger }
    this.driven = new Map(); // key -> value the scenario puts on an input
    this.pendingIrqs = [];
    const naming = device.board.pins;
    this.kind = naming.ids;
    this.valid = naming.valid === null ? null : new Set(naming.valid.map(typedKey));
    this.led = naming.led;
  }

  key(id) {
    return String(id);
  }

  check(id) {
    const isInt = Number.isInteger(id), isString = typeof id === "string";
    const ok = this.valid ? this.valid.has(typedKey(id))
      : this.kind === "integers" ? isInt : this.kind === "strings" ? isString : isInt || isString;
    if (!ok) throw new DeviceError("ValueError", "invalid pin", `pin ${JSON.stringify(id)} does not exist on ${this.device.board.id}`);
  }

  init(id, mode, pull, value) {
    this.check(id);
    const key = this.key(id);
    const pin = this.pins.get(key) ?? { id, mode: PIN.IN, pull: null, value: 0, irqTrigger: 0 };
    if (mode !== null) pin.mode = mode;
    if (pull !== null) pin.pull = pull;
    this.pins.set(key, pin);
    if (value !== null) this.write(id, value);
    return pin;
  }

  label(id) {
    return `${typeof id === "string" ? `'${id}'` : id}${id === this.led ? " (LED)" : ""}`;
  }

  write(id, value) {
    const pin = this.pins.get(this.key(id));
    pin.value = value ? 1 : 0;
    if (pin.mode !== PIN.IN) this.device.timeline.event("pin.write", { pin: id, value: pin.value }, `pin ${this.label(id)} = ${pin.value}`);
  }

  read(id) {
    const pin = this.pins.get(this.key(id));
    if (pin.mode !== PIN.IN) return pin.value;
    const key = this.key(id);
    if (this.driven.has(key)) return this.driven.get(key);
    return pin.pull === PIN.PULL_UP ? 1 : 0;
  }

  setIrq(id, trigger) {
    this.pins.get(this.key(id)).irqTrigger = trigger;
  }

  /** A scenario event: something outside drives input `id` to `value`. */
  drive(id, value) {
    const key = this.key(id);
    const before = this.pins.has(key) ? this.read(id) : this.driven.get(key) ?? 0;
    this.driven.set(key, value);
    this.device.timeline.event("pin.input", { pin: id, value }, `scenario: pin ${this.label(id)} reads ${value}`);
    const pin = this.pins.get(key);
    if (!pin || pin.mode !== PIN.IN || !pin.irqTrigger || before === value) return;
    const edge = value ? PIN.IRQ_RISING : PIN.IRQ_FALLING;
    if (pin.irqTrigger & edge) this.pendingIrqs.push(pin.id);
  }

  /** The pins whose IRQ handler must run now (each edge once). */
  takeIrqs() {
    const due = this.pendingIrqs;
    this.pendingIrqs = [];
    return due;
  }
}

const typedKey = (id) => `${typeof id}:${id}`;
