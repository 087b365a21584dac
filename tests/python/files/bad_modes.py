# Checks that open rejects a mode that is not one: ValueError (the messages differ).
open("modes.txt", "w").close()
for mode in ["", "rw", "ra", "wx", "rr", "r++", "bt", "rbb", "q", "U", "rU", "R", " r", "r\0"]:
    try:
        open("modes.txt", mode).close()
        print(repr(mode), "opened")
    except ValueError:
        print(repr(mode), "ValueError")
for mode in ["r", "rb", "br", "rt", "r+", "+r", "rb+", "r+b", "w", "wb", "w+", "a", "ab+", "t+a"]:
    open("modes.txt", mode).close()
    print(repr(mode), "opened")
for path, mode in [(None, "r"), ("modes.txt", 1), ("modes.txt", None)]:
    try:
        open(path, mode)
        print("opened")
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__)
try:
    open("modes\0.txt")
except ValueError:
    print("embedded NUL: ValueError")
