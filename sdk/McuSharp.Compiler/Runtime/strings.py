# String helpers where MicroPython's str differs from .NET's string.

#: helper _ws
# The characters char.IsWhiteSpace accepts (MicroPython's isspace() and strip() know only ASCII).
_ws = ' \t\n\v\f\r\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000'

#: helper _trim_set uses _ws
def _trim_set(chars):
    # Trim(char[]): the characters as one string; an empty or null array trims white space.
    return ''.join(chars) if chars else _ws

# The range errors below carry the messages .NET's string methods throw (ArgumentOutOfRangeException).

#: helper _substr uses _argrange _argneg
def _substr(s, start, length=None):
    n = len(s)
    if start < 0:
        _argneg('startIndex', start)
    if start > n:
        _argrange('startIndex cannot be larger than length of string.', 'startIndex')
    if length is None:
        return s[start:]
    if length < 0:
        _argneg('length', length)
    if start + length > n:
        _argrange('Index and length must refer to a location within the string.', 'length')
    return s[start:start + length]

#: helper _atmost uses _argrange
def _atmost(param, value, limit):
    # ArgumentOutOfRangeException.ThrowIfGreaterThan, which string.Insert and Remove use
    _argrange(param + " ('" + str(value) + "') must be less than or equal to '" + str(limit) + "'.", param, value)

#: helper _str_insert uses _atmost ArgumentNullException ArgumentException.defaults
def _str_insert(s, start, value):
    if value is None:
        raise ArgumentNullException(None, None, 'value')
    if start < 0 or start > len(s):
        _atmost('startIndex', start & 0xFFFFFFFF, len(s))  # .NET compares as unsigned: -1 is 4294967295
    return s[:start] + value + s[start:]

#: helper _str_remove uses _argrange _argneg _atmost
def _str_remove(s, start, count=None):
    if count is None:
        if start < 0:
            _argrange('StartIndex cannot be less than zero.', 'startIndex')
        if start > len(s):
            _argrange('startIndex cannot be larger than length of string.', 'startIndex')
        return s[:start]
    if start < 0:
        _argneg('startIndex', start)
    if count < 0:
        _argneg('count', count)
    if count > len(s) - start:
        _atmost('count', count, len(s) - start)
    return s[:start] + s[start + count:]

#: helper _startrange uses _argrange
def _startrange(param='startIndex'):
    _argrange('Index was out of range. Must be non-negative and less than or equal to the size of the collection.', param)

#: helper _find_from uses _startrange
def _find_from(s, value, start):
    if start < 0 or start > len(s):
        _startrange()
    return s.find(value, start)

#: helper _find_in uses _startrange _argrange
def _find_in(s, value, start, count):
    # IndexOf(value, startIndex, count): the match must lie inside s[start:start + count].
    if start < 0 or start > len(s):
        _startrange()
    if count < 0 or start + count > len(s):
        _argrange('Count must be positive and count must refer to a location within the string/array/collection.', 'count')
    return s.find(value, start, start + count)

#: helper _rfind_from uses _argrange
def _rfind_from(s, value, start, is_char):
    # LastIndexOf(value, startIndex): the match must end at or before startIndex.
    n = len(s)
    bad = 'Index was out of range. Must be non-negative and less than the size of the collection.'
    if is_char:
        if n == 0:
            return -1
        if start < 0 or start >= n:
            _argrange(bad, 'startIndex')
    else:
        if n == 0 and (start == -1 or start == 0):
            return -1 if value else 0
        if start < 0 or start > n:
            _argrange(bad, 'startIndex')
        if start == n:
            start -= 1
    return s.rfind(value, 0, start + 1)

#: helper _pad uses _argneg
def _pad(s, width, fill, left):
    if width < 0:
        _argneg('totalWidth', width)
    gap = width - len(s)
    if gap <= 0:
        return s
    return fill * gap + s if left else s + fill * gap

#: helper _is_blank uses _ws
def _is_blank(s):
    return not s or not s.strip(_ws)

#: helper _is_alnum
def _is_alnum(c):
    return c.isalpha() or c.isdigit()

#: helper _split uses _ws _argneg
def _split(s, seps, count, options):
    # string.Split in full: seps is a list of chars or strings (None or empty: white space), count the
    # maximum number of parts (the last one keeps the rest), options 1 RemoveEmptyEntries, 2 TrimEntries.
    if count < 0:
        _argneg('count', count)
    remove = options & 1
    trim = options & 2
    found = []
    n = len(s)
    if count > 1 and n:
        ws = not seps
        i = 0
        while i < n:
            w = 0
            if ws:
                if s[i] in _ws:
                    w = 1
            else:
                for sep in seps:
                    if sep and s.startswith(sep, i):
                        w = len(sep)
                        break
            if w:
                found.append((i, w))
                i += w
            else:
                i += 1
    parts = []
    start = 0
    k = 0
    while k < len(found) and len(parts) < count - 1:
        at, w = found[k]
        part = s[start:at]
        if trim:
            part = part.strip(_ws)
        if part or not remove:
            parts.append(part)
        start = at + w
        k += 1
        if len(parts) == count - 1 and remove:
            # skip the empty entries before the last part
            while k < len(found):
                at, w = found[k]
                part = s[start:at]
                if trim:
                    part = part.strip(_ws)
                if part:
                    break
                start = at + w
                k += 1
    if count:
        part = s[start:]
        if trim:
            part = part.strip(_ws)
        if part or not remove:
            parts.append(part)
    return parts

#: helper _split_ws uses _ws
def _split_ws(s):
    # string.Split() with no separators splits at every whitespace char and keeps empty entries.
    parts = []
    start = 0
    for i in range(len(s)):
        if s[i] in _ws:
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

#: helper _repeat uses _argneg
def _repeat(c, count):
    # StringBuilder.Append(char, repeatCount); a negative count throws rather than giving ''.
    if count < 0:
        _argneg('repeatCount', count)
    return c * count
