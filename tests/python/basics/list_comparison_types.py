# Checks list ordering: element by element, shorter prefix first, mixed numbers, and TypeError for mixed types.
print([1, 2] < [1, 3], [1] < [1, 0], [] < [0], [2] > [1, 9], [1, 2] <= [1, 2], [1.5] > [1], [True] == [1])
print([[1, 2], [1]] < [[1, 2], [2]], max([[3], [1, 5], [3, 0]]), sorted([[2], [1, 1], [1]]))
print([1, 2] == (1, 2), [1] != [1.0], ["a"] < ["b"], ["a", 1] < ["a", 2], [None] == [None])
for bad in (lambda: [1] < ["a"], lambda: [1] < (1,), lambda: [None] < [None], lambda: [1, 2] < [1, "x"]):
    try:
        bad()
    except TypeError:
        print("TypeError")
print([1, "x"] < [2, 5])
