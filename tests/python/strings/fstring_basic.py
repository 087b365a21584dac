# f-strings: expressions, conversions, format specs (nested ones too), and
# escaped braces.
name = "world"
n = 42
items = [1, 2, 3]
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2:5d}|{n:<6}|{n:^7}|{n:>+5}|")
print(f"{name!r} {name!s} {'é'!a} {items!r}")
print(f"{n:x} {n:#o} {n:08b} {1234567:,} {255:#06x}")
width = 8
print(f"[{name:{width}}] [{name:>{width}}] [{n:{'0'}{width}d}]")
print(f"{{literal}} {{{n}}}")
print(f"{'nested ' + f'{n}'}")
print(f"{items[0]}{items[-1]} {len(items)} {sum(items)}")
print(f"{n if n > 40 else 0} {(lambda x: x * 2)(n)}")
print(f"")
print(f"{name}" f" and {n}" " plain")
d = {"key": "value"}
print(f"{d['key']} {d}")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(1, 2)
print(f"{p} {p!r} {p.x + p.y}")
print(f"{'x' if True else 0}")
multi = f"""line {n}
next {name}"""
print(multi)
try:
    f"{n:q}"
except ValueError:
    print("ValueError for a bad spec")
