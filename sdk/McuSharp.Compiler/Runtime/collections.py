# List<T>, Dictionary<K,V> and StringBuilder operations whose .NET behaviour Python's list and dict lack.

#: helper _list_index
def _list_index(items, value):
    for i in range(len(items)):
        if items[i] == value:
            return i
    return -1

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
    d[key] = value

#: helper _dict_of uses _dict_add
from collections import OrderedDict
def _dict_of(entries):
    d = OrderedDict()
    for key, value in entries:
        _dict_add(d, key, value)
    return d

#: helper _sb_append
def _sb_append(builder, text):
    builder.append(text)
    return builder

#: helper _sb_clear
def _sb_clear(builder):
    builder.clear()
    return builder
