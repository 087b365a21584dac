# Checks min, max and sorted with mixed ints and floats: exact comparisons, first of equals kept.
print(max(1, 1.0), max(1.0, 1), min(0.0, -0.0), min(-0.0, 0.0), max(2, 1.5, 2.0), min(3, 3.0, key=float))
print(sorted([3, 1.5, -2, 2.0, 2, -0.5, 1e-3, 10 ** 20, 1e19]), sorted([2.0, 2, 2.0], reverse=True))
print(max([0.1, 0.2, 0.1 + 0.2, 0.3]), min([1e-300, 5e-324, 0.0]), max(-float("inf"), -1e308))
print(sorted([1.5, 1, 1.0, True, 0.5], key=lambda x: -x), sorted(["10.5", "9.25", "10"], key=float))
