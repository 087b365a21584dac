# Checks the message of OSError(errno): MicroPython names the errno ("[Errno 2] ENOENT"),
# where CPython prints "2" or the system's text, so the expected output is in the .exp file.
try:
    open("missing.txt")
except OSError as e:
    print(e)
    print(repr(e.args))
print(str(OSError(17)))
print(str(OSError(9999)))
