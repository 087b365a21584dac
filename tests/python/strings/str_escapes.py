# Checks every string escape sequence by printing the string, its length and its repr.
samples = [
    "newline\nend",
    "tab\tend",
    "cr\rx",
    "back\\slash",
    "single\'quote",
    "double\"quote",
    "bell\a",
    "backspace\b",
    "formfeed\f",
    "vtab\v",
    "nul\0end",
    "octal\101\102\60",
    "hex\x41\x7a\x20",
    "unicode16\u00e9\u4e2d",
    "unicode32\U0001F600",
    "line\
continued",
]
for s in samples:
    print(len(s), repr(s))
print("A\x42C", "\101", "\u0041", "\U00000041")
print("\x00" == "\0", "\x41" == "A", "\u00e9" == "é")
print(len("\x00\x01\x02"), repr("\x00\x01\x1f\x7f"))
print(repr("\t\n\r\\"))
print("multi\nline\noutput")
print('\'' + "\"")
print(repr('\''), repr("\""), repr("'\""))
