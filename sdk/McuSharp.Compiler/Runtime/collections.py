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

#: helper _list_insert uses _argrange
def _list_insert(items, index, value):
    if index < 0 or index > len(items):
        _argrange('index')
    items.insert(index, value)

#: helper _list_remove
def _list_remove(items, value):
    for i in range(len(items)):
        if items[i] == value:
            items.pop(i)
            return True
    return False

#: helper _dict_add
def _dict_add(d, key, value):
    if key in d:
        raise ValueError('An item with the same key has already been added. Key: ' + str(key))
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
