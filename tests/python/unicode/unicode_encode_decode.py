# Checks UTF-8 encode/decode round trips of non-ASCII text, byte lengths and decode errors.
for s in ["", "abc", "é", "€", "😀", "aé€😀", "日本語", "\x00\x7f\x80\u07ff\u0800\uffff\U00010000\U0010ffff"]:
    b = s.encode()
    print(len(s), len(b), b, b.decode() == s, str(b, "utf-8") == s, s.encode("utf-8") == b)
print(bytes("€", "utf-8"), bytearray("é", "utf-8"), list("é".encode()))
for bad in [b"\xff", b"\xc3", b"\xe2\x82", b"a\x80b", b"\xed\xa0\x80"]:
    try:
        print(bad.decode())
    except UnicodeError as e:
        print("UnicodeError", isinstance(e, ValueError))
print("ascii".encode("ascii"), b"\xc3\xa9".decode("utf-8"), len(b"\xf0\x9f\x98\x80".decode()))
