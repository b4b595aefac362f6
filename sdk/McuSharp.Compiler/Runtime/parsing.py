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

#: feature _parse_int.null uses ArgumentNullException

#: helper _parse_int
def _parse_int(s, lo=-0x80000000, hi=0x7FFFFFFF, name='an Int32'):
    # The bounds and the name of the type (for OverflowException's message) are int's unless the call gives them.
#: if _parse_int.null
    if s is None:
        raise ArgumentNullException(None, None, 's')
#: end
    # One way out per outcome: a good value returns from inside the try, and OverflowError passes its except.
    try:
        if '_' not in s:
            v = int(s)
            if lo <= v <= hi:
                return v
            raise OverflowError('Value was either too large or too small for ' + name + '.')
    except ValueError:
        pass
    raise ValueError("The input string '" + s + "' was not in a correct format.")

#: helper _try_parse_int uses _int_or_none
def _try_parse_int(s, lo, hi):
    # int.TryParse: (True, value), or (False, 0) for null, a malformed text or a value out of range.
    value = None if s is None else _int_or_none(s)
    if value is None or value < lo or value > hi:
        return False, 0
    return True, value
