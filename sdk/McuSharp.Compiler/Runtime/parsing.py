# int.Parse and friends: .NET's NumberStyles.Integer (optional surrounding white space, an optional sign, digits).

#: helper _parse_int uses ArgumentNullException
def _parse_int(s, lo, hi):
    if s is None:
        raise ArgumentNullException(None, None, 's')
    t = s.strip()
    body = t[1:] if t[:1] in ('-', '+') else t
    if not body or not all('0' <= c <= '9' for c in body):
        raise ValueError("The input string '" + s + "' was not in a correct format.")
    value = int(t)
    if value < lo or value > hi:
        # The type is known by its MaxValue.
        name = {127: 'a signed byte', 255: 'an unsigned byte', 32767: 'an Int16', 65535: 'a UInt16', 2147483647: 'an Int32',
                4294967295: 'a UInt32', 9223372036854775807: 'an Int64'}.get(hi, 'a UInt64')
        raise OverflowError('Value was either too large or too small for ' + name + '.')
    return value
