# Shared by the simulated device modules: turns the JS side's JSON replies into values or the exceptions a board
# raises, and runs pin IRQ handlers when the virtual clock reaches an input change.
import json

_EXCEPTIONS = {"OSError": OSError, "ValueError": ValueError, "TypeError": TypeError}
irq_handlers = {}


def call(text):
    reply = json.loads(text)
    error = reply.get("error")
    if error:
        raise _EXCEPTIONS[error[0]](error[1])
    return reply["ok"]


def after_sleep(result):
    """Runs the IRQ handlers of the pins that changed; ends the run when the scenario's time is over."""
    for pin_id in result["irqs"]:
        handler = irq_handlers.get(repr(pin_id))
        if handler:
            handler[0](handler[1])
    if result["end"]:
        raise SystemExit(0)
    return result["remaining"]
