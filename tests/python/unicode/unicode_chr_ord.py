# chr and ord across the ranges UTF-8 encodes in 1 to 4 bytes.
for code in [0, 65, 127, 128, 233, 2047, 2048, 10003, 57344, 65535, 65536, 119070, 1114111]:
    c = chr(code)
    print(code, ord(c) == code, len(c), repr(c) if code < 32 or code > 126 else c)
for bad in [-1, 1114112]:
    try:
        chr(bad)
    except ValueError:
        print("ValueError", bad)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError:
        print("TypeError", repr(bad))
