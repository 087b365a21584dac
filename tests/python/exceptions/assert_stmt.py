# Checks the assert statement with and without messages, and AssertionError args.
assert True
assert 1 == 1, "never shown"
print("passing asserts are silent")
try:
    assert False
except AssertionError as e:
    print("no message", e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("message", e.args, str(e))
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("non-string message", e.args)
calls = []
def msg():
    calls.append("called")
    return "lazy"
assert True, msg()
print("message not evaluated when passing:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e.args, calls)
def checked_sqrt(n):
    assert n >= 0, "negative input"
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r
print(checked_sqrt(50), checked_sqrt(49), checked_sqrt(0))
try:
    checked_sqrt(-1)
except AssertionError as e:
    print("caught", e.args[0])
try:
    assert (1, 2) == (1, 3), 42
except Exception as e:
    print(isinstance(e, AssertionError), e.args)
