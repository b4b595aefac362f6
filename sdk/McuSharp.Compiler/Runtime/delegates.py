# Multicast delegates: a + b (and +=, events' +=) combines invocation lists, a - b removes the last occurrence of b's
# list in a's, as System.Delegate.Combine and Remove do. A delegate equals another when Python's == says so: a bound
# method equals another of the same object and function (a method group made twice), a lambda only itself.

#: helper _dcombine
class _Multicast:
    def __init__(self, calls):
        self.calls = calls

    def __call__(self, *args):
        # Every delegate of the list in order; the value is the last one's.
        result = None
        for f in self.calls:
            result = f(*args)
        return result

    def __eq__(self, other):
        return isinstance(other, _Multicast) and self.calls == other.calls

    def __hash__(self):
        return hash(len(self.calls))

def _dcalls(d):
    return d.calls if isinstance(d, _Multicast) else [d]

def _dcombine(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return _Multicast(_dcalls(a) + _dcalls(b))

#: helper _dremove uses _dcombine
def _dremove(a, b):
    if a is None or b is None:
        return a
    calls = _dcalls(a)
    removed = _dcalls(b)
    n = len(removed)
    i = len(calls) - n
    while i >= 0:
        if calls[i:i + n] == removed:
            rest = calls[:i] + calls[i + n:]
            return None if not rest else rest[0] if len(rest) == 1 else _Multicast(rest)
        i -= 1
    return a
