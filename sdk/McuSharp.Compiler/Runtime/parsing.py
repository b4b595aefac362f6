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
