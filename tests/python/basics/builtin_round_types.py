# Checks round() on ints, bools, floats and int subclasses, __round__ on classes, and the TypeError for complex.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __round__(self, ndigits=None):
        return ("round", self.cents, ndigits)
class Count(int):
    pass
print(round(7), round(True), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(2.5), round(-0.5), round(2.675, 2), round(Count(42)), type(round(Count(42))).__name__)
print(round(Money(5)), round(Money(5), 1), round(Money(5), None))
for bad in (1j, "3", [1], None):
    try:
        round(bad)
    except TypeError as e:
        print("TypeError", e)
