# split, rsplit, splitlines, partition and rpartition on bytes. Whitespace for
# bytes is ASCII's: space, \t \n \v \f \r (not \x1c-\x1f, nor \x85 or \xa0).
print(b"a b  c".split(), b"  a b  ".split(), b"".split(), b"   ".split())
print(b"a\x1cb\x85c\xa0d".split(), b"a\tb\nc\vd\fe\rf".split())
print(b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"abc".split(b"abc"))
print(b"a b c d".split(None, 2), b"a b c d".rsplit(None, 2), b"a b".split(maxsplit=0), b"a b c".rsplit(sep=None, maxsplit=1))
print(b"a--b--c".split(b"--"), b"x".split(bytearray(b"x")), b"a1b".split(memoryview(b"1")))
print(b"one\ntwo\r\nthree\rfour".splitlines(), b"a\n\nb\n".splitlines(), b"a\nb".splitlines(True))
print(b"a\x0bb\x0cc\x1cd\x85e".splitlines(), b"".splitlines(), b"x\r\n".splitlines(keepends=True))
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="))
print(b"novalue".partition(b"="), b"novalue".rpartition(b"="), b"a=b".partition(bytearray(b"=")))
for bad in [
    lambda: b"a".split(b""),
    lambda: b"a".split("a"),
    lambda: b"a".partition(b""),
    lambda: b"a".partition("a"),
    lambda: b"a".rsplit(1),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
