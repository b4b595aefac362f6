# Integer and floating-point helpers that give MicroPython C#'s arithmetic.
# The checks here raise the VM's own error types with .NET's message (OverflowError for OverflowException,
# IndexError for IndexOutOfRangeException): they need no exception class on the device, and a catch clause
# matches them as it matches the VM's errors (see _net in exceptions.py).

#: helper _idiv uses _overflow
def _idiv(a, b, lo=-0x80000000):
    # C# integer division truncates toward zero; Python's // floors, which differs only when the signs differ.
    # lo is the type's MinValue (None where the operands cannot reach it): MinValue / -1 does not fit, and C# throws.
    if b == -1 and a == lo: _overflow()
    return a // b if a ^ b >= 0 else -(-a // b)

#: helper _imod uses _overflow
def _imod(a, b, lo=-0x80000000):
    # C# remainder takes the sign of the dividend; Python's % takes the divisor's. MinValue % -1 throws in C# too.
    if b == -1 and a == lo: _overflow()
    r = a % b
    if r and (r < 0) != (a < 0):
        r -= b
    return r

#: helper _wrap32
def _wrap32(x):
    # An Int32 result wrapped as C#'s unchecked arithmetic does (two's complement). Tested first: a deferred field's
    # read passes values that are mostly in range, and the rebuild allocates big ints.
    return x - (x + 0x80000000 >> 32 << 32) if x >> 31 and ~x >> 31 else x

#: helper _wrap64
def _wrap64(x):
    return x - (x + 0x8000000000000000 >> 64 << 64) if x >> 63 and ~x >> 63 else x

#: helper _overflow
def _overflow():
    raise OverflowError('Arithmetic operation resulted in an overflow.')

#: helper _checked uses _overflow
def _checked(x, lo=-0x80000000, hi=0x7FFFFFFF):
    # Int32's bounds by default: most checked arithmetic is on int, and the calls leave them out.
    if x < lo or x > hi:
        _overflow()
    return x

#: helper _oob
def _oob():
    raise IndexError('Index was outside the bounds of the array.')

#: helper _alen uses _overflow
def _alen(n):
    # new T[n]: Python makes an empty list for a negative n, .NET throws OverflowException.
    if n < 0:
        _overflow()
    return n

#: helper _copysign
import math
def _copysign(x, y):
    return math.copysign(x, y)

#: helper _fdiv uses _copysign
def _fdiv(a, b):
    # IEEE division: MicroPython raises ZeroDivisionError where C# gives Infinity or NaN.
    if b:
        return a / b
    if a != a or a == 0:
        return float('nan')
    return _copysign(float('inf'), a) * _copysign(1.0, b)

#: helper _fmod
import math
def _fmod(a, b):
    # C#'s % on doubles is IEEE fmod: the result takes the dividend's sign.
    if b != b or a != a or b == 0 or a in (float('inf'), -float('inf')):
        return float('nan')
    if b in (float('inf'), -float('inf')):
        return a
    return math.fmod(a, b)

#: helper _d2i
def _d2i(x, lo, hi):
    # Saturating conversion, as .NET does on every platform since .NET 9; NaN becomes 0.
    if x != x:
        return 0
    if x <= lo:
        return lo
    if x >= hi:
        return hi
    return int(x)

#: helper _f32
import struct
def _f32(x):
    # Round a double to the nearest single-precision value (C# float arithmetic).
    return struct.unpack('f', struct.pack('f', x))[0]

#: helper _count
def _count(i, bound, step, inclusive, lo, hi):
    # A C# counting loop whose counter can step past MaxValue or MinValue: it wraps around, as in C#.
    span = hi - lo + 1
    while (i <= bound if inclusive else i < bound) if step > 0 else (i >= bound if inclusive else i > bound):
        yield i
        i = (i + step - lo) % span + lo

#: helper _i2f32 uses _f32
def _i2f32(x):
    # long/ulong to float: one rounding to 24 bits. float(x) first would round twice (to 53 bits, then
    # to 24) and can land on the other side of a tie.
    a = -x if x < 0 else x
    if a < 0x20000000000000:
        return _f32(float(x))
    s = 0
    while a >> s >= 0x1000000:
        s += 1
    q = a >> s
    r = a - (q << s)
    h = 1 << (s - 1)
    if r > h or r == h and q & 1:
        q += 1
    f = float(q) * 2.0 ** s
    return -f if x < 0 else f
