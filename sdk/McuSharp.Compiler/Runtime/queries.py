# LINQ to objects. The lazy operators are generators behind _reiterable: like a C# query, each enumeration starts
# over from the source as it is then (deferred execution), and selectors run as elements are asked for, in C#'s order.

#: helper _where uses _reiterable
@_reiterable
def _where(src, f):
    for x in src:
        if f(x):
            yield x

#: helper _wherei uses _reiterable
@_reiterable
def _wherei(src, f):
    i = 0
    for x in src:
        if f(x, i):
            yield x
        i += 1

#: helper _select uses _reiterable
@_reiterable
def _select(src, f):
    for x in src:
        yield f(x)

#: helper _selecti uses _reiterable
@_reiterable
def _selecti(src, f):
    i = 0
    for x in src:
        yield f(x, i)
        i += 1

#: helper _selectmany uses _reiterable
@_reiterable
def _selectmany(src, f):
    for x in src:
        for y in f(x):
            yield y

#: helper _take uses _reiterable
@_reiterable
def _take(src, n):
    if n > 0:
        for x in src:
            yield x
            n -= 1
            if n == 0:
                return

#: helper _skip uses _reiterable
@_reiterable
def _skip(src, n):
    for x in src:
        if n > 0:
            n -= 1
        else:
            yield x

#: helper _takewhile uses _reiterable
@_reiterable
def _takewhile(src, f):
    for x in src:
        if not f(x):
            return
        yield x

#: helper _skipwhile uses _reiterable
@_reiterable
def _skipwhile(src, f):
    skipping = True
    for x in src:
        if skipping and f(x):
            continue
        skipping = False
        yield x

#: helper _concat uses _reiterable
@_reiterable
def _concat(a, b):
    for x in a:
        yield x
    for x in b:
        yield x

#: helper _zip uses _reiterable
@_reiterable
def _zip(a, b, f):
    it = iter(b)
    for x in a:
        for y in it:
            yield f(x, y)
            break
        else:
            return

#: helper _distinct uses _reiterable
@_reiterable
def _distinct(src, key=None):
    # Distinct, and DistinctBy with a key
    seen = set()
    for x in src:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x

#: helper _lunion uses _reiterable
@_reiterable
def _lunion(a, b):
    seen = set()
    for src in (a, b):
        for x in src:
            if x not in seen:
                seen.add(x)
                yield x

#: helper _lexcept uses _reiterable
@_reiterable
def _lexcept(a, b, keep):
    # Except (keep False) and Intersect (keep True): b is read when the enumeration starts; each element once.
    other = set(b)
    seen = set()
    for x in a:
        if (x in other) == keep and x not in seen:
            seen.add(x)
            yield x

#: helper _ldefaultifempty uses _reiterable
@_reiterable
def _ldefaultifempty(src, d):
    empty = True
    for x in src:
        empty = False
        yield x
    if empty:
        yield d

#: helper _lchunk uses _reiterable _argrange
def _lchunk(src, n):
    if n < 1:
        _argrange('Specified argument was out of the range of valid values.', 'size')
    return _lchunk_items(src, n)

@_reiterable
def _lchunk_items(src, n):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

#: helper _lreverse uses _reiterable
@_reiterable
def _lreverse(src):
    items = list(src)
    i = len(items)
    while i > 0:
        i -= 1
        yield items[i]

#: helper _erange uses ArgumentOutOfRangeException ArgumentException.defaults
def _erange(start, count):
    if count < 0 or start + count - 1 > 0x7FFFFFFF:
        raise ArgumentOutOfRangeException(None, None, 'count')
    return range(start, start + count)

#: helper _lrepeat uses _reiterable ArgumentOutOfRangeException ArgumentException.defaults
def _lrepeat(x, n):
    if n < 0:
        raise ArgumentOutOfRangeException(None, None, 'count')
    return _lrepeat_items(x, n)

@_reiterable
def _lrepeat_items(x, n):
    for _ in range(n):
        yield x

#: helper _Ordered
class _Ordered:
    # OrderBy/ThenBy: a stable sort (LINQ's), made when enumerated; every level's keys are computed once per element,
    # level by level. MicroPython's sort is not stable: each pass breaks ties by the current position.
    def __init__(self, src, levels):
        self.src = src
        self.levels = levels

    def then(self, key, desc, floats):
        return _Ordered(self.src, self.levels + [(key, desc, floats)])

    def __iter__(self):
        items = list(self.src)
        keys = []
        for key, _, floats in self.levels:
            k = [key(x) for x in items]
            if floats:
                # Comparer<double>: NaN sorts before every number.
                k = [(1, v) if v == v else (0, 0.0) for v in k]
            keys.append(k)
        n = len(items)
        if all(not level[1] or all(type(v) is int for v in k) for level, k in zip(self.levels, keys)):
            # One sort of (key, ..., index) tuples: a descending level's integer keys negated, the index last for stability.
            columns = [[-v for v in k] if level[1] else k for level, k in zip(self.levels, keys)]
            rows = list(zip(*columns, range(n)))
            rows.sort()
            return iter([items[row[-1]] for row in rows])
        order = list(range(n))
        for level in range(len(self.levels) - 1, -1, -1):
            k = keys[level]
            pos = [0] * n
            for p in range(len(order)):
                pos[order[p]] = p
            if self.levels[level][1]:
                order.sort(key=lambda i: (k[i], -pos[i]))
                order.reverse()
            else:
                order.sort(key=lambda i: (k[i], pos[i]))
        return iter([items[i] for i in order])

#: feature _lsome.matching

#: helper _lsome uses InvalidOperationException
def _lsome(value, matching=False):
    # The value of min(..., default=None) or max(...) of a sequence that may be empty, which Min and Max throw for;
    # the other operators call it with None for .NET's error about a sequence with no (matching) element.
    if value is None:
#: if _lsome.matching
        if matching:
            raise InvalidOperationException('Sequence contains no matching element')
#: end
        raise InvalidOperationException('Sequence contains no elements')
    return value

#: helper _lfirst uses _lsome _lsome.matching
def _lfirst(src, f):
    for x in src:
        if f is None or f(x):
            return x
    _lsome(None, f is not None)

#: helper _lfirstd
def _lfirstd(src, f, d):
    for x in src:
        if f is None or f(x):
            return x
    return d

#: helper _llast uses _lsome _lsome.matching
def _llast(src, f):
    found = False
    last = None
    for x in src:
        if f is None or f(x):
            found = True
            last = x
    if not found:
        _lsome(None, f is not None)
    return last

#: helper _llastd
def _llastd(src, f, d, sel=None):
    # LastOrDefault; of a Select (sel given), only the last element goes through its selector, as in .NET
    found = False
    for x in src:
        if f is None or f(x):
            d = x
            found = True
    return sel(d) if found and sel is not None else d

#: helper _lsingle uses _lsome InvalidOperationException _lsome.matching
def _lsingle(src, f, d, orDefault):
    found = False
    for x in src:
        if f is None or f(x):
            if found:
                raise InvalidOperationException('Sequence contains more than one matching element' if f is not None else 'Sequence contains more than one element')
            found = True
            d = x
    if not found and not orDefault:
        _lsome(None, f is not None)
    return d

#: helper _lcount
def _lcount(src, f):
    n = 0
    for x in src:
        if f is None or f(x):
            n += 1
    return n

#: helper _lsum uses _overflow
def _lsum(src, lo, hi):
    # LINQ's integer Sum is checked: it throws OverflowException as soon as a partial sum leaves the type.
    s = 0
    for x in src:
        s += x
        if s < lo or s > hi:
            _overflow()
    return s

#: helper _lsumf
def _lsumf(src):
    s = 0.0
    for x in src:
        s += x
    return s

#: helper _laverage uses _lsome
def _laverage(src):
    s = 0
    n = 0
    for x in src:
        s += x
        n += 1
    if n == 0:
        _lsome(None)
    return s / n

#: helper _laggregate uses _lsome
def _laggregate(src, f):
    found = False
    acc = None
    for x in src:
        if found:
            acc = f(acc, x)
        else:
            acc = x
            found = True
    if not found:
        _lsome(None)
    return acc

#: helper _lfold
def _lfold(src, acc, f):
    for x in src:
        acc = f(acc, x)
    return acc

#: helper _ltodict uses _dict_add
def _ltodict(d, src, key, value):
    for x in src:
        _dict_add(d, key(x), x if value is None else value(x))
    return d

#: helper _lforeach
def _lforeach(src, f):
    for x in src:
        f(x)

#: helper _lfind
def _lfind(items, f, d):
    for x in items:
        if f(x):
            return x
    return d

#: helper _lfindlast
def _lfindlast(items, f, d):
    i = len(items) - 1
    while i >= 0:
        if f(items[i]):
            return items[i]
        i -= 1
    return d

#: helper _lfindindex
def _lfindindex(items, f):
    for i in range(len(items)):
        if f(items[i]):
            return i
    return -1

#: helper _lfindlastindex
def _lfindlastindex(items, f):
    i = len(items) - 1
    while i >= 0:
        if f(items[i]):
            return i
        i -= 1
    return -1

#: helper _lremoveall
def _lremoveall(items, f):
    keep = [x for x in items if not f(x)]
    n = len(items) - len(keep)
    items.clear()
    items.extend(keep)
    return n

#: helper _lany
def _lany(src):
    for _ in src:
        return True
    return False

#: helper _lminmaxf uses _lsome
def _lminmaxf(src, larger):
    # Enumerable.Min/Max of doubles: Min returns NaN at the first NaN; Max skips NaN unless every value is NaN.
    found = False
    best = None
    for x in src:
        if x != x:
            if not larger:
                return x
            if not found:
                best = x
            continue
        if not found or best != best or (x > best if larger else x < best):
            best = x
        found = True
    if best is None:
        _lsome(None)
    return best

#: helper _lminmaxby uses _lsome
def _lminmaxby(src, key, larger, floats, nullable):
    # MinBy/MaxBy: the first element with the least (greatest) key; a NaN key is below every number (Comparer<double>).
    best = None
    found = False
    for x in src:
        k = key(x)
        if floats:
            k = (0, 0) if k != k else (1, k)
        if not found or (k > top if larger else k < top):
            best, top, found = x, k, True
    if not found and not nullable:
        _lsome(None)
    return best

#: helper _lelementat uses _argrange
def _lelementat(src, i, listed, f):
    # ElementAt, of src or (f given) of a Select over it: only the element picked goes through f, as in .NET
    if i >= 0:
        if listed:
            if i < len(src):
                return src[i] if f is None else f(src[i])
        else:
            for x in src:
                if not i:
                    return x if f is None else f(x)
                i -= 1
    _argrange('Index was out of range. Must be non-negative and less than the size of the collection.' if listed else 'Specified argument was out of the range of valid values.', 'index')

#: helper _lelementatd
def _lelementatd(src, i, d, f):
    if i >= 0:
        for x in src:
            if not i:
                return x if f is None else f(x)
            i -= 1
    return d

#: helper _groupby uses _reiterable
@_reiterable
def _groupby(src, key, value):
    # GroupBy builds every group when the first is asked for (a lookup), in the order keys first appear.
    groups = {}
    order = []
    for x in src:
        k = key(x)
        g = groups.get(k)
        if g is None:
            g = _Grouping(k)
            groups[k] = g
            order.append(g)
        g.items.append(x if value is None else value(x))
    for g in order:
        yield g

class _Grouping:
    def __init__(self, key):
        self.Key = key
        self.items = []

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)
