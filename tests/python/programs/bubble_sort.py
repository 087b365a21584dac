# Program: bubble sort and insertion sort on lists of ints and strings, with swap counts.
def bubble_sort(items):
    items = list(items)
    swaps = 0
    n = len(items)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return items, swaps
def insertion_sort(items):
    out = []
    for v in items:
        out.append(v)
        k = len(out) - 1
        while k > 0 and out[k - 1] > out[k]:
            out[k - 1], out[k] = out[k], out[k - 1]
            k -= 1
    return out
data = [64, 34, 25, 12, 22, 11, 90, -5, 0, 34]
print(bubble_sort(data))
print(insertion_sort(data))
print(data)
print(bubble_sort([]), bubble_sort([1]), bubble_sort([1, 2, 3]), bubble_sort([3, 2, 1]))
words = ["pear", "apple", "fig", "banana", "cherry", "Apple", "date"]
print(bubble_sort(words)[0])
print(insertion_sort(words))
seed = 12345
rand = []
for i in range(200):
    seed = (seed * 1103515245 + 12345) % 2147483648
    rand.append(seed % 1000)
s1, swaps = bubble_sort(rand)
s2 = insertion_sort(rand)
print(s1 == s2, swaps, s1[0], s1[-1], s1[100])
ok = True
for i in range(len(s1) - 1):
    if s1[i] > s1[i + 1]:
        ok = False
print("sorted:", ok)
