# Checks that every I/O operation on a closed file raises ValueError (CPython words it with a
# trailing period, MicroPython without: only the type is printed).
f = open("closed.txt", "w")
f.write("text\n")
f.close()
f.close()
operations = [
    ("read", lambda: f.read()),
    ("read(1)", lambda: f.read(1)),
    ("readline", lambda: f.readline()),
    ("readlines", lambda: f.readlines()),
    ("write", lambda: f.write("x")),
    ("seek", lambda: f.seek(0)),
    ("tell", lambda: f.tell()),
    ("flush", lambda: f.flush()),
    ("next", lambda: next(f)),
]
for name, operation in operations:
    try:
        operation()
        print(name, "worked")
    except ValueError:
        print(name, "ValueError")
b = open("closed.txt", "rb")
b.close()
try:
    b.readinto(bytearray(2))
except ValueError:
    print("readinto ValueError")
