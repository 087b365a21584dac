# Checks recursive functions: factorial, fibonacci, gcd, hanoi, ackermann, power and mutual recursion.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
for i in range(0, 21, 4):
    print("fact", i, fact(i))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
out = []
for i in range(20):
    out.append(fib(i))
print(out)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print(len(moves))
for m in moves:
    print(m)
hanoi(10, "A", "C", "B")
print("moves for 3+10 disks:", len(moves))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
for m in range(3):
    for n in range(4):
        print("ack", m, n, ack(m, n))
print("ack 3 3", ack(3, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(10), is_even(7), is_odd(7))
def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)
print(power(2, 50), power(3, 30), power(7, 0))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))
def flatten(x, acc):
    if isinstance(x, list) or isinstance(x, tuple):
        for item in x:
            flatten(item, acc)
    else:
        acc.append(x)
    return acc
print(flatten([1, [2, (3, [4, [5]])], [], 6], []))
def perms(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = []
        for j in range(len(items)):
            if j != i:
                rest.append(items[j])
        for p in perms(rest):
            result.append([items[i]] + p)
    return result
for p in perms([1, 2, 3]):
    print(p)
