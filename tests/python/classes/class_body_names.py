# Class-body scoping: what methods, comprehensions, lambdas and defaults see from a class body.
value = "global"


class K:
    value = "class attribute"

    # Defaults are evaluated in the class body, so they see the class attribute.
    def default_sees_class(self, v=value):
        return v

    # Method bodies skip the class scope.
    def body_skips_class(self):
        return value

    # The first iterable of a comprehension is evaluated in the class body...
    firsts = [c for c in value[:5]]
    # ...but the rest of it runs in its own scope, which skips the class.
    pairs = [(c, value) for c in "ab"]
    lam = lambda self: value
    seen_in_body = value


k = K()
print(k.default_sees_class(), "|", k.body_skips_class())
print(K.firsts, K.pairs)
print(k.lam(), "|", K.seen_in_body)

# Names assigned in the class body become attributes; deleted ones do not.
class Attrs:
    a = 1
    b = a + 1
    a = a * 10
    temp = "gone"
    del temp
    c, d = b, a


print(Attrs.a, Attrs.b, Attrs.c, Attrs.d, hasattr(Attrs, "temp"))

# Reading a name in a class body that is only global or builtin falls back normally.
len_alias = "global len_alias"


class Fallback:
    x = len_alias
    y = len("abc")
    len_alias = "class len_alias"
    z = len_alias


print(Fallback.x, Fallback.y, Fallback.z, len_alias)


# A class body can read an enclosing name and then assign its own attribute with the same name.
def reads_enclosing():
    n = 5

    class S:
        m = n + 1

    return S.m, n


print(reads_enclosing())


# A name the class body assigns is looked up in the class, globals and builtins only,
# so reading it before the assignment does not find the enclosing function's variable.
def shadowing():
    n = 5

    class S:
        try:
            m = n + 1
        except NameError as e:
            m = type(e).__name__
        n = 50

    return S.m, S.n, n


print(shadowing())


# nonlocal inside a class body rebinds the enclosing function's variable.
def counter_through_class():
    hits = 0

    class C:
        nonlocal hits
        hits += 1

        def bump(self):
            nonlocal hits
            hits += 10

    C().bump()
    return hits


print(counter_through_class())


# Methods reach class attributes only through self or the class name.
class Config:
    scale = 3

    def scaled(self, v):
        return v * self.scale

    def via_class(self, v):
        return v * Config.scale

    @classmethod
    def via_cls(cls, v):
        return v * cls.scale


class Bigger(Config):
    scale = 7


for obj in (Config(), Bigger()):
    print(obj.scaled(2), obj.via_class(2), obj.via_cls(2))


# Class bodies run once, top to bottom, at definition time.
order = []


class Ordered:
    order.append("start")

    def method(self):
        order.append("method called")

    order.append("end")


order.append("after class")
Ordered().method()
print(order)

# A method's name in the class body is a plain function until looked up through the class.
class Helper:
    def helper(x):
        return x * 2

    doubled = helper(21)


print(Helper.doubled)
