# Checks ExceptionGroup construction, message, exceptions tuple, subgroup/split and catching by except.
eg = ExceptionGroup("many", [ValueError("v"), TypeError("t"), ValueError("w")])
print(eg.message, len(eg.exceptions), [type(e).__name__ for e in eg.exceptions], isinstance(eg, Exception))
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [str(e) for e in rest.exceptions], match.message)
print(eg.subgroup(KeyError), [str(e) for e in eg.subgroup(TypeError).exceptions])
try:
    raise eg
except ExceptionGroup as caught:
    print("caught", caught.message, caught is eg)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
