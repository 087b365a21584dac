# Assignment expressions in while conditions, elif chains, short-circuit logic and arguments.
it = iter([4, 7, 0, 5])
while (item := next(it, None)) is not None:
    print("item", item)
print("stopped with", item)

# Reading chunks until an empty one.
text = "abcdefghij"
pos = 0
chunks = []
while chunk := text[pos : pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks, repr(chunk))

# Two walruses in one condition: the second runs only if the first is truthy.
data = [1, 2, 3]
steps = 0
while (n := len(data)) and (top := data.pop()) != 1:
    steps += 1
print(n, top, steps, data)

# Walrus in elif chains: only the branches that were tested bind.
def classify(v):
    if (half := v // 2) > 10:
        return "big", half
    elif (third := v // 3) > 2:
        return "medium", half, third
    else:
        return "small", half, third


print(classify(30), classify(12), classify(3))

# Short-circuit: the right side's walrus may never run.
a = None
flag = False and (a := "set")
print(flag, a)
flag = True or (a := "set")
print(flag, a)
flag = None or (a := "set")
print(flag, a)

# Walrus as a call argument and in subscripts.
def pair(x, y):
    return x, y


print(pair(p := 3, p * 2), p)
items = [10, 20, 30]
print(items[(i := 1)], items[i + 1], i)
print([v := 5, v + 1, v + 2])

# A walrus counter in a while loop that also uses else.
count = 0
while (count := count + 2) < 7:
    pass
else:
    print("count ended at", count)

# Walrus in a nested while with break.
rows = [[1, 2, -1, 4], [5, -1], [-1]]
r = 0
while r < len(rows) and (row := rows[r]):
    c = 0
    while (cell := row[c]) >= 0:
        c += 1
    print("row", r, "stops at column", c, "cell", cell)
    r += 1

# The value of a walrus expression is the assigned value.
print((x := 4) * (x := x + 1), x)
print((s := "ab") + s.upper())

# Walrus binds the nearest function scope, even from deep inside expressions.
def bind_in_function():
    result = [(z := i) for i in range(3)][-1] + 100
    return result, z


print(bind_in_function())


# Walrus with a global declared name.
total = 0


def add(v):
    global total
    return (total := total + v)


print(add(5), add(6), total)
