# Checks string equality and ordering comparisons, including prefixes, case and chains.
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("abc", "abd"), ("abc", "ab"),
         ("Z", "a"), ("apple", "Apple"), ("10", "9"), ("a", "a ")]
for x, y in pairs:
    print(repr(x), repr(y), x == y, x != y, x < y, x <= y, x > y, x >= y)
print("a" < "b" < "c", "a" < "c" < "b", "x" == "x" == "x")
print("abc" == "abc", "abc" is not None, "1" == 1, "1" != 1)
words = ["pear", "apple", "fig", "banana", "cherry"]
smallest = words[0]
for w in words:
    if w < smallest:
        smallest = w
print(smallest)
try:
    print("a" < 1)
except TypeError:
    print("TypeError str < int")
try:
    print(None < "a")
except TypeError:
    print("TypeError None < str")
