# int.Parse and friends: .NET's NumberStyles.Integer (optional surrounding white space, an optional sign, digits).
# MicroPython's int() reads the same texts (white space is ASCII to both; '٣' and '²' are digits to neither), but for
# one thing: it skips '_' between digits, as Python's literals do, where .NET finds a malformed number.

#: helper _int_or_none
def _int_or_none(s):
    try:
        v = int(s)
    except ValueError:
        return None
    return None if '_' in s else v

#: feature _parse_int.null uses ArgumentNullException ArgumentException.defaults

#: feature _parse_int.bounds

#: feature _parse_int.message

#: helper _parse_int
#: if _parse_int.bounds
def _parse_int(s, lo=None, hi=None, name='an Int32'):
#: else
def _parse_int(s):
#: end
    # An Int32 when the call gives no bounds (only other types need the feature _parse_int.bounds): its test is two
    # shifts of small ints, where comparing with the bounds would compare with big ints (a 32-bit port's small ints
    # have 31 bits), four times slower on the VM.
#: if _parse_int.null
    if s is None:
        raise ArgumentNullException(None, None, 's')
#: end
#: if _parse_int.message
    try:
        v = int(s)
        if '_' in s:
            raise ValueError
    except ValueError:
        raise ValueError("The input string '" + s + "' was not in a correct format.")
#: else
    # No catch clause reads the FormatException's message and none can leave the program (ExceptionReach.MessageSeenFrom).
    v = int(s)
    if '_' in s:
        raise ValueError
#: end
#: if _parse_int.bounds
    if (v >> 31 and ~v >> 31) if lo is None else (v < lo or v > hi):
        raise OverflowError('Value was either too large or too small for ' + name + '.')
#: else
    if v >> 31 and ~v >> 31:
        raise OverflowError('Value was either too large or too small for an Int32.')
#: end
    return v

#: helper _try_parse_int uses _int_or_none
def _try_parse_int(s, lo, hi):
    # int.TryParse: (True, value), or (False, 0) for null, a malformed text or a value out of range.
    value = None if s is None else _int_or_none(s)
    if value is None or value < lo or value > hi:
        return False, 0
    return True, value

#: helper _convert_tostr uses ArgumentException
def _convert_tostr(v, base, bits):
    # Convert.ToString(value, toBase): bases 2, 8 and 16 show a negative value's two's complement
    if base == 10:
        return str(v)
    if base not in (2, 8, 16):
        raise ArgumentException('Invalid Base.')
    if v < 0:
        v += 1 << bits
    return (bin(v) if base == 2 else oct(v) if base == 8 else hex(v))[2:]

#: helper _convert_toint uses ArgumentException _argrange
def _convert_toint(s, base):
    # Convert.ToInt32(text, fromBase) with .NET's errors: a sign only in base 10, "0x" allowed in base 16, and the
    # digits of the other bases read as an unsigned 32-bit number
    if base not in (2, 8, 10, 16):
        raise ArgumentException('Invalid Base.')
    if s is None:
        return 0
    if not s:
        _argrange('Specified argument was out of the range of valid values.', 'Index was out of range. Must be non-negative and less than the size of the collection.')
    i = 0
    negative = s[0] == '-'
    if negative:
        if base != 10:
            raise ArgumentException('String cannot contain a minus sign if the base is not 10.')
        i = 1
    elif s[0] == '+':
        i = 1
    if base == 16 and s[i:i + 2] in ('0x', '0X'):
        i += 2
    start = i
    v = 0
    while i < len(s):
        d = '0123456789abcdef'.find(s[i].lower())
        if d < 0 or d >= base:
            break
        v = v * base + d
        i += 1
    if i == start:
        raise ValueError('Could not find any recognizable digits.')
    if i < len(s):
        raise ValueError('Additional non-parsable characters are at the end of the string.')
    if base == 10:
        v = -v if negative else v
        if v >> 31 and ~v >> 31:
            raise OverflowError('Value was either too large or too small for an Int32.')
        return v
    if v >> 32:
        raise OverflowError('Value was either too large or too small for a UInt32.')
    return v - (v >> 31 << 32)
