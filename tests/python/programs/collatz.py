# Program: Collatz sequence lengths, longest chain below a bound, and a printed sample sequence.
def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
def collatz_seq(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(len(collatz_seq(27)), collatz_seq(27)[-1])
print(collatz_seq(6))
for n in range(1, 21):
    print(n, collatz_len(n))
best = 1
best_len = 1
for n in range(1, 30000):
    length = collatz_len(n)
    if length > best_len:
        best = n
        best_len = length
print("longest below 30000:", best, best_len)
peak = 0
for v in collatz_seq(77031):
    if v > peak:
        peak = v
print("peak of 77031:", peak)
