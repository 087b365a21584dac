# str's methods called through the type, passed as functions, and on interned and built strings.
print(str.upper("abc"), str.split("a b"), str.join("-", ["x", "y"]), str.replace("aa", "a", "b"))
print(list(map(str.strip, [" a ", "b  "])), sorted(["b", "A", "c"], key=str.lower), str.format("{}!", 1))
method = "hello".upper
print(method(), "x,y".split(",")[1].upper(), ("ab" + "cd").upper(), "ab" * 2 == "abab".lower())
print(str.count("banana", "a"), str.startswith("abc", "a"), str.isdigit("12"), str.center("x", 3, "*"))
upper = str.upper
print(upper("q"), [s.title() for s in "one two".split()], "".join([c.upper() for c in "abc"]))
for bad in [lambda: str.upper(5), lambda: str.split(None), lambda: str.join(1, ["a"]), lambda: str.upper()]:
    try:
        print(bad())
    except TypeError:
        print("TypeError")
print(hasattr("", "upper"), hasattr("", "nope"), hasattr(str, "format_map"))
