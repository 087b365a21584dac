# Program: N-queens by backtracking, counting solutions and printing the first board for n=6.
def solve(n):
    cols = []
    solutions = []
    def safe(col):
        row = len(cols)
        for r in range(row):
            c = cols[r]
            if c == col or row - r == col - c or row - r == c - col:
                return False
        return True
    def place():
        if len(cols) == n:
            solutions.append(list(cols))
            return
        for col in range(n):
            if safe(col):
                cols.append(col)
                place()
                cols.pop()
    place()
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
print(first)
for c in first:
    line = ""
    for j in range(6):
        line += "Q " if j == c else ". "
    print(line)
