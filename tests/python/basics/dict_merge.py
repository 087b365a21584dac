# Checks the dict | and |= merge operators, their order rules and errors with non-dicts.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a is c)
c |= {}
print(c)
try:
    a | [("q", 1)]
except TypeError:
    print("TypeError")
print({} | {}, {1: 1} | {1.0: 2})
