# Indexing a bytes gives ints, slicing gives bytes.
b = b"abcdefg"
print(b[0], b[6], b[-1], b[-7])
print(b[1:3], b[:0], b[5:], b[-3:], b[:-3], b[::2], b[::-1], b[5:1:-2], b[100:], b[-100:2])
print(b[True], b[False:True])
for index in [7, -8, 100]:
    try:
        b[index]
    except IndexError:
        print("IndexError", index)
try:
    b["a"]
except TypeError:
    print("TypeError")
try:
    b[0] = 1
except TypeError:
    print("TypeError assignment")
try:
    del b[0]
except TypeError:
    print("TypeError deletion")
try:
    b[::0]
except ValueError:
    print("ValueError")
print(type(b[1:2]).__name__, b[2:5][1])
