# Checks what each list method returns and changes in place, including extend with itself and slices as targets.
a = [3, 1, 2]
print(a.append(4), a.extend([5]), a.insert(0, 0), a.sort(), a.reverse(), a.remove(0), a.clear(), a)
b = [1, 2]
b.extend(b)
print(b, b.copy() is not b, b.copy() == b, b.pop(), b.index(2), b.count(1))
c = [1, 2, 3]
c[::-1] = "abc"
print(c)
c[1:2] = iter([7, 8, 9])
print(c)
c[:] = []
print(c, [].copy(), list.copy([1]))
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append("shared")
shallow.append("own")
print(nested, shallow)
for bad in (lambda: [].extend(5), lambda: [].insert(0), lambda: [1].sort(key=5), lambda: [2, "a"].sort()):
    try:
        bad()
    except TypeError:
        print("TypeError")
