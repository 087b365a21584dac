# str.split and str.rsplit: separators, maxsplit (also by keyword), empty parts.
print("a,b,,c,".split(","), "a,b,,c,".rsplit(","))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "::".split("::"), "".split(","))
print("abc".split("abc"), "abcabc".split("bc"), "aaa".split("a"), "aaaa".split("aa"))
print("  a  b\tc\n d  ".split(), "  a  b\tc\n d  ".rsplit(), "".split(), "   ".split())
print("  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1), "  a  b  c  ".split(None, 0))
print("  a  b  c  ".rsplit(None, 0), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a-b-c".split(sep="-"), "a-b-c".rsplit(sep="-", maxsplit=1), "a-b-c".split("-", maxsplit=1))
print("a b".split(sep=None), "a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("1,2,3".split(",", 10), "x".split("x"), "xax".rsplit("x"))
for args, kwargs in [(("",), {}), ((), {"sep": ""}), ((1,), {}), ((",", "1"), {}), ((), {"bad": 1})]:
    try:
        print("a,b".split(*args, **kwargs))
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")
try:
    print("a,b".split(",", sep=","))
except TypeError:
    print("TypeError")
