# Ranges compare by the items they give; start, stop and step.
print(range(3) == range(3), range(0) == range(5, 0), range(0, 6, 2) == range(0, 5, 2), range(1) == range(1, 2, 5), range(3) != range(4))
r = range(2, 9, 3)
print(r.start, r.stop, r.step, range(3) == [0, 1, 2])
