# McuSharp runtime: .NET (invariant culture) number formatting.
#
# Public helpers (the contract):
#   _str_double(x)        double.ToString()  (x: float)
#   _str_single(x)        float.ToString()   (x: float holding a single-precision value)
#   _fmt_num(x, spec, kind)   x.ToString(spec); kind is the C# type of x:
#       'i8' 'i16' 'i32' 'i64' 'u8' 'u16' 'u32' 'u64'  (x: int; sbyte short int long
#           byte ushort uint ulong; the width matters for X/B of negatives)
#       'd' double, 'f' float (x: float)
#   _fmt_std(x, spec, kind)   same, standard specs only (smaller: no custom engine)
#   _fmt_custom(x, spec, kind) same, custom specs only (no standard spec parsing)
#   _align(s, width)      composite-format alignment {0,width} (never truncates)
#
# Spec classification (mirrors .NET's ParseFormatSpecifier):
#   ''                      -> 'G' (same as ToString())
#   [A-Za-z][0-9]*          standard; precision = the digits (0..999999999), none = default
#       floats (d, f): C E F G N P R (either case); others raise ValueError
#       integers:      B C D E F G N P R X (either case); others raise ValueError
#   anything else           custom format: every custom format is supported
#                           (0 # . , % \u2030 E+0 E-0 e+0 e0 'lit' "lit" \c ; sections);
#                           a '\0' character in a spec is not supported.
#   NaN / infinities print NaN, Infinity, -Infinity whatever the spec.
# Errors (.NET FormatException) raise ValueError with .NET's message (see _net in exceptions.py).
#
# Internally a number is (neg, d, s): d = decimal digits without trailing zeros
# ('' for zero), value = 0.d * 10**s.  Digit generation uses exact integer arithmetic.

#: helper _fdec
import struct
def _fdec(x, sp):
    # -> (neg, m, e, ue): |x| = m * 2**e; m 0: zero, -1: NaN, -2: infinity; ue: unequal margins
    if sp:
        b = struct.unpack('<I', struct.pack('<f', x))[0]
        n = b >> 31; x = (b >> 23) & 255; m = b & 0x7FFFFF; h = 1 << 23; t = 255; z = 150
    else:
        b = struct.unpack('<Q', struct.pack('<d', x))[0]
        n = b >> 63; x = (b >> 52) & 2047; m = b & 0xFFFFFFFFFFFFF; h = 1 << 52; t = 2047; z = 1075
    if x == t:
        return (n, -2 if m == 0 else -1, 0, 0)
    if x:
        return (n, m | h, x - z, m == 0)
    return (n, m, 1 - z, 0)

#: helper _fshort
def _fshort(m, e, ue):
    # shortest round-trip digits of m*2**e (m > 0) as .NET picks them -> (d, s)
    if ue and m >> 52 and (e == -77 or e == -1010):
        ue = 0  # .NET 10 quirk (dotnet/runtime#131131): 2**-25 and 2**-958 use equal margins
    v = not m & 1
    k = ((len(bin(m)) + e - 3) * 78913 >> 18) + 1
    r = m << 2 if ue else m << 1
    s = 4 if ue else 2
    l = 1
    if e > 0:
        r <<= e; l <<= e
    else:
        s <<= -e
    h = l + l if ue else l
    if k > 0:
        s *= 10 ** k
    else:
        t = 10 ** -k; r *= t; l *= t; h *= t
    while r + h > s or (v and r + h == s):
        s *= 10; k += 1
    while True:
        t = (r + h) * 10
        if t > s or (v and t == s):
            break
        r *= 10; l *= 10; h *= 10; k -= 1
    o = ''
    while True:
        g, r = divmod(r * 10, s)
        l *= 10; h *= 10
        if v:
            a = r <= l; b = r + h >= s
        else:
            a = r < l; b = r + h > s
        if a or b:
            break
        o += chr(48 + g)
    if a == b:
        t = r + r
        b = t > s or (t == s and g & 1)
    if b:
        if g == 9:
            o = o.rstrip('9')
            if not o:
                return ('1', k + 1)
            return (o[:-1] + chr(ord(o[-1]) + 1), k)
        g += 1
    return ((o + chr(48 + g)).rstrip('0'), k)

#: helper _fround
def _fround(m, e, n, sg):
    # m*2**e (m > 0) rounded half-even to n significant digits (sg) or n decimals -> (d, s)
    if n > 1100:
        n = 1100
    k = ((len(bin(m)) + e - 3) * 78913 >> 18) + 1
    while True:
        c = k - n if sg else -n
        p = m; q = 1
        if e > 0:
            p <<= e
        else:
            q <<= -e
        if c > 0:
            q *= 10 ** c
        else:
            p *= 10 ** -c
        t, r = divmod(p, q)
        r += r
        if r > q or (r == q and t & 1):
            t += 1
        if sg:
            if t > 10 ** n:
                k += 1; continue
            if t < 10 ** (n - 1):
                k -= 1; continue
        break
    if not t:
        return ('', 0)
    t = str(t)
    return (t.rstrip('0'), len(t) + c)

#: helper _frnd
def _frnd(d, s, p):
    # .NET RoundNumber (half away from zero on the digit string) at position p -> (d, s)
    if p < 0:
        return ('', 0)
    if p < len(d) and d[p] >= '5':
        d = d[:p].rstrip('9')
        if not d:
            return ('1', s + 1)
        return (d[:-1] + chr(ord(d[-1]) + 1), s)
    d = d[:p].rstrip('0')
    return (d, s if d else 0)

#: helper _fgen
def _fgen(d, s, x, c):
    # .NET FormatGeneral: max x digits before switching to scientific, exponent char c
    q = s > x or s < -3
    p = 1 if q else s
    if p > 0:
        o = d[:p] + '0' * (p - len(d))
        d = d[p:]
    else:
        o = '0'
        if d or p < 0:
            d = '0' * -p + d
    if d:
        o += '.' + d
    if q:
        s -= 1
        o += c + ('-' if s < 0 else '+') + '%02d' % abs(s)
    return o

#: helper _ffix
def _ffix(d, s, f, g):
    # .NET FormatFixed: f decimals, g: group the integer part by 3
    if s > 0:
        o = d[:s] + '0' * (s - len(d))
        d = d[s:]
        if g:
            i = len(o) % 3 or 3
            t = o[:i]
            while i < len(o):
                t += ',' + o[i:i + 3]; i += 3
            o = t
    else:
        o = '0'
        d = '0' * -s + d
    if f > 0:
        o += '.' + d[:f] + '0' * (f - len(d))
    return o

#: helper _fspec
def _fspec(f):
    # standard spec -> (letter, precision or -1); custom spec -> None
    if not f:
        return ('G', -1)
    c = f[0]
    if 'A' <= c <= 'Z' or 'a' <= c <= 'z':
        t = f[1:]
        if not t:
            return (c, -1)
        for i in t:
            if not '0' <= i <= '9':
                return None
        return (c, int(t))
    return None

#: helper _fspecial
def _fspecial(n, m):
    # NaN / infinity text (m: -1 NaN, -2 infinity)
    if m == -1:
        return 'NaN'
    return '-Infinity' if n else 'Infinity'

#: helper _fshortest uses _fdec _fshort _fgen _fspecial
def _fshortest(x, single, exact, width):
    # Shortest round-trip text; whole numbers below 2**53 (2**24 for float) print as integers.
    if -exact < x < exact and x == int(x) and x:
        return str(int(x))
    n, m, e, u = _fdec(x, single)
    if m < 0:
        return _fspecial(n, m)
    d, s = _fshort(m, e, u) if m else ('', 0)
    return ('-' if n else '') + _fgen(d, s, max(len(d), width), 'E')

#: helper _str_double uses _fshortest
def _str_double(x):
    return _fshortest(x, 0, 9007199254740992.0, 17)

#: helper _str_single uses _fshortest
def _str_single(x):
    return _fshortest(x, 1, 16777216.0, 9)

#: helper _fmt_std uses _fspec _fdec _fshort _fround _frnd _fgen _ffix _fspecial
def _fmt_std(x, spec, kind):
    t = _fspec(spec)
    if not t:
        raise ValueError('Format specifier was invalid.')
    c, p = t
    u = c.upper()
    if kind[0] in 'iu':
        if p > 999999999:
            raise ValueError('Format specifier was invalid.')
        if u in 'XB':
            x &= (1 << int(kind[1:])) - 1
            o = ('%x' if c == 'x' else '%X') % x if u == 'X' else bin(x)[2:]
            return '0' * (p - len(o)) + o
        if u == 'D' or (u in 'GR' and p < 1):
            o = str(abs(x))
            return ('-' if x < 0 else '') + '0' * (p - len(o)) + o
        n = x < 0
        o = str(abs(x))
        d = o.rstrip('0'); s = len(o) if x else 0
        f = 0
        if u == 'R':
            u = 'G'; c = chr(ord(c) - 11)
    else:
        f = 1
        n, m, e, w = _fdec(x, kind == 'f')
        if m < 0:
            return _fspecial(n, m)
        if p > 999999999:
            raise ValueError('Format specifier was invalid.')
        if u == 'R' or (u == 'G' and p < 1):
            d, s = _fshort(m, e, w) if m else ('', 0)
            p = max(len(d), 9 if kind == 'f' else 17)
            u = 'G'; c = chr(ord(c) - 11) if c in 'Rr' else c
        else:
            q = (2 if p < 0 else p)
            if u == 'E':
                q = (6 if p < 0 else p) + 1
            elif u == 'P':
                q += 2
            elif u == 'G':
                q = p
            elif u not in 'FNC':
                raise ValueError('Format specifier was invalid.')
            d, s = _fround(m, e, q, u in 'EG') if m else ('', 0)
    if u == 'E':
        p = (6 if p < 0 else p) + 1
        if not f:
            d, s = _frnd(d, s, p)
        o = (d[:1] or '0') + ('.' if p > 1 else '') + d[1:] + '0' * (p - max(len(d), 1))
        s = s - 1 if d else 0
        return ('-' if n else '') + o + c + ('-' if s < 0 else '+') + '%03d' % abs(s)
    if u == 'G':
        if not f:
            d, s = _frnd(d, s, p)
        return ('-' if n else '') + _fgen(d, s, p, 'E' if c == 'G' else 'e')
    if u not in 'FNPC':
        raise ValueError('Format specifier was invalid.')
    if p < 0:
        p = 2
    if u == 'P' and d:
        s += 2
    if not f:
        d, s = _frnd(d, s, s + p)
    o = _ffix(d, s, p, u != 'F')
    if u == 'P':
        return ('-' if n else '') + o + ' %'
    if u == 'C':
        return '(\xa4' + o + ')' if n else '\xa4' + o
    return ('-' if n else '') + o

#: helper _fsec
def _fsec(f, k):
    # .NET FindSection: start index of section k (0 positive, 1 negative, 2 zero), 0 if absent
    if k == 0:
        return 0
    i = 0; n = len(f)
    while i < n:
        c = f[i]; i += 1
        if c == "'" or c == '"':
            while i < n:
                i += 1
                if f[i - 1] == c:
                    break
        elif c == '\\':
            if i < n:
                i += 1
        elif c == ';':
            k -= 1
            if k == 0:
                if i < n and f[i] != ';':
                    return i
                return 0
    return 0

#: helper _fcus uses _fsec _frnd
def _fcus(n, d, s, fl, f):
    # .NET custom numeric format of (n, d, s); fl: floating-point (keeps -0)
    L = len(f)
    S = _fsec(f, 2 if not d else (1 if n else 0))
    while True:
        dc = 0; dp = -1; fd = 1 << 30; ld = 0; sc = 0; tp = -1; tc = 0; ts = 0; sa = 0
        i = S
        while i < L:
            c = f[i]; i += 1
            if c == ';':
                break
            if c == '#':
                dc += 1
            elif c == '0':
                if fd == 1 << 30:
                    fd = dc
                dc += 1; ld = dc
            elif c == '.':
                if dp < 0:
                    dp = dc
            elif c == ',':
                if dc > 0 and dp < 0:
                    if tp >= 0:
                        if tp == dc:
                            tc += 1; continue
                        ts = 1
                    tp = dc; tc = 1
            elif c == '%':
                sa += 2
            elif c == '\u2030':
                sa += 3
            elif c == "'" or c == '"':
                while i < L:
                    i += 1
                    if f[i - 1] == c:
                        break
            elif c == '\\':
                if i < L:
                    i += 1
            elif c == 'E' or c == 'e':
                if (i < L and f[i] == '0') or (i + 1 < L and f[i] in '+-' and f[i + 1] == '0'):
                    i += 1
                    while i < L and f[i] == '0':
                        i += 1
                    sc = 1
        if dp < 0:
            dp = dc
        if tp >= 0:
            if tp == dp:
                sa -= tc * 3
            else:
                ts = 1
        if d:
            s += sa
            d, s = _frnd(d, s, dc if sc else s + dc - dp)
            if not d:
                if not fl:
                    n = 0
                i = _fsec(f, 2)
                if i != S:
                    S = i; continue
        else:
            if not fl:
                n = 0
            s = 0
        break
    fd = dp - fd if fd < dp else 0
    ld = dp - ld if ld > dp else 0
    if sc:
        p = dp; a = 0
    else:
        p = s if s > dp else dp; a = s - dp
    g = -1
    if ts:
        t = p + (a if a < 0 else 0)
        if fd > t:
            t = fd
        g = (t - 1) // 3 - 1
    o = '-' if n and S == 0 and s != 0 else ''
    w = 0; j = 0; i = S; D = len(d)
    while i < L:
        c = f[i]; i += 1
        if c == ';':
            break
        if a > 0 and c in '#0.':
            while a > 0:
                if j < D:
                    o += d[j]; j += 1
                else:
                    o += '0'
                if ts and p > 1 and g >= 0 and p == 3 * g + 4:
                    o += ','; g -= 1
                p -= 1; a -= 1
        if c == '#' or c == '0':
            if a < 0:
                a += 1
                c = '0' if p <= fd else ''
            elif j < D:
                c = d[j]; j += 1
            else:
                c = '0' if p > ld else ''
            if c:
                o += c
                if ts and p > 1 and g >= 0 and p == 3 * g + 4:
                    o += ','; g -= 1
            p -= 1
        elif c == '.':
            if p == 0 and not w and (ld < 0 or (dp < dc and j < D)):
                o += '.'; w = 1
        elif c == ',':
            pass
        elif c == "'" or c == '"':
            while i < L and f[i] != c:
                o += f[i]; i += 1
            i += 1
        elif c == '\\':
            if i < L:
                o += f[i]; i += 1
        elif (c == 'E' or c == 'e') and sc:
            q = 0; t = f[i:i + 2]
            if t[:1] == '0':
                k = 0
            elif t == '+0':
                k = 1
            elif t == '-0':
                k = 0
            else:
                o += c; continue
            i += 1
            while i < L and f[i] == '0':
                i += 1; q += 1
            if t[:1] == '0':
                q += 1
            if q > 10:
                q = 10
            t = s - dp if d else 0
            o += c + ('-' if t < 0 else '+' if k else '') + '0' * (q - len(str(abs(t)))) + str(abs(t))
            sc = 0
        elif c == 'E' or c == 'e':
            o += c
            if i < L and f[i] in '+-':
                o += f[i]; i += 1
            while i < L and f[i] == '0':
                o += '0'; i += 1
        else:
            o += c
    if n and S == 0 and s == 0 and o:
        o = '-' + o
    return o

#: helper _fmt_custom uses _fdec _fround _fcus _fspecial
def _fmt_custom(x, spec, kind):
    if kind[0] in 'iu':
        o = str(abs(x))
        return _fcus(x < 0, o.rstrip('0'), len(o) if x else 0, 0, spec)
    f = kind == 'f'
    n, m, e, u = _fdec(x, f)
    if m < 0:
        return _fspecial(n, m)
    d, s = _fround(m, e, 7 if f else 15, 1) if m else ('', 0)
    return _fcus(n, d, s, 1, spec)

#: helper _fmt_num uses _fspec _fmt_std _fmt_custom
def _fmt_num(x, spec, kind):
    if _fspec(spec):
        return _fmt_std(x, spec, kind)
    return _fmt_custom(x, spec, kind)

#: helper _align
def _align(s, w):
    # {0,w}: right-align in w UTF-16 units (w < 0: left-align); never truncates
    n = len(s)
    if n < abs(w):
        for c in s:
            if ord(c) > 0xFFFF:
                n += 1
        if w > 0:
            return ' ' * (w - n) + s
        return s + ' ' * (-w - n)
    return s
