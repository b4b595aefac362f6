# int.Parse and friends: .NET's NumberStyles.Integer (optional surrounding white space, an optional sign, digits).

#: helper _int_or_none
def _int_or_none(s):
    t = s.strip()
    body = t[1:] if t[:1] in ('-', '+') else t
    # MicroPython's isdigit is ASCII-only, as .NET's invariant digits are ('٣' and '²' are not digits to either).
    if not body.isdigit():
        return None
    return int(t)

#: helper _parse_int uses _int_or_none ArgumentNullException
def _parse_int(s, lo, hi):
    if s is None:
        raise ArgumentNullException(None, None, 's')
    value = _int_or_none(s)
    if value is None:
        raise ValueError("The input string '" + s + "' was not in a correct format.")
    if value < lo or value > hi:
        # The type is known by its MaxValue.
        name = {127: 'a signed byte', 255: 'an unsigned byte', 32767: 'an Int16', 65535: 'a UInt16', 2147483647: 'an Int32',
                4294967295: 'a UInt32', 9223372036854775807: 'an Int64'}.get(hi, 'a UInt64')
        raise OverflowError('Value was either too large or too small for ' + name + '.')
    return value

#: helper _try_parse_int uses _int_or_none
def _try_parse_int(s, lo, hi):
    # int.TryParse: (True, value), or (False, 0) for null, a malformed text or a value out of range.
    value = None if s is None else _int_or_none(s)
    if value is None or value < lo or value > hi:
        return False, 0
    return True, value
