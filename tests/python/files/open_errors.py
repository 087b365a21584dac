# Checks the OSError of an open that fails: its errno (CPython raises a subclass of OSError,
# with another message, so only errno and the base type are printed).
def attempt(path, mode):
    try:
        open(path, mode)
        print(path, mode, "opened")
    except OSError as e:
        print(path, mode, isinstance(e, OSError), e.errno, e.args[0])

attempt("missing.txt", "r")
attempt("missing.txt", "rb")
attempt("missing.txt", "r+")
attempt("no_such_dir/new.txt", "w")
open("exists.txt", "w").close()
attempt("exists.txt", "x")
attempt("exists.txt", "xb")
attempt("new.txt", "x")
attempt(".", "r")
f = open("exists.txt", "r")
try:
    f.write("x")
except OSError as e:
    print("write to a read-only file: OSError")
f.close()
f = open("exists.txt", "w")
try:
    f.read()
except OSError as e:
    print("read from a write-only file: OSError")
f.close()
