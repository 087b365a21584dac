# int.to_bytes(length=1, byteorder='big', *, signed=False) for small and big
# ints, and int.from_bytes back.
print((0).to_bytes(1, "big"), (255).to_bytes(1, "big"), (256).to_bytes(2, "big"), (256).to_bytes(2, "little"))
print((1).to_bytes(4, "big"), (1).to_bytes(4, byteorder="little"), (5).to_bytes(), (0).to_bytes(0, "big"))
print((-1).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print((-129).to_bytes(2, "big", signed=True), (2**64 - 1).to_bytes(8, "big"), (2**64).to_bytes(9, "little"))
print((-(2**63)).to_bytes(8, "big", signed=True), (10**30).to_bytes(13, "big"), (True).to_bytes(1, "big"))
for n in [0, 1, 127, 128, 255, 256, 65535, 2**31, 2**40 + 5, 2**100 - 1, -1, -2**31, -2**100]:
    signed = n < 0 or n >= 2**63
    size = (n.bit_length() + 8) // 8
    data = n.to_bytes(size, "little", signed=signed)
    print(n, data, int.from_bytes(data, "little", signed=signed) == n, int.from_bytes(n.to_bytes(size, "big", signed=True), "big", signed=True) == n)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(bytearray(b"\xff\xff"), "little", signed=True), int.from_bytes(memoryview(b"\x7f"), "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x01", byteorder="big"))
for bad in [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (-129).to_bytes(1, "big", signed=True),
    lambda: (2**64).to_bytes(8, "big"),
]:
    try:
        bad()
    except OverflowError:
        print("OverflowError")
for bad in [lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big")]:
    try:
        bad()
    except ValueError:
        print("ValueError")
for bad in [lambda: (1).to_bytes("1", "big"), lambda: (1).to_bytes(1, "big", True), lambda: int.from_bytes(5, "big"), lambda: int.from_bytes("ab", "big")]:
    try:
        bad()
    except TypeError:
        print("TypeError")
