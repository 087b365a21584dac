# f-strings: the = specifier, str/repr of objects, and evaluation order and scoping of fields.
x = 7
name = "ada"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=:>6}")
print(f"{x=:04d}")
print(f"{[x, name]=}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "%d.%02d" % (self.cents // 100, self.cents % 100)

    def __repr__(self):
        return "Money(%d)" % self.cents


m = Money(1234)
print(f"{m} {m!s} {m!r} {m=} {m=!s}")
print(f"[{m!s:>8}] [{m!r:^13}] [{str(m):*<7}]")


# Fields are evaluated left to right, once each.
log = []


def t(v):
    log.append(v)
    return v


print(f"{t(1)}-{t(2)}-{t(3):>{t(4)}}")
print(log)

# f-strings see the enclosing function's locals and closures.
def outer():
    local = "local value"

    def inner():
        return f"inner sees {local}"

    return f"{local}|{inner()}"


print(outer())

# Comprehensions and conditional expressions inside fields.
nums = [3, 1, 2]
print(f"{[n * n for n in nums]} {sorted(nums)} {'big' if x > 5 else 'small'}")
print(f"{', '.join(str(n) for n in nums)}")
print(f"{dict(a=1)['a']} {len(f'{x}{x}')}")

# A field that raises propagates the exception.
try:
    f"{1 // 0}"
except ZeroDivisionError:
    print("ZeroDivisionError from a field")


# Integers with every common spec.
for spec in ("d", "5d", "<5", "^5", "+d", " d", "x", "X", "#x", "o", "b", "_d", ",d", "08,d"):
    print(spec, "[" + format(123456, spec) + "]", "[" + f"{-42:{spec}}" + "]")
