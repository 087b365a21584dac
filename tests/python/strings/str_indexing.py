# Checks positive and negative string indexing, len, and IndexError for out-of-range indices.
s = "Python"
print(len(s))
for i in range(len(s)):
    print(i, s[i], s[-1 - i])
print(s[0] + s[-1], s[2] * 3)
print(s[-6], s[5])
for bad in (6, -7, 100, -100):
    try:
        print(s[bad])
    except IndexError:
        print("IndexError", bad)
try:
    print(""[0])
except IndexError:
    print("IndexError on empty")
try:
    print(s["1"])
except TypeError:
    print("TypeError str index")
try:
    s[0] = "J"
except TypeError:
    print("TypeError str assignment")
print(type(s[0]), len(s[0]))
print(s[True], s[False])
word = "racecar"
ok = True
for i in range(len(word)):
    if word[i] != word[len(word) - 1 - i]:
        ok = False
print(word, "palindrome:", ok)
