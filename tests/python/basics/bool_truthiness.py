# Checks bool(), truthiness of each kind of value, and short-circuit and/or/not.
for v in (0, 1, -1, 100, "", "a", " ", "0", (), (0,), [], [0], None, True, False):
    print(repr(v), bool(v), not v)
print(True and False, True or False, not True, not False)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "x", "y" and "")
print(None or 0, None and 0, [] or (), [1] and (2,))
print(0 or 0 or 3 or 4, 1 and 2 and 3, 1 and 0 and 3)
def t(v):
    print("called", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(not t(""))
print(True + 1, True * 10, False - 1, True // 1)
print(type(True), type(1 == 1), type(not 0))
print(bool(), bool(0), bool(7), int(True), int(False), str(True))
print(True is True, False is not True, (1 == 1) is True)
if []:
    print("empty list is true?")
else:
    print("empty list is false")
if "x" and [1] and (0,):
    print("all truthy")
x = 0
while not x:
    x = x + 1
print(x)
