# Checks while loops with else, break, continue, and conditions evaluated each iteration.
i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("while else ran, i =", i)
i = 0
while i < 10:
    if i == 3:
        print("break at", i)
        break
    i += 1
else:
    print("not printed")
print("after break, i =", i)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("else after continue loop")
n = 0
while n > 0:
    print("never")
else:
    print("else of loop that never ran")
lst = [5, 4, 3]
while lst:
    print("pop", lst.pop())
count = 0
while True:
    count += 1
    if count >= 100:
        break
print("count", count)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print("first fib >= 1000:", b)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner)
        inner += 1
    outer += 1
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([4, 8, 15, 16, 23, 42], 16), find([4, 8], 5), find([], 1))
