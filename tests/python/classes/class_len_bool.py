# Checks truthiness through __bool__ and __len__, their precedence and errors from bad return values.
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class B:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Plain:
    pass
print(bool(L(0)), bool(L(3)), bool(B()), len(B()), bool(Plain()), not L(0), "yes" if L(2) else "no")
print([x.n for x in [L(0), L(1), L(2)] if x], L(0) or "fallback", L(4) and "both")
for bad in [lambda: len(L(-1)), lambda: bool(L(-1)), lambda: len(Plain())]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError bool")
class Sub(list):
    def __bool__(self):
        return True
print(bool(Sub()), len(Sub()), bool(Sub([1])))
