# Checks that adding to or removing from a dict or set while iterating over it raises RuntimeError.
def grow_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def shrink_dict():
    d = {1: 1, 2: 2, 3: 3}
    for k in d.keys():
        del d[k]
def grow_items():
    d = {"a": 1}
    for k, v in d.items():
        d[k * 2] = v
def grow_set():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
for f in (grow_dict, shrink_dict, grow_items, grow_set):
    try:
        f()
        print(f.__name__, "finished")
    except RuntimeError:
        print(f.__name__, "RuntimeError")
# Changing values, or iterating over a copy, is fine.
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10
for k in list(d):
    del d[k]
s = {1, 2, 3}
for x in set(s):
    s.discard(x)
print(d, s)
