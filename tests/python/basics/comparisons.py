# Checks comparison operators on ints, strings, tuples and lists, and chained comparisons.
for a in (-2, 0, 3):
    for b in (-2, 0, 3):
        print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 <= 2 < 3 != 4, 5 > 4 > 4)
print(0 <= 5 < 10, 0 <= 15 < 10, 0 <= -1 < 10)
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "abc" == "abc")
print((1, 2) == (1, 2), (1, 2) == (2, 1), (1, 2) != (1, 2, 0), () == ())
print([1, 2] == [1, 2], [1, 2] != [1, 3], [] == [], [[1]] == [[1]])
print(1 == True, 0 == False, True + True)
print(1 == "1", (1,) == [1], None == 0, None == None)
print(1 != "1", [] != (), None != False)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
x = 5
print(1 < x < 10, 10 < x < 20, x == 5 == x)
print(not 1 < 2, not (1 > 2))
print(True > False, -1 < False)
