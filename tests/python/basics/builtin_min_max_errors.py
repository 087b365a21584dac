# Checks min()/max() errors: empty inputs, default with several arguments, incomparable items, and key errors.
print(max([], default=None), min("", default="none"), max([1], default=9), min([3, 1, 2], key=lambda x: -x))
print(max("abc", "abd"), min([[2], [1, 5]]), max({1: "a", 3: "b"}), min(x for x in range(3, 0, -1)))
print(max([1, 3, 3.0], key=lambda x: 0), min([2, 1, 1.0]), max(1, 2.5, True))
for bad in (lambda: max([]), lambda: min(()), lambda: max(1, 2, default=0), lambda: max(1, "a"),
            lambda: min([1, None]), lambda: max(5), lambda: max([1, 2], key=lambda x: 1 / 0),
            lambda: max()):
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__)
