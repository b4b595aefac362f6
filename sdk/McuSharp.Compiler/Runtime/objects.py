# The program's objects: creation through a second constructor, object initializers, casts and text.

#: helper _new
def _new(cls, init, *args, **kw):
    # An object built by a constructor other than __init__: allocate, then run that constructor.
    o = object.__new__(cls)
    init(o, *args, **kw)
    return o

#: helper _cp_any
def _cp_any(x):
    # A generic value that is a mutable struct in some of the program's uses only: copied when it is one.
    return x._cp() if hasattr(x, '_cp') else x

#: helper _set
def _set(o, *pairs):
    # new C { A = 1, B = 2 }: the members are set in order, after the constructor.
    for i in range(0, len(pairs), 2):
        setattr(o, pairs[i], pairs[i + 1])
    return o

#: helper _cast uses InvalidCastException _clr_name
def _cast(o, cls):
    if o is None or isinstance(o, cls):
        return o
    raise InvalidCastException("Unable to cast object of type '" + _clr_name(type(o)) + "' to type '" + _clr_name(cls) + "'.")

#: helper _clr_name uses Exception_.defaults
def _clr_name(t):
    # The name .NET's cast message gives: the program's classes carry it as _cname (in programs that cast), the
    # exception classes their full name as _full.
    if t is str:
        return 'System.String'
    if t is bool:
        return 'System.Boolean'
    if t is int:
        return 'System.Int32'
    return getattr(t, '_cname', None) or getattr(t, '_full', t.__name__)

#: helper _as
def _as(o, cls):
    return o if isinstance(o, cls) else None

#: helper _tostr
def _tostr(o):
    return '' if o is None else o.ToString()

#: helper _enum_flags
def _enum_flags(members, v, signed):
    # .NET's [Flags] text: from the highest member down, take each whose bits are all still set; names in
    # ascending order; the number itself when bits are left over; the zero member (or "0") for zero.
    if v == 0:
        return members[0][1] if members and members[0][0] == 0 else '0'
    rest = v
    names = []
    for i in range(len(members) - 1, -1, -1):
        value, name = members[i]
        if i == 0 and value == 0:
            break
        if rest & value == value:
            rest -= value
            names.append(name)
    if rest:
        return str(signed)
    names.reverse()
    return ', '.join(names)

#: helper _tostr_any
def _tostr_any(o):
    # An object-typed value: on the device it holds a string, a bool, an int or one of the program's objects.
    if o is None:
        return ''
    if isinstance(o, str):
        return o
    if isinstance(o, bool):
        return 'True' if o else 'False'
    if isinstance(o, int):
        return str(o)
    return o.ToString()

#: helper _nvalue uses InvalidOperationException
def _nvalue(v):
    if v is None:
        raise InvalidOperationException('Nullable object must have a value.')
    return v

#: helper _equals
def _equals(a, b):
    # Equals on a value of a generic type: the object's own Equals, or value equality (NaN equals NaN, as double.Equals says).
    equals = getattr(a, 'Equals', None)
    if equals is not None:
        return equals(b)
    if isinstance(a, float) and a != a:
        return isinstance(b, float) and b != b
    return a == b

#: helper _compare_ints
def _compare_ints(a, b):
    return (a > b) - (a < b)

#: helper _compare_floats
def _compare_floats(a, b):
    # double.CompareTo: NaN is less than every number and equal to itself.
    if a < b:
        return -1
    if a > b:
        return 1
    if a == b:
        return 0
    return (b != b) - (a != a)

#: helper _compare_any uses _compare_floats _compare_to
def _compare_any(a, b):
    # CompareTo on a generic value whose type the program varies: the object's own CompareTo, else the number's.
    if isinstance(a, float) or isinstance(b, float):
        return _compare_floats(a, b)
    if isinstance(a, (int, str)):
        return (a > b) - (a < b)
    return _compare_to(a, b)

#: helper _new_kept
def _new_kept(cls, init, kept, *args, **kw):
    # An object of a generic class that keeps the defaults of its type arguments (the device erases them).
    o = object.__new__(cls)
    for name, value in kept:
        setattr(o, name, value)
    init(o, *args, **kw)
    return o

#: helper _reiterable
def _reiterable(generator):
    # A C# iterator method returns an IEnumerable that starts over at every foreach; a generator does not.
    def start(*args):
        return _Reiterable(generator, args)
    return start

class _Reiterable:
    def __init__(self, generator, args):
        self.generator = generator
        self.args = args

    def __iter__(self):
        return self.generator(*self.args)

#: helper _no_match uses InvalidOperationException
def _no_match(value):
    raise InvalidOperationException("Non-exhaustive switch expression failed to match its input.")
