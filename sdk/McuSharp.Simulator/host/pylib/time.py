# time on the simulated device: MicroPython's built-in time with a virtual clock. sleep() skips ahead instantly,
# ticks_ms()/ticks_us() count virtual time and wrap at 2**30 as on a board (ticks_add/ticks_diff are the built-in
# ones), time() and localtime() follow the virtual clock too.
from utime import *  # the built-in module (see host/modules/time.mjs for why this file wins over it)
from utime import localtime as _localtime, gmtime as _gmtime
import _sim_time
import _sim_device


def ticks_ms():
    return _sim_time.ticks_ms()


def ticks_us():
    return _sim_time.ticks_us()


def ticks_cpu():
    return _sim_time.ticks_us()


def time():
    return int(_sim_time.time())


def time_ns():
    return int(_sim_time.time() * 1000000) * 1000


def localtime(secs=None):
    return _localtime(time() if secs is None else secs)


def gmtime(secs=None):
    return _gmtime(time() if secs is None else secs)


def _sleep(ms, kind):
    while ms > 0:
        ms = _sim_device.after_sleep(_sim_device.call(_sim_time.sleep_ms(ms, kind)))


def sleep(seconds):
    _sleep(seconds * 1000, "sleep")


def sleep_ms(ms):
    _sleep(ms, "sleep")


def sleep_us(us):
    _sleep(us / 1000, "sleep")


import sys as _sys

_sys.modules["utime"] = _sys.modules[__name__]
del _sys
