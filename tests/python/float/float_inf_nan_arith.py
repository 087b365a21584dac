# Checks arithmetic with infinities and NaN: results, comparisons, and containers holding NaN.
inf, nan = float("inf"), float("nan")
print(inf - 1e308, inf * -0.5, inf / 1e308, 1e308 * 10 == inf, -inf + inf != -inf + inf, inf * inf)
print(nan == nan, nan != nan, nan < 0, nan > 0, nan <= nan, nan >= nan, inf == inf, -inf < inf)
print(min(1.0, nan), min(nan, 1.0), max(nan, 2), sorted([3, 1, 2]) == [1, 2, 3], nan in [nan], [nan] == [nan])
x = nan
print(x is x, x == x, [x] == [x], (x, 1) == (x, 1), {x: 1}[x], x in {x}, float("nan") in {x})
print(repr(inf), str(-inf), repr(nan), repr(inf - inf), repr(0 * inf), repr(abs(-inf)), inf > 10 ** 1000)
