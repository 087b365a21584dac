# Slice assignment and deletion on lists, extended slices, and the errors they raise.
def fresh():
    return list(range(10))


lst = fresh()
lst[2:5] = ["a", "b", "c"]
print(lst)
lst = fresh()
lst[2:5] = []
print(lst)
lst = fresh()
lst[2:3] = "xyz"  # any iterable, and the list can grow
print(lst)
lst = fresh()
lst[:0] = [-2, -1]
print(lst)
lst = fresh()
lst[len(lst):] = (10, 11)
print(lst)
lst = fresh()
lst[-3:] = [0]
print(lst)
lst = fresh()
lst[5:2] = ["inserted at 5"]  # an empty slice inserts at its start
print(lst)
lst = fresh()
lst[100:200] = [1]
print(lst)
lst = fresh()
lst[:] = range(3)
print(lst)
lst = fresh()
lst[3:7] = lst  # assigning a list to a slice of itself copies first
print(lst)
lst = fresh()
lst[1:9] = (v * v for v in range(2))
print(lst)

# Extended slices need exactly as many values.
lst = fresh()
lst[::2] = "abcde"
print(lst)
lst = fresh()
lst[1::3] = [None] * 3
print(lst)
lst = fresh()
lst[::-1] = range(10)
print(lst)
lst = fresh()
lst[8:2:-2] = ["p", "q", "r"]
print(lst)
lst = fresh()
lst[::1] = ["step one acts like a plain slice"]
print(lst)
for bad in (["too", "few"], list(range(6))):
    lst = fresh()
    try:
        lst[::2] = bad
    except ValueError:
        print("ValueError for", len(bad), "values; list unchanged:", lst == fresh())

# Deleting slices.
lst = fresh()
del lst[2:5]
print(lst)
lst = fresh()
del lst[::2]
print(lst)
lst = fresh()
del lst[::-3]
print(lst)
lst = fresh()
del lst[7:3]
print(lst)
lst = fresh()
del lst[-2:]
print(lst)
lst = fresh()
del lst[:]
print(lst)
lst = fresh()
del lst[1:8:3]
print(lst)

# Assigning a non-iterable to a slice is a TypeError.
lst = fresh()
try:
    lst[1:2] = 5
except TypeError:
    print("TypeError for int")

# Slices of immutable sequences cannot be assigned or deleted.
for seq in ((1, 2, 3), "abc", range(3)):
    try:
        seq[0:1] = [9]
    except TypeError:
        print("TypeError assigning slice of", type(seq).__name__)
    try:
        del seq[0:1]
    except TypeError:
        print("TypeError deleting slice of", type(seq).__name__)

# Slice objects work as subscripts too.
lst = fresh()
s = slice(1, 4)
lst[s] = ["S"]
print(lst, s.start, s.stop, s.step)
lst = fresh()
del lst[slice(None, None, 4)]
print(lst)


# A class sees the slice object in __setitem__ and __delitem__.
class Show:
    def __setitem__(self, key, value):
        print("set", key.start, key.stop, key.step, value)

    def __delitem__(self, key):
        print("del", key.start, key.stop, key.step)

    def __getitem__(self, key):
        return (key.start, key.stop, key.step)


sh = Show()
sh[1:2] = "v"
sh[::3] = "w"
sh[:-1:] = "x"
del sh[5:]
del sh[::-1]
print(sh[1:2:3], sh[:], sh["a":"b"])
