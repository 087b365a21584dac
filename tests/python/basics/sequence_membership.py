# Checks `in` and `not in` for every built-in container, with equal values of different types.
print(1 in [1.0], 1.0 in (1,), True in [1], "b" in "abc", "bc" in "abc", "" in "x", "ac" in "abc")
print(98 in b"abc", b"bc" in b"abc", b"" in b"a", 98 in bytearray(b"b"), 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print("a" in {"a": 1}, 1 in {"a": 1}, 1 in {1, 2}, (1, 2) in {(1, 2)}, [1] in [[1]], None in [None])
print(2 not in [1], "z" not in "abc", 1.5 in range(3), 2.0 in range(3), "1" in [1])
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
for bad in (lambda: 1 in 5, lambda: 1 in "abc", lambda: [] in {1}, lambda: "a" in b"a"):
    try:
        bad()
    except TypeError:
        print("TypeError")
