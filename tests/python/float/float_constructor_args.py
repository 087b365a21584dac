# Checks float() with every kind of argument: none, bool, int, big int, float, str and subclasses.
class MyFloat(float):
    pass


class MyStr(str):
    pass


print(float(), float(True), float(False), float(-7), float(2 ** 70), float(1.5), float("  -2.5e-3 "))
print(float(MyFloat(2.5)), type(float(MyFloat(2.5))).__name__, float(MyStr("4.5")), MyFloat("1e3"), MyFloat(7) + 1)
x = 3.25
print(float(x) is x, type(float(-0.0)).__name__, repr(float("-0")))
for bad in [None, [1.5], (1,), {}, "1.5j", b"1.5", 1j]:
    try:
        print(float(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    float("1.5", "2")
except TypeError:
    print("TypeError")
