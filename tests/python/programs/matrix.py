# Program: matrices as lists of lists: identity, multiply, transpose, power of a Fibonacci matrix.
def identity(n):
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            row.append(1 if i == j else 0)
        m.append(row)
    return m
def mat_mul(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out
def transpose(m):
    out = []
    for j in range(len(m[0])):
        row = []
        for i in range(len(m)):
            row.append(m[i][j])
        out.append(row)
    return out
def show(m):
    for row in m:
        line = ""
        for v in row:
            s = str(v)
            line += " " * (6 - len(s)) + s
        print(line)
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
show(transpose(a))
show(identity(3))
print(mat_mul(identity(2), [[5, 6], [7, 8]]))
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e % 2:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e //= 2
    return result
for n in (1, 10, 50, 60):
    print("fib", n, mat_pow([[1, 1], [1, 0]], n)[0][1])
magic = [[2, 7, 6], [9, 5, 1], [4, 3, 8]]
sums = []
for row in magic:
    s = 0
    for v in row:
        s += v
    sums.append(s)
for col in transpose(magic):
    s = 0
    for v in col:
        s += v
    sums.append(s)
print(sums, magic[0][0] + magic[1][1] + magic[2][2], magic[0][2] + magic[1][1] + magic[2][0])
