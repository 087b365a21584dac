# assert: the message is evaluated only on failure, may be any object, and AssertionError behaves normally.
log = []


def message(text):
    log.append("message built")
    return text


def check(v):
    assert v > 0, message("not positive: %d" % v)
    return "ok %d" % v


print(check(1), log)
try:
    check(-2)
except AssertionError as e:
    print(e.args, log)

# The condition is evaluated exactly once.
count = 0


def condition():
    global count
    count += 1
    return True


assert condition(), "never"
print("condition evaluated", count, "time")

# Messages of any type end up as the single argument.
for msg in (42, None, ["list"], ("tuple", 1), {"k": "v"}):
    try:
        assert False, msg
    except AssertionError as e:
        print(type(e.args[0]).__name__, e.args)

# f-strings and formatting in messages.
x = 7
try:
    assert x % 2 == 0, f"{x} is odd ({x % 2=})"
except AssertionError as e:
    print(e)

# AssertionError is an Exception and can be caught as one, or re-raised.
try:
    try:
        assert 1 == 2
    except Exception as e:
        print("caught as Exception:", type(e).__name__, e.args)
        raise
except AssertionError:
    print("re-raised")


# An exception inside the message replaces the AssertionError.
def bad_message():
    return 1 // 0


try:
    assert False, bad_message()
except ZeroDivisionError:
    print("ZeroDivisionError from the message")

# An exception inside the condition propagates as itself.
try:
    assert [][0], "unreached"
except IndexError:
    print("IndexError from the condition")

# Truthiness rules apply to the condition.
for value in (0, "", [], {}, None, 1, "x", [0], (None,)):
    try:
        assert value
        print(repr(value), "passes")
    except AssertionError:
        print(repr(value), "fails")

# assert inside nested functions and loops.
def validate(rows):
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            assert cell >= 0, (i, j)
    return "valid"


print(validate([[1, 2], [3]]))
try:
    validate([[1, 2], [3, -4]])
except AssertionError as e:
    print("bad cell at", e.args[0])


# AssertionError raised directly works like the statement.
try:
    raise AssertionError("explicit", 2)
except AssertionError as e:
    print(e.args)


# A subclass of AssertionError is caught by except AssertionError.
class CheckFailed(AssertionError):
    pass


try:
    raise CheckFailed("custom")
except AssertionError as e:
    print(type(e).__name__, e.args, isinstance(e, Exception))
