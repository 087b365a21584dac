# Checks SystemExit.code for 0, 1 and 2 arguments, and that catching SystemExit keeps running.
for args in [(), (0,), (3,), ("message",), (1, 2)]:
    e = SystemExit(*args)
    print(args, e.code, e.args)
try:
    raise SystemExit(4)
except SystemExit as e:
    print("caught", e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        raise SystemExit("bye")
    except Exception:
        print("not here")
except BaseException as e:
    print("outer", type(e).__name__, e.code)
print("still running")
