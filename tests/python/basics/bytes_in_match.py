# bytes literals in match statements, and bytes and bytearray as class
# patterns that match the subject itself.
def describe(value):
    match value:
        case b"":
            return "empty"
        case b"\x00" | b"\xff":
            return "edge byte"
        case bytes(b"ab"):
            return "ab"
        case bytearray(x):
            return "bytearray of " + str(len(x))
        case bytes(x) if len(x) > 3:
            return "long " + x.decode()
        case [a, b]:
            return "pair"
        case _:
            return "other"


for value in [b"", b"\xff", b"ab", bytearray(b"xyz"), b"longer", b"no", "ab", [1, 2], b"\x01\x02"]:
    print(describe(value))
