# As in MicroPython, a memoryview slices only with step 1 (a stepped view
# would need strides); CPython makes a strided view. Hence the .exp file.
m = memoryview(b"abcdef")
print(m[::1].tobytes(), m[1:None:None].tobytes())
for step in [2, -1]:
    try:
        m[::step]
    except NotImplementedError:
        print("NotImplementedError")
