# Checks that list repetition copies references: [[0] * 2] * 2 shares rows, a comprehension does not.
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid, grid[0] is grid[1])
row = [[]]
row *= 3
row[0].append("x")
print(row, [1, 2] * 0, [1] * -3, 0 * [1], (1, 2) * 2, "ab" * 3, b"x" * 2)
alias = row
row *= 2
print(len(alias), alias is row)
row += ["y"]
print(len(alias))
row = row + ["z"]
print(len(alias), len(row))
