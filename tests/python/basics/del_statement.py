# del of names, attributes, subscripts, slices and tuples/lists of targets.
class Logged:
    def __init__(self):
        self.items = {}

    def __delitem__(self, key):
        print("delitem", key)

    def __delattr__(self, name):
        print("delattr", name)


class Plain:
    pass


def exists(read):
    try:
        read()
        return True
    except NameError:
        return False


x = 1
del x
try:
    x
except NameError as e:
    print("name deleted:", type(e).__name__)
x = "again"
print(x)
try:
    del never_defined
except NameError as e:
    print("del unknown name:", type(e).__name__)

# Deleting several targets at once, in a tuple or a list, left to right.
a, b, c = 1, 2, 3
del a, b
print(exists(lambda: c), exists(lambda: a), exists(lambda: b), c)
a, b = 1, 2
del (a, b)
print(exists(lambda: a))
a, b = 1, 2
del [a, b]
print(exists(lambda: b))
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[0]  # the second index sees the list after the first deletion
print(lst)
lst = [0, 1, 2, 3, 4, 5]
del lst[-1], lst[1:3]
print(lst)

# Attributes.
p = Plain()
p.a = 1
p.b = 2
del p.a
print(hasattr(p, "a"), p.b)
try:
    del p.a
except AttributeError:
    print("AttributeError deleting missing attribute")
Plain.cls_attr = 5
del Plain.cls_attr
print(hasattr(Plain, "cls_attr"))
p.x, p.y = 1, 2
del p.x, p.y
print(hasattr(p, "x"), hasattr(p, "y"))
lg = Logged()
del lg.anything
del lg["key"], lg[1:2]

# Dict and list items.
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e.args)
lst = list(range(5))
del lst[-1]
del lst[0]
print(lst)
try:
    del lst[10]
except IndexError:
    print("IndexError")
nested = {"k": [1, 2, {"deep": 1, "keep": 2}]}
del nested["k"][2]["deep"]
del nested["k"][0]
print(nested)
try:
    del (1, 2)[0]
except TypeError:
    print("TypeError deleting from a tuple")
try:
    del "abc"[0]
except TypeError:
    print("TypeError deleting from a str")


# Local names in functions.
def local_del():
    v = 10
    w = v
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__, w


print(local_del())


def del_then_rebind():
    out = []
    for i in range(3):
        item = i * 2
        out.append(item)
        del item
    item = "rebound"
    out.append(item)
    return out


print(del_then_rebind())


def del_loop_variable():
    for i in range(3):
        pass
    del i
    try:
        return i
    except NameError as e:
        return type(e).__name__


print(del_loop_variable())


# del of a global from a function needs the global statement.
gvar = "global"


def del_global():
    global gvar
    del gvar


del_global()
print(exists(lambda: gvar))


# del inside a class body removes a class attribute before the class is made.
class Temp:
    helper = 3
    value = helper * 2
    del helper


print(Temp.value, hasattr(Temp, "helper"))

# del with nested target lists.
a, b, c, d = 1, 2, 3, 4
del a, (b, [c]), d
print([exists(lambda: a), exists(lambda: b), exists(lambda: c), exists(lambda: d)])
