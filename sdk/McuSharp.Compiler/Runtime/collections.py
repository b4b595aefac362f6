# List<T>, Dictionary<K,V> and StringBuilder operations whose .NET behaviour Python's list and dict lack.

#: helper _list_index
def _list_index(items, value):
    for i in range(len(items)):
        if items[i] == value:
            return i
    return -1

#: helper _list_indexf
def _list_indexf(items, value):
    # IndexOf in a List<double>: double.Equals, for which NaN equals NaN.
    if value == value:
        for i in range(len(items)):
            if items[i] == value:
                return i
    else:
        for i in range(len(items)):
            if items[i] != items[i]:
                return i
    return -1

#: helper _list_removef uses _list_indexf
def _list_removef(items, value):
    i = _list_indexf(items, value)
    if i < 0:
        return False
    items.pop(i)
    return True

#: helper _fkey uses _nan
def _fkey(k):
    # One NaN object for every NaN key, so that a dict finds it again.
    return k if k == k else _nan

#: helper _dget
def _dget(d, key, text):
    # d[key], a missing key reported as .NET prints it (text: _str_double, _str_single, an enum's names).
    if key in d:
        return d[key]
    raise KeyError(text(key))

#: helper _list_insert uses _argrange
def _list_insert(items, index, value):
    if index < 0 or index > len(items):
        _argrange('Index must be within the bounds of the List.', 'index')
    items.insert(index, value)

#: helper _list_remove
def _list_remove(items, value):
    for i in range(len(items)):
        if items[i] == value:
            items.pop(i)
            return True
    return False

#: helper _dict_add uses ArgumentException
def _dict_add(d, key, value):
    if key in d:
        raise ArgumentException('An item with the same key has already been added. Key: ' + str(key))
    if None in d:
        d[None].append(key)
    d[key] = value

#: helper _dict_add_all uses _dict_add
def _dict_add_all(d, entries):
    for key, value in entries:
        _dict_add(d, key, value)
    return d

#: helper _dict_set_all
def _dict_set_all(d, entries):
    order = d.get(None)
    for key, value in entries:
        if order is not None and key not in d:
            order.append(key)
        d[key] = value
    return d

# An insertion-ordered dictionary is a dict whose key None (never a .NET key) holds its keys in insertion order.

#: helper _odict_items
def _odict_items(d):
    # Live like .NET's enumerator: a value overwritten during the loop is seen.
    for key in d[None]:
        yield key, d[key]

#: helper _odict_values
def _odict_values(d):
    return [d[key] for key in d[None]]

#: helper _odict_clear
def _odict_clear(d):
    d.clear()
    d[None] = []

#: helper _sb_append
def _sb_append(builder, text):
    builder.append(text)
    return builder

#: helper _sb_clear
def _sb_clear(builder):
    builder.clear()
    return builder

#: helper _sb_insert uses _startrange
def _sb_insert(builder, index, text):
    whole = ''.join(builder)
    if index < 0 or index > len(whole):
        _startrange('index')
    builder[:] = [whole[:index], text, whole[index:]]
    return builder

#: helper _sb_remove uses _argneg _startrange
def _sb_remove(builder, start, length):
    # .NET tests the length's sign first.
    whole = ''.join(builder)
    if length < 0:
        _argneg('length', length)
    if start < 0:
        _argneg('startIndex', start)
    if start + length > len(whole):
        _startrange('length')
    builder[:] = [whole[:start], whole[start + length:]]
    return builder

#: helper _sb_replace uses ArgumentException ArgumentException.param
def _sb_replace(builder, old, new):
    if old is None or old == '':
        raise ArgumentException('The value cannot be an empty string.', None, 'oldValue')
    builder[:] = [''.join(builder).replace(old, new or '')]
    return builder

#: helper _sb_set_length uses _argneg
def _sb_set_length(builder, length):
    whole = ''.join(builder)
    if length < 0:
        _argneg('value', length)
    builder[:] = [whole[:length] + '\0' * (length - len(whole))]

#: helper _NetDict
class _NetDict:
    # Dictionary<K,V> for programs that call Remove: .NET puts the next new key into the most recently
    # freed slot, so enumeration order after Remove + Add differs from insertion order. This keeps .NET's slots.
    def __init__(self):
        self.clear()

    def clear(self):
        self._slot = {}
        self._keys = []
        self._vals = []
        self._free = []

    def __len__(self):
        return len(self._slot)

    def __contains__(self, key):
        return key in self._slot

    def __getitem__(self, key):
        return self._vals[self._slot[key]]

    def __setitem__(self, key, value):
        i = self._slot.get(key)
        if i is not None:
            self._vals[i] = value
        elif self._free:
            i = self._free.pop()
            self._keys[i] = key
            self._vals[i] = value
            self._slot[key] = i
        else:
            self._slot[key] = len(self._keys)
            self._keys.append(key)
            self._vals.append(value)

    def remove(self, key):
        i = self._slot.pop(key, None)
        if i is None:
            return False
        self._keys[i] = self._vals[i] = None
        self._free.append(i)
        return True

    def get(self, key, default=None):
        i = self._slot.get(key)
        return default if i is None else self._vals[i]

    def _live(self):
        # A free slot holds None: .NET dictionary keys are never null.
        return [i for i in range(len(self._keys)) if self._keys[i] is not None]

    def __iter__(self):
        return iter([self._keys[i] for i in self._live()])

    def values(self):
        return [self._vals[i] for i in self._live()]

    def items(self):
        return [(self._keys[i], self._vals[i]) for i in self._live()]

#: helper _net_sort uses _intro InvalidOperationException Exception_.defaults
def _net_sort(keys, compare):
    # List.Sort and Array.Sort with a comparer are .NET's introsort, which is not stable: elements that compare equal
    # end up in the order this exact algorithm leaves them (insertion sort up to 16 elements, median-of-three
    # partitions, heapsort past the depth limit), so the order of equal elements matches .NET's.
    n = len(keys)
    if n < 2:
        return
    depth = 0
    while n >= 1:
        depth += 1
        n //= 2
    try:
        _intro(keys, 0, len(keys) - 1, 2 * depth, compare)
    except Exception as e:
        # .NET wraps what a comparison throws.
        raise InvalidOperationException('Failed to compare two elements in the array.', e)

#: helper _intro uses _swap_greater _heap_sort
def _intro(a, lo, hi, depth, compare):
    while hi > lo:
        size = hi - lo + 1
        if size <= 16:
            if size == 2:
                _swap_greater(a, lo, hi, compare)
            elif size == 3:
                _swap_greater(a, lo, hi - 1, compare)
                _swap_greater(a, lo, hi, compare)
                _swap_greater(a, hi - 1, hi, compare)
            elif size > 3:
                for i in range(lo, hi):
                    t = a[i + 1]
                    j = i
                    while j >= lo and compare(t, a[j]) < 0:
                        a[j + 1] = a[j]
                        j -= 1
                    a[j + 1] = t
            return
        if depth == 0:
            _heap_sort(a, lo, hi, compare)
            return
        depth -= 1
        mid = lo + (hi - lo) // 2
        _swap_greater(a, lo, mid, compare)
        _swap_greater(a, lo, hi, compare)
        _swap_greater(a, mid, hi, compare)
        pivot = a[mid]
        a[mid], a[hi - 1] = a[hi - 1], a[mid]
        left = lo
        right = hi - 1
        while left < right:
            left += 1
            while compare(a[left], pivot) < 0:
                left += 1
            right -= 1
            while compare(pivot, a[right]) < 0:
                right -= 1
            if left >= right:
                break
            a[left], a[right] = a[right], a[left]
        if left != hi - 1:
            a[left], a[hi - 1] = a[hi - 1], a[left]
        _intro(a, left + 1, hi, depth, compare)
        hi = left - 1

#: helper _swap_greater
def _swap_greater(a, i, j, compare):
    if i != j and compare(a[i], a[j]) > 0:
        a[i], a[j] = a[j], a[i]

#: helper _heap_sort
def _heap_sort(a, lo, hi, compare):
    n = hi - lo + 1
    for i in range(n // 2, 0, -1):
        _down_heap(a, i, n, lo, compare)
    for i in range(n, 1, -1):
        a[lo], a[lo + i - 1] = a[lo + i - 1], a[lo]
        _down_heap(a, 1, i - 1, lo, compare)

def _down_heap(a, i, n, lo, compare):
    d = a[lo + i - 1]
    while i <= n // 2:
        child = 2 * i
        if child < n and compare(a[lo + child - 1], a[lo + child]) < 0:
            child += 1
        if not compare(d, a[lo + child - 1]) < 0:
            break
        a[lo + i - 1] = a[lo + child - 1]
        i = child
    a[lo + i - 1] = d

#: helper _compare_to
def _compare_to(a, b):
    # Comparer<T>.Default for the program's IComparable objects: null sorts first.
    if a is None:
        return 0 if b is None else -1
    return 1 if b is None else a.CompareTo(b)

#: helper _reverse
def _reverse(items):
    i = 0
    j = len(items) - 1
    while i < j:
        items[i], items[j] = items[j], items[i]
        i += 1
        j -= 1

#: helper _fill
def _fill(items, value):
    for i in range(len(items)):
        items[i] = value

#: helper _array_copy uses _argneg _argrange ArgumentException ArgumentException.param
def _array_copy(src, si, dst, di, n):
    # .NET's checks in its order: the length, each index against the lower bound 0, then each array's length.
    if n < 0:
        _argneg('length', n)
    if si < 0 or di < 0:
        p, v = ('sourceIndex', si) if si < 0 else ('destinationIndex', di)
        _argrange(p + " ('" + str(v) + "') must be greater than or equal to '0'.", p, v)
    for a, i, which, Which in ((src, si, 'source', 'Source'), (dst, di, 'destination', 'Destination')):
        if i + n > len(a):
            raise ArgumentException(Which + ' array was not long enough. Check the ' + which + ' index, length, and the array\'s lower bounds.', None, which + 'Array')
    if src is dst and si < di:
        for k in range(n - 1, -1, -1):
            dst[di + k] = src[si + k]
    else:
        for k in range(n):
            dst[di + k] = src[si + k]

#: helper _try_get
def _try_get(d, key, default):
    if key in d:
        return True, d[key]
    return False, default

#: helper _dequeue uses InvalidOperationException
def _dequeue(q):
    if not q:
        raise InvalidOperationException('Queue empty.')
    return q.pop(0)

#: helper _queue_peek uses InvalidOperationException
def _queue_peek(q):
    if not q:
        raise InvalidOperationException('Queue empty.')
    return q[0]

#: helper _stack_pop uses InvalidOperationException
def _stack_pop(s):
    if not s:
        raise InvalidOperationException('Stack empty.')
    return s.pop()

#: helper _stack_peek uses InvalidOperationException
def _stack_peek(s):
    if not s:
        raise InvalidOperationException('Stack empty.')
    return s[-1]

#: helper _set_add
def _set_add(s, item):
    # HashSet.Add: False when the item is there already; an insertion-ordered set keeps its order under None.
    if item in s:
        return False
    order = s.get(None)
    if order is not None:
        order.append(item)
    s[item] = True
    return True

#: helper _set_add_all uses _set_add
def _set_add_all(s, items):
    for item in items:
        _set_add(s, item)
    return s

#: helper _range uses _substr _argrange ArgumentException
def _range(x, a, a_end, b, b_end, kind):
    # x[a..b], an endpoint counted from the end where its flag says so, checked as .NET checks it: kind 0 a
    # string (Substring), 1 an array (GetSubArray), 2 a List (Slice)
    n = len(x)
    if a_end:
        a = n - a
    if b_end:
        b = n - b
    if kind == 0:
        return _substr(x, a, b - a)
    if kind == 1:
        if b < 0 or b > n or a < 0 or a > b:
            _argrange('Specified argument was out of the range of valid values.', 'length')
    else:
        if a < 0:
            _argrange('Non-negative number required.', 'index')
        if b < a:
            _argrange('Non-negative number required.', 'count')
        if b > n:
            raise ArgumentException('Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.')
    return x[a:b]
