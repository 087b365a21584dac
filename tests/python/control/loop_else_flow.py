# for/while else clauses with break, continue, return and exceptions in nested loops.
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue  # inner loop finished without break: try the next row
        return r, c
    else:
        return "not found"


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for target in (1, 6, 8, 10):
    print(target, search(grid, target))

# An inner break does not skip the outer else.
for i in range(2):
    for j in range(5):
        if j == 1:
            break
else:
    print("outer else runs after inner breaks")

# continue on the last iteration still runs else.
for i in range(3):
    if i == 2:
        continue
    print("body", i)
else:
    print("else after continue, i =", i)

# Empty iterables go straight to else.
for item in []:
    print("never")
else:
    print("else of empty for")


def while_else(limit, stop_at):
    n = 0
    while n < limit:
        n += 1
        if n == stop_at:
            break
    else:
        return "exhausted at %d" % n
    return "broke at %d" % n


print(while_else(5, 3), while_else(5, 10), while_else(0, 0))

# Return inside a loop skips the else.
def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
    else:
        print("  no even number in", nums)
    return None


print(first_even([1, 3, 4]), first_even([1, 3]))

# An exception leaving the loop skips the else.
try:
    for i in range(3):
        if i == 1:
            raise ValueError(i)
    else:
        print("never")
except ValueError as e:
    print("exception left the loop at", e.args[0])

# break in an else clause belongs to the enclosing loop.
for outer in range(3):
    for inner in range(2):
        pass
    else:
        if outer == 1:
            print("break from inner else at outer =", outer)
            break
print("outer stopped at", outer)

# continue in an else clause continues the enclosing loop.
hits = []
for outer in range(4):
    for inner in range(outer):
        if inner == 2:
            break
    else:
        hits.append(outer)
        continue
    hits.append(("broke", outer))
print(hits)

# while with else and nested for: break leaves only the innermost loop.
count = 0
n = 0
while n < 3:
    n += 1
    for k in range(10):
        count += 1
        if k == n:
            break
    else:
        print("never")
else:
    print("while else, count =", count)

# Loop else and try/finally together.
def loop_with_finally(stop):
    log = []
    for i in range(3):
        try:
            if i == stop:
                break
            log.append(i)
        finally:
            log.append("f%d" % i)
    else:
        log.append("else")
    return log


print(loop_with_finally(1), loop_with_finally(5))

# Modifying the list during iteration (well-defined for lists).
items = [1, 2, 3]
for x in items:
    if x < 3:
        items.append(x * 10)
else:
    print("grew to", items)

# Loop variables keep their last value after the loop (and after break).
for last in "abc":
    pass
print(last)
for last in range(10):
    if last == 4:
        break
print(last)

# Deeply nested loops with labelled-style exits via flags.
found = None
for a in range(1, 10):
    for b in range(a, 10):
        for c in range(b, 20):
            if a * a + b * b == c * c:
                found = (a, b, c)
                break
        else:
            continue
        break
    else:
        continue
    break
print(found)
