# str.splitlines: every line boundary Python knows, keepends by position and keyword.
print("a\nb\r\nc\rd".splitlines(), "a\nb\r\nc\rd".splitlines(True))
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("x\x0by\x0cz\x1cw\x1dv\x1eu".splitlines())
print("x\x85y\u2028z\u2029w".splitlines(), "x\x85y\u2028z".splitlines(True))
print("no breaks".splitlines(), "\r\n\r\n".splitlines(), "\r\r\n".splitlines(True))
print("x\x1fy".splitlines(), "tab\there".splitlines(keepends=False))
print("line 1\nline 2\n".splitlines(0), "a\nb".splitlines(1))
