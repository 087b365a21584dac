# Program: sieve of Eratosthenes on a list of booleans, printing primes and counts.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            m = p * p
            while m <= limit:
                is_prime[m] = False
                m += p
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes
small = sieve(100)
print(small)
print(len(small))
for limit in (10, 1000, 10000, 50000):
    ps = sieve(limit)
    print(limit, len(ps), ps[-1])
twins = 0
ps = sieve(10000)
for i in range(len(ps) - 1):
    if ps[i + 1] - ps[i] == 2:
        twins += 1
print("twin prime pairs below 10000:", twins)
