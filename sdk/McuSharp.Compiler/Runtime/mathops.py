# System.Math for doubles with .NET's IEEE results: NaN and infinities instead of Python exceptions.

#: helper _nan
_nan = float('nan')

#: helper _math_iabs
def _math_iabs(x, lo):
    if x == lo:
        raise OverflowError('Negating the minimum value of a twos complement number is invalid.')
    return abs(x)

#: helper _math_max
def _math_max(a, b):
    if a != a:
        return a
    if b != b:
        return b
    if a == b == 0:
        return b if str(a)[0] == '-' else a
    return a if a > b else b

#: helper _math_min
def _math_min(a, b):
    if a != a:
        return a
    if b != b:
        return b
    if a == b == 0:
        return a if str(a)[0] == '-' else b
    return a if a < b else b

#: helper _math_sqrt uses _nan
import math
def _math_sqrt(x):
    if x < 0 or x != x:
        return _nan
    return math.sqrt(x)

#: helper _math_call uses _nan
import math
def _math_call(f, x):
    # Math.Sin, Cos, Tan, Asin, Acos, Exp and Log: MicroPython raises ValueError where .NET returns NaN or infinity
    try:
        return f(x)
    except ValueError:
        if f is math.exp:
            return float('inf')
        return -float('inf') if f is math.log and x == 0 else _nan

#: helper _math_logb uses _math_call _nan
import math
def _math_logb(a, b):
    # Math.Log(a, newBase), with .NET's special cases for the base
    if a != a:
        return a
    if b != b:
        return b
    if b == 1 or a != 1 and (b == 0 or b == float('inf')):
        return _nan
    return _math_call(math.log, a) / _math_call(math.log, b)

#: helper _math_pow uses _nan
import math
def _math_pow(x, y):
    # IEEE pow, as Math.Pow: MicroPython raises ValueError where the result is infinite or NaN.
    try:
        return math.pow(x, y)
    except (ValueError, ZeroDivisionError, OverflowError):
        odd = y == y and y - y == 0 and y == int(y) and int(y) % 2 == 1
        if x == 0:
            return math.copysign(float('inf'), x) if odd else float('inf')
        if x < 0 and y - y == 0 and y != int(y):
            return _nan
        if x != x or y != y:
            return _nan
        return -float('inf') if x < 0 and odd else float('inf')

#: helper _math_int
def _math_int(x, rounded):
    # NaN and the infinities round to themselves; -0.0 keeps its sign.
    if x != x or x in (float('inf'), -float('inf')):
        return x
    r = float(rounded)
    return -0.0 if r == 0 and (x < 0 or str(x)[0] == '-') else r

#: helper _math_floor uses _math_int
import math
def _math_floor(x):
    return _math_int(x, math.floor(x) if x == x and x not in (float('inf'), -float('inf')) else 0)

#: helper _math_ceil uses _math_int
import math
def _math_ceil(x):
    return _math_int(x, math.ceil(x) if x == x and x not in (float('inf'), -float('inf')) else 0)

#: helper _math_trunc uses _math_int
def _math_trunc(x):
    return _math_int(x, int(x) if x == x and x not in (float('inf'), -float('inf')) else 0)

#: helper _math_round uses _math_int
import math
def _math_round(x):
    # Math.Round rounds half to even (banker's rounding).
    if x != x or x in (float('inf'), -float('inf')):
        return x
    f = math.floor(x)
    d = x - f
    if d > 0.5 or d == 0.5 and f % 2 == 1:
        f += 1
    return _math_int(x, f)

#: helper _math_roundd uses _math_round _argrange
def _math_roundd(x, digits):
    # Math.Round(x, digits) as .NET computes it: scaled by 10^digits, rounded half to even, scaled back.
    if digits < 0 or digits > 15:
        _argrange('Rounding digits must be between 0 and 15, inclusive.', 'digits')
    if abs(x) < 1e16:
        p = float(10 ** digits)
        return _math_round(x * p) / p
    return x

#: helper _math_clamp uses ArgumentException
def _math_clamp(x, lo, hi):
    if lo > hi:
        raise ArgumentException("'" + str(lo) + "' cannot be greater than " + str(hi) + ".")
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x

#: helper _math_sign uses ArithmeticException
def _math_sign(x):
    if x != x:
        raise ArithmeticException('Function does not accept floating point Not-a-Number values.')
    return (x > 0) - (x < 0)

#: helper _math_isign
def _math_isign(x):
    return (x > 0) - (x < 0)

#: helper _inf
_inf = float('inf')

#: helper _isnan
def _isnan(x):
    return x != x

#: helper _isinf uses _inf
def _isinf(x):
    return x == _inf or x == -_inf

#: helper _isfinite uses _inf
def _isfinite(x):
    return x == x and x != _inf and x != -_inf
