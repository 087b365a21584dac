# Checks string concatenation, repetition with positive, zero and negative counts, and building strings in loops.
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b, "" + "")
print(a * 3, 3 * a, a * 1, repr(a * 0), repr(a * -2), repr("" * 5))
print("-" * 20)
print("ab" * 2 + "c" * 3)
print(("x" + "y") * 4)
s = ""
for i in range(5):
    s = s + str(i)
print(s, len(s))
t = ""
for i in range(4):
    t += "<" + str(i) + ">"
print(t)
u = "="
u *= 10
print(u)
line = ""
for row in range(1, 6):
    line = " " * (5 - row) + "*" * (2 * row - 1)
    print(line)
print(str(12) + str(34), str(12 + 34))
try:
    print("a" + 1)
except TypeError:
    print("TypeError str + int")
try:
    print(1 + "a")
except TypeError:
    print("TypeError int + str")
try:
    print("a" * "b")
except TypeError:
    print("TypeError str * str")
print(len("ab" * 1000))
