# Checks iterating over strings with for, counting characters, and membership with in / not in.
for c in "abc":
    print(c)
count = 0
for c in "mississippi":
    if c == "s":
        count += 1
print("s count", count)
vowels = 0
for c in "The quick brown fox jumps over the lazy dog":
    if c in "aeiouAEIOU":
        vowels += 1
print("vowels", vowels)
for c in "":
    print("never")
else:
    print("empty loop else")
print(list("hello"), tuple("hi"))
print("ell" in "hello", "elo" in "hello", "" in "abc", "" in "", "abc" in "abc", "abcd" in "abc")
print("x" not in "abc", "b" not in "abc")
digits = ""
letters = ""
for c in "a1b2c3d4":
    if c in "0123456789":
        digits += c
    else:
        letters += c
print(digits, letters, int(digits) * 2)
upper = ""
lower = "abcdefghijklmnopqrstuvwxyz"
caps = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
for c in "hello, world":
    found = False
    for i in range(len(lower)):
        if lower[i] == c:
            upper += caps[i]
            found = True
            break
    if not found:
        upper += c
print(upper)
try:
    print(1 in "abc")
except TypeError:
    print("TypeError int in str")
