# machine on the simulated device (docs/library/machine.rst): Pin, reset_cause() with the board's constants,
# deepsleep() and reset() that end the run, lightsleep(), unique_id(), freq().
import json as _json
import _sim_machine
import _sim_network
import _sim_device
from _sim_device import call as _call

_profiles = _json.loads(_sim_network.board())
for _name, _cause in _profiles["board"]["machine"]["reset_causes"].items():
    if _cause and _cause["constant"]:
        _fallback = _profiles["fallback"]["machine"]["reset_causes"][_name]
        globals()[_cause["constant"].split(".")[-1]] = _cause["value"] if _cause["value"] is not None else _fallback["value"]
del _profiles, _name, _cause


class Pin:
    IN = 0
    OUT = 1
    OPEN_DRAIN = 2
    PULL_UP = 1
    PULL_DOWN = 2
    IRQ_RISING = 1
    IRQ_FALLING = 2

    def __init__(self, id, mode=-1, pull=-1, *, value=None, **kwargs):
        self._id = id
        self.init(mode, pull, value=value)

    def init(self, mode=-1, pull=-1, *, value=None, **kwargs):
        _call(_sim_machine.pin_init(_json.dumps({
            "id": self._id,
            "mode": None if mode == -1 else mode,
            "pull": None if pull == -1 else pull,
            "value": None if value is None else (1 if value else 0),
        })))

    def value(self, x=None):
        if x is None:
            return _call(_sim_machine.pin_read(_json.dumps({"id": self._id})))
        _call(_sim_machine.pin_write(_json.dumps({"id": self._id, "value": 1 if x else 0})))

    def __call__(self, x=None):
        return self.value(x)

    def on(self):
        self.value(1)

    def off(self):
        self.value(0)

    high = on
    low = off

    def toggle(self):
        self.value(0 if self.value() else 1)

    def irq(self, handler=None, trigger=IRQ_FALLING | IRQ_RISING, **kwargs):
        _sim_device.irq_handlers[repr(self._id)] = (handler, self)
        _call(_sim_machine.pin_irq(_json.dumps({"id": self._id, "trigger": trigger if handler else 0})))

    def __repr__(self):
        return "Pin({!r})".format(self._id)


def reset_cause():
    return _sim_machine.reset_cause()


def deepsleep(time_ms=None):
    _sim_machine.deepsleep(time_ms)
    raise SystemExit(0)


def lightsleep(time_ms=None):
    if time_ms is None:  # until a wake source: the next pin edge with an IRQ handler
        _sim_device.after_sleep(_call(_sim_machine.lightsleep(None)))
        return
    ms = time_ms
    while ms > 0:
        ms = _sim_device.after_sleep(_call(_sim_machine.lightsleep(ms)))


sleep = lightsleep


def reset():
    _sim_machine.reset("hard")
    raise SystemExit(0)


def soft_reset():
    _sim_machine.reset("soft")
    raise SystemExit(0)


def unique_id():
    return bytes(range(0xA1, 0xA1 + _sim_machine.unique_id_length()))


def freq(hz=None):
    if hz is None:
        return _sim_machine.freq(None)
    _sim_machine.freq(hz)


def idle():
    pass


def disable_irq():
    return 0


def enable_irq(state=0):
    pass
