# Big integers: digits of pi in fixed point by Machin's formula (arctangent series summed with
# big-integer division), a factorial and its digit sum, and Fibonacci numbers by doubling.
import sys


def arctan_inverse(x, unity):
    # arctan(1/x) * unity, by the alternating series; each term is a big division.
    total = term = unity // x
    x_squared = x * x
    n = 1
    sign = -1
    while term:
        term //= x_squared
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inverse(5, unity) - arctan_inverse(239, unity))
    return pi // 10**10


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def digit_sum(n):
    total = 0
    while n:
        n, digit = divmod(n, 10**9)
        total += sum(int(c) for c in str(digit))
    return total


def fibonacci(n):
    # (F(n), F(n + 1)) by the doubling identities.
    if n == 0:
        return 0, 1
    a, b = fibonacci(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


# params: (digits of pi, factorial's argument, Fibonacci's index).
def bm_setup(params):
    digits, n_factorial, n_fibonacci = params
    state = {}

    def run():
        pi = pi_digits(digits)
        fact = factorial(n_factorial)
        fib, _ = fibonacci(n_fibonacci)
        state["value"] = (pi % 10**20, digit_sum(pi), digit_sum(fact), fact.bit_length(),
                          fib % 1000000007, fib.bit_length())

    def result():
        return digits, state["value"]

    return run, result


bm_params = {
    (50, 128): (50, 30, 100),
    (100, 512): (300, 200, 1000),
    (1000, 2048): (30000, 10000, 1000000),
}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
