# N-queens: counts every placement of n queens on an n x n board by backtracking, with the
# attacked columns and diagonals kept in lists of flags.
import sys


def count_solutions(n):
    columns = [False] * n
    rising = [False] * (2 * n)
    falling = [False] * (2 * n)

    def place(row):
        if row == n:
            return 1
        found = 0
        for col in range(n):
            up = row + col
            down = row - col + n
            if columns[col] or rising[up] or falling[down]:
                continue
            columns[col] = rising[up] = falling[down] = True
            found += place(row + 1)
            columns[col] = rising[up] = falling[down] = False
        return found

    return place(0)


def first_solution(n):
    # A second search, over whole partial boards, returning the first complete one.
    def extend(queens):
        row = len(queens)
        if row == n:
            return queens
        for col in range(n):
            if all(c != col and row - r != abs(col - c) for r, c in enumerate(queens)):
                board = extend(queens + [col])
                if board:
                    return board
        return None

    return extend([])


# params: (largest board,); boards from 4 x 4 up to it are counted.
def bm_setup(params):
    (n,) = params
    state = {}

    def run():
        state["counts"] = [count_solutions(size) for size in range(4, n + 1)]
        state["first"] = first_solution(n)

    def result():
        return n, (state["counts"], state["first"])

    return run, result


bm_params = {(50, 128): (6,), (100, 512): (8,), (1000, 2048): (12,)}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
