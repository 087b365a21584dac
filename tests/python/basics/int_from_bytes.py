# Checks int.from_bytes with lists of byte values (which stand for bytes, as in CPython; bytes
# themselves are in int_to_bytes.py), both byte orders, signed and unsigned, results big and small.
print(int.from_bytes([1, 2, 3, 4, 5, 6, 7, 8, 9], "big"))
print(int.from_bytes([1, 2, 3, 4, 5, 6, 7, 8, 9], "little"))
print(int.from_bytes([255] * 16, "big"), int.from_bytes([255] * 16, "big", signed=True))
print(int.from_bytes([0x80] + [0] * 15, "big", signed=True), int.from_bytes([0] * 15 + [0x80], "little", signed=True))
print(int.from_bytes([], "big"), int.from_bytes([0, 0, 0], "little", signed=True))
print(int.from_bytes([255, 255], "little", signed=True), int.from_bytes([127, 255], "big", signed=True))
print(int.from_bytes((1, 0), "little"), int.from_bytes(range(1, 20), "big"))
print(int.from_bytes([0x12, 0x34], "big", signed=False), int.from_bytes([0x12, 0x34], byteorder="little"))
try:
    int.from_bytes([1, 2], "middle")
except ValueError:
    print("ValueError byteorder")
try:
    int.from_bytes([256], "big")
except ValueError:
    print("ValueError byte value")
