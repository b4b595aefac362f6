# Device helpers of the McuSharp.Device façades (Wlan.WaitConnected, Wlan.Reconnect, Pin.Toggle, MAC text).
# Emitted into mcus_rt.py only when the program uses the façade member that names them.

#: helper dev_mac_text
def dev_mac_text(raw):
    return ":".join("{:02x}".format(b) for b in raw)

#: helper dev_pin_toggle
def dev_pin_toggle(pin):
    pin.value(0 if pin.value() else 1)

#: helper dev_wait_connected
import time
def dev_wait_connected(wlan, timeout_ms, poll_ms, refused=None):
    # A deadline on the wrapping tick counter: ticks_diff, never a plain subtraction. A join the access point refused
    # (the board's wrong-password status) will not succeed by waiting: give up at once.
    deadline = time.ticks_add(time.ticks_ms(), timeout_ms)
    while not wlan.isconnected():
        if refused is not None and wlan.status() == refused:
            return False
        if time.ticks_diff(deadline, time.ticks_ms()) <= 0:
            return False
        time.sleep_ms(poll_ms)
    return True

#: helper dev_reconnect uses dev_wait_connected
import time
def _dev_reconnect_rounds(wlan, ssid, password, attempts, timeout_ms, max_backoff_s):
    delay = 1
    for attempt in range(attempts):
        wlan.disconnect()
        wlan.connect(ssid, password)
        if dev_wait_connected(wlan, timeout_ms, 100):
            return True
        if attempt < attempts - 1:
            time.sleep(delay)
            delay = min(delay * 2, max_backoff_s)
    return False
def dev_reconnect(wlan, ssid, password, attempts, timeout_ms, max_backoff_s):
    # Backoff 1, 2, 4 ... max_backoff_s seconds between rounds; when every round failed, the radio firmware may be
    # wedged: power-cycle it (active False, 1 s, active True) and try the rounds once more.
    if _dev_reconnect_rounds(wlan, ssid, password, attempts, timeout_ms, max_backoff_s):
        return True
    wlan.active(False)
    time.sleep(1)
    wlan.active(True)
    return _dev_reconnect_rounds(wlan, ssid, password, attempts, timeout_ms, max_backoff_s)

#: helper dev_to_py
def dev_to_py(v):
    # A .NET collection as the plain value a MicroPython API takes (json=, headers=): an insertion-ordered
    # dict without the None key that holds its order, a _NetDict as a dict, lists element by element.
    if isinstance(v, dict):
        order = v.get(None)
        return {k: dev_to_py(v[k]) for k in (order if order is not None else v)}
    if isinstance(v, list):
        return [dev_to_py(x) for x in v]
    if hasattr(v, "_slot"):
        return {k: dev_to_py(x) for k, x in v.items()}
    return v

#: helper dev_from_py_ordered
def dev_from_py_ordered(v):
    # A plain value from a MicroPython API (r.json()) as the program's insertion-ordered dictionaries.
    if isinstance(v, dict):
        d = {k: dev_from_py_ordered(x) for k, x in v.items()}
        d[None] = list(v)
        return d
    if isinstance(v, list):
        return [dev_from_py_ordered(x) for x in v]
    return v

#: helper dev_from_py_slotted uses _NetDict
def dev_from_py_slotted(v):
    # A plain value from a MicroPython API as the program's slot-ordered dictionaries (programs that call Remove).
    if isinstance(v, dict):
        d = _NetDict()
        for k in v:
            d[k] = dev_from_py_slotted(v[k])
        return d
    if isinstance(v, list):
        return [dev_from_py_slotted(x) for x in v]
    return v
