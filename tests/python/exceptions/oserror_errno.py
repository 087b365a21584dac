# Checks OSError(errno, strerror): errno, strerror, args and the "[Errno n] text" str form.
e = OSError(99, "Cannot assign requested address")
print(e.errno, e.strerror, e.args, str(e), repr(e))
try:
    raise OSError(13, "Permission denied")
except OSError as caught:
    print(caught.errno, caught.strerror, caught)
print(str(OSError()), OSError().errno, OSError().strerror, OSError("a", "b").args, str(OSError("a", "b")))
class DeviceError(OSError):
    pass
d = DeviceError(5, "I/O error")
print(d.errno, d, isinstance(d, OSError), type(d).__name__)
try:
    raise DeviceError(110, "timed out")
except OSError as caught:
    print("caught", caught.errno, caught)
