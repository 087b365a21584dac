# Case changes and character tests of bytes: only ASCII letters have case,
# other bytes are left as they are and belong to no class.
b = b"Hello, World! \xc9\xe9 123"
print(b.upper(), b.lower(), b.swapcase(), b.capitalize(), b.title())
print(b"hELLO wORLD".capitalize(), b"they're bill's".title(), b"\xe9a".title(), b"".upper())
for test in [b"", b"abc", b"ABC", b"Abc", b"123", b"a1", b" \t\n", b"\x1c", b"\xe9", b"\xc9", b"A b", b"Title Case", b"a\xe9"]:
    print(test, test.isalpha(), test.isdigit(), test.isalnum(), test.isspace(), test.isupper(), test.islower(), test.istitle(), test.isascii())
