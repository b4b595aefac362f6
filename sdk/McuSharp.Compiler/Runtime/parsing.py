# int.Parse and friends: .NET's NumberStyles.Integer (optional surrounding white space, an optional sign, digits).

#: helper _int_or_none
def _int_or_none(s):
    t = s.strip()
    body = t[1:] if t[:1] in ('-', '+') else t
    if not body or not all('0' <= c <= '9' for c in body):
        return None
    return int(t)

#: helper _parse_int uses _int_or_none
def _parse_int(s, lo, hi):
    if s is None:
        raise ValueError("Value cannot be null. (Parameter 's')")
    value = _int_or_none(s)
    if value is None:
        raise ValueError("The input string '" + s + "' was not in a correct format.")
    if value < lo or value > hi:
        raise OverflowError('Value was either too large or too small for an Int32.')
    return value

#: helper _try_parse_int uses _int_or_none
def _try_parse_int(s, lo, hi):
    # int.TryParse: (True, value), or (False, 0) for null, a malformed text or a value out of range.
    value = None if s is None else _int_or_none(s)
    if value is None or value < lo or value > hi:
        return False, 0
    return True, value
