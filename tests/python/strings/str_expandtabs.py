# expandtabs: default tab size, columns reset at line breaks, sizes zero and negative, keyword.
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)))
print(repr("\t".expandtabs(0)), repr("a\tb".expandtabs(-1)), repr("a\tb".expandtabs(tabsize=2)))
print(repr("ab\ncd\tx\r\ty".expandtabs(4)), repr("é\tx".expandtabs(4)), repr("".expandtabs()))
print(repr("12345678\t|".expandtabs()), repr("\t\t".expandtabs(3)))
