# int.Parse and friends: .NET's NumberStyles.Integer (optional surrounding white space, an optional sign, digits).

#: helper _parse_int
def _parse_int(s, lo, hi):
    if s is None:
        raise ValueError("Value cannot be null. (Parameter 's')")
    t = s.strip()
    body = t[1:] if t[:1] in ('-', '+') else t
    if not body or not all('0' <= c <= '9' for c in body):
        raise ValueError("The input string '" + s + "' was not in a correct format.")
    value = int(t)
    if value < lo or value > hi:
        raise OverflowError('Value was either too large or too small for an Int32.')
    return value
