# Source nested deeper than a board's 32 KiB C stack allows is a RuntimeError, as in
# MicroPython (whose compiler checks the stack), and the board goes on; CPython parses and
# compiles these, hence the .exp file. (Nested lambdas are left out: each is a scope, and the
# heap of some boards runs out before the stack does, which is a MemoryError.)
import gc

for start, piece, depth, end in [
    ("", "-", 3000, "1"),
    ("", "not ", 2000, "1"),
    ("", "a if b else ", 1000, "c"),
    ("x", "[0]", 2000, ""),
    ("1", "+1", 2000, ""),
]:
    gc.collect()
    try:
        eval(start + piece * depth + end)
        print("evaluated")
    except RuntimeError as e:
        print(type(e).__name__, e)
print(eval("-" * 20 + "1"), eval("(" * 20 + "2" + ")" * 20))
