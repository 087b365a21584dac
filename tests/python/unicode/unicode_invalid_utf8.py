# Checks that decoding ill-formed UTF-8 raises UnicodeError, and how replace and ignore treat
# each maximal ill-formed part (one U+FFFD each, as Unicode recommends).
samples = [b"\x80", b"\xbf\x80", b"\xc0\xaf", b"\xc1\xbf", b"\xc2", b"\xc2\x41", b"\xe0\x80\xaf", b"\xe0\xa0",
           b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xef\xbf", b"\xf0\x8f\xbf\xbf", b"\xf0\x90\x80", b"\xf4\x90\x80\x80",
           b"\xf5\x80\x80\x80", b"\xfe", b"\xff\xfe", b"a\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xef\xbb\xbfx"]
for data in samples:
    try:
        ok = repr(data.decode())
    except UnicodeError:
        ok = "UnicodeError"
    print(data, ok, repr(data.decode("utf-8", "replace")), repr(data.decode("utf-8", "ignore")))
try:
    str(b"ok\xff", "utf-8")
except UnicodeError:
    print("UnicodeError")
print(str(b"ok\xff", "utf-8", "replace"), bytearray(b"\xc3\xa9\xc3").decode("utf-8", "replace"))
