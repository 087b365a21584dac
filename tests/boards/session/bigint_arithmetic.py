# Big integers on a 32-bit board: arithmetic past the machine word, and the conversions.
a = 2**100
b = 3**70
print(a, b)
print(a + b, a - b, a * b)
print(a // 12345, a % 12345, divmod(b, 10**9))
print(-a // 7, -a % 7, (-a) >> 3, a << 40)
print(a & b, a | b, a ^ b, ~a)
print(pow(3, 200, 10**9 + 7), pow(7, 123))
print(int("123456789012345678901234567890") * 9)
print(hex(a), oct(b), bin(2**70 + 1))
print(a == 2**100, a > b, b.bit_length(), (2**64).to_bytes(9, "big"))
f = 1
for i in range(1, 40):
    f *= i
print(f, f // (2**30), str(f)[:10])
