# Checks the error handlers of str.encode and bytes.decode: strict, ignore, replace,
# backslashreplace and xmlcharrefreplace, with UTF-8, ASCII and Latin-1.
text = "aé€😀z"
for encoding in ["utf-8", "ascii", "latin-1", "Latin_1", "ISO-8859-1", "UTF8"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(encoding, errors, text.encode(encoding, errors))
        except UnicodeError:
            print(encoding, errors, "UnicodeError")
data = b"a\xe9\xff\xc3\xa9\xe2\x82z"
for encoding in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(encoding, errors, repr(data.decode(encoding, errors)))
        except UnicodeError:
            print(encoding, errors, "UnicodeError")
print(bytes(range(256)).decode("latin-1") == "".join(chr(i) for i in range(256)), "ÿ".encode("latin-1"))
for bad in [lambda: "x".encode("no-such-codec"), lambda: b"x".decode("nosuch"), lambda: b"\xff".decode("utf-8", "bogus")]:
    try:
        bad()
    except LookupError:
        print("LookupError")
print("x".encode("ascii", "bogus"), str(b"\xe9", "latin-1"), bytes("é", "latin-1"))
