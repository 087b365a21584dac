# Checks break and continue in nested for/while loops and their interaction with else clauses.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i, j, end="; ")
    print()
for i in range(5):
    if i % 2 == 0:
        continue
    for j in range(5):
        if j % 2 == 1:
            continue
        print(i, j)
found = None
for i in range(2, 10):
    for j in range(2, 10):
        if i * j == 42:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print("i", i, "j", j)
    i += 1
total = 0
for a in range(10):
    for b in range(10):
        for c in range(10):
            if c > b:
                break
            if (a + b + c) % 3:
                continue
            total += 1
print("total", total)
for x in "abc":
    while True:
        print(x)
        break
    else:
        print("not printed")
else:
    print("outer for else")
k = 0
for i in range(3):
    for j in range(3):
        k += 1
        continue
        k += 100
print(k)
