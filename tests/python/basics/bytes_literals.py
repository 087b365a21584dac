# bytes literals: escapes, raw literals, adjacent literals and the repr that
# CPython gives them (quotes chosen by content, \x escapes outside ASCII).
print(b'')
print(b'abc', B'abc', b"abc")
print(b'\x00\x01\x7f\x80\xff')
print(b'\n\r\t\\\a\b\f\v')
print(b'\101\102\0')
print(rb'\n\x00', Rb'\d', bR'raw')
print(b'one' b'two' b"three")
print(b"'", b'"', b'\'"', b"it's")
print(b'''triple
quoted''')
print(len(b'\x00\n'), type(b'').__name__)
for literal in [b'a', b'\x7e', b'\x7f', b' ', b'\x1f']:
    print(repr(literal), str(literal), literal)
