# Recursion: Fibonacci by plain recursion, Takeuchi's function, Ackermann's function with a
# small first argument, and two mutually recursive functions; every call is a Python call.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ackermann(m, n):
    # The depth of the recursion stays below 2 * n + 10 for m <= 2.
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


# params: (fib's argument, tak's first argument, ackermann's second argument, rounds of
# mutual recursion to depth 200).
def bm_setup(params):
    n_fib, n_tak, n_ack, rounds = params
    state = {}

    def run():
        evens = 0
        for i in range(rounds):
            if is_even(150 + i % 50):
                evens += 1
        state["value"] = (fib(n_fib), tak(n_tak, n_tak // 2, 0), ackermann(2, n_ack), evens)

    def result():
        return n_fib, state["value"]

    return run, result


bm_params = {
    (50, 128): (10, 6, 10, 10),
    (100, 512): (18, 12, 50, 100),
    (1000, 2048): (30, 18, 200, 4000),
}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
