# Checks sum() over floats and mixed numbers, with and without a start value.
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([], 0.0), sum((0.5 for _ in range(4)), 1), sum([1e100, 1.0, -1e100]))
print(sum([1, 2], 0.5), sum([True, 1.5]), sum([1j, 2.5, 1]), sum(range(5), -0.0), sum([-0.0, -0.0]))
print(sum([float("inf"), 1]), sum([2 ** 70, 1.0]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
