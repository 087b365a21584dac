# Checks class attributes vs instance attributes: shadowing, shared mutables, deletion and class updates.
class C:
    count = 0
    items = []
    def __init__(self):
        C.count += 1
a, b = C(), C()
a.count = 100
print(a.count, b.count, C.count)
a.items.append(1)
print(b.items, C.items, a.items is b.items)
del a.count
print(a.count)
C.count = 50
print(a.count, b.count, "count" in a.__dict__, "count" in C.__dict__)
C.new_attr = "added"
print(a.new_attr, hasattr(b, "new_attr"))
try:
    del a.count
except AttributeError:
    print("AttributeError")
b.__dict__["dyn"] = 5
print(b.dyn, sorted(b.__dict__))
class D(C):
    pass
print(D.count, D().count, C.count)
D.count = -1
print(D.count, C.count)
