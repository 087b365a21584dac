# List comprehensions: filters, nested clauses, and the values they see.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(4) for y in range(x) if (x + y) % 2])
print([[i * j for j in range(4)] for i in range(3)])
print([c.upper() for c in "hello" if c != "l"])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([head for head, *rest in [(1, 2, 3), (4,)]])
print([rest for head, *rest in [(1, 2, 3), (4,)]])
print([x for x in []])
nested = [[1, 2], [3], [], [4, 5, 6]]
print([item for row in nested for item in row])
print(sum([n for n in range(101)]))
