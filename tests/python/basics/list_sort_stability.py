# Checks that list.sort and sorted are stable, also with reverse=True, and sort by several keys in passes.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
byname = sorted(records)
byname.sort(key=lambda r: r[1])
print(byname)
words = "The quick brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -3, 1, -2]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted([1.5, 1, True, 0.5, 0]), sorted("hello"), sorted((3, 1, 2), reverse=True))
empty = []
empty.sort()
print(empty, sorted([]), sorted([5]), sorted({"b": 1, "a": 2}))
