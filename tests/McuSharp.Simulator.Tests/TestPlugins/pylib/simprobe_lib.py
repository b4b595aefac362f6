# Test library module: the Python side of the `simprobe` plug-in, copied to /lib.
import simprobe


def shout(text):
    return simprobe.ping(text.upper())
