# Checks exceptions raised inside comprehensions and generator expressions propagate, with partial work discarded.
def check(x):
    if x == 3:
        raise ValueError(x)
    return x
result = "unset"
try:
    result = [check(x) for x in range(5)]
except ValueError as e:
    print("list comp", e.args, result)
try:
    {x: check(x) for x in range(5)}
except ValueError:
    print("dict comp")
gen = (check(x) for x in range(5))
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except ValueError:
    print("generator raised at 3")
print(next(gen, "finished"))
try:
    sum(1 / x for x in [1, 2, 0, 4])
except ZeroDivisionError:
    print("ZeroDivisionError in sum")
print([x for x in range(3) if x != 1], any(check(x) > 1 for x in range(5)))
