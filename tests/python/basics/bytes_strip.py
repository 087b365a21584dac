# strip, lstrip, rstrip (ASCII whitespace or a set of bytes), removeprefix and
# removesuffix.
print(b"  a b  ".strip(), b"\t\n\x0b\x0c\r x \r\n".strip(), b"\x1cx\x1c".strip(), b"\xa0x\x85".strip())
print(b"  a  ".lstrip(), b"  a  ".rstrip(), b"".strip(), b"   ".strip())
print(b"xxaxyx".strip(b"xy"), b"xxaxyx".lstrip(b"x"), b"xxaxyx".rstrip(b"yx"), b"abc".strip(b""))
print(b"\xff\x00a\x00\xff".strip(b"\x00\xff"), b"aba".strip(bytearray(b"a")), b"aba".strip(None))
print(b"prefix-body".removeprefix(b"prefix-"), b"body-suffix".removesuffix(b"-suffix"))
print(b"body".removeprefix(b"x"), b"body".removesuffix(b""), b"ab".removeprefix(b"abc"))
try:
    b"a".strip("a")
except TypeError:
    print("TypeError")
