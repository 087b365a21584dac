# Checks assignment expressions (:=) in if and while conditions and their scope.
data = [3, 8, 1, 9, 4]
i = 0
while (n := len(data)) > 2:
    print("len", n, "popped", data.pop())
print("final n", n, data)
if (m := 10 * 3) > 20:
    print("m is", m)
print(m)
count = 0
while (count := count + 1) < 5:
    print("count", count)
print("after", count)
def first_big(seq, limit):
    for v in seq:
        if (sq := v * v) > limit:
            return v, sq
    return None
print(first_big([1, 2, 3, 4, 5], 10), first_big([1, 2], 100))
s = "hello world"
if (length := len(s)) > 5:
    print("long string of", length)
if not (empty := ""):
    print("empty is", repr(empty))
x = (y := 5) + 1
print(x, y)
vals = [1, 2, 3]
pos = 0
total = 0
while pos < len(vals) and (v := vals[pos]) != 3:
    total += v
    pos += 1
print(total, v)
def f():
    if (local := 42) == 42:
        return local
print(f())
