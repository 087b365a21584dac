# Checks if / elif / else chains, nested ifs and conditions of various truthiness.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 9, 10, 99, 100, 12345):
    print(n, classify(n))
for v in (0, 1, "", "s", [], [0], None, ()):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
for a in range(3):
    for b in range(3):
        if a == b:
            print(a, b, "equal")
        else:
            if a < b:
                print(a, b, "less")
            else:
                print(a, b, "greater")
x = 7
if x > 5: print("one-line if")
if x < 5: print("not printed")
else: print("one-line else")
if x == 7 and x % 2 == 1 or x < 0:
    print("compound true")
if not (x > 10 or x < 0):
    print("in range")
if x:
    pass
print("after pass")
grade = 83
if grade >= 90:
    letter = "A"
elif grade >= 80:
    letter = "B"
elif grade >= 70:
    letter = "C"
else:
    letter = "F"
print(letter)
if 1 < x < 10:
    if x % 2:
        if x > 6:
            print("deep", x)
