# String helpers where MicroPython's str differs from .NET's string.

#: helper _argrange
def _argrange(name):
    raise IndexError("Specified argument was out of the range of valid values. (Parameter '" + name + "')")

#: helper _substr uses _argrange
def _substr(s, start, length=None):
    n = len(s)
    if start < 0 or start > n:
        _argrange('startIndex')
    if length is None:
        return s[start:]
    if length < 0 or start + length > n:
        _argrange('length')
    return s[start:start + length]

#: helper _find_from uses _argrange
def _find_from(s, value, start):
    if start < 0 or start > len(s):
        _argrange('startIndex')
    return s.find(value, start)

#: helper _pad uses _argrange
def _pad(s, width, fill, left):
    if width < 0:
        _argrange('totalWidth')
    gap = width - len(s)
    if gap <= 0:
        return s
    return fill * gap + s if left else s + fill * gap

#: helper _is_blank
def _is_blank(s):
    return not s or not s.strip()

#: helper _is_alnum
def _is_alnum(c):
    return c.isalpha() or c.isdigit()

#: helper _split_ws
def _split_ws(s):
    # string.Split() with no separators splits at every whitespace char and keeps empty entries.
    parts = []
    start = 0
    for i in range(len(s)):
        if s[i].isspace():
            parts.append(s[start:i])
            start = i + 1
    parts.append(s[start:])
    return parts

#: helper _split_any
def _split_any(s, separators):
    parts = []
    start = 0
    for i in range(len(s)):
        if s[i] in separators:
            parts.append(s[start:i])
            start = i + 1
    parts.append(s[start:])
    return parts

#: helper _cmp_ordinal
def _cmp_ordinal(a, b):
    # string.CompareOrdinal: the difference of the first differing UTF-16 code units, else of the lengths.
    if a is None:
        return 0 if b is None else -1
    if b is None:
        return 1
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return ord(a[i]) - ord(b[i])
    return len(a) - len(b)
