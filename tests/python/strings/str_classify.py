# isdigit, isdecimal, isalpha, isalnum, isspace, isupper, islower, istitle, isascii, isprintable.
tests = ["", "abc", "ABC", "Abc", "123", "abc123", "a b", " ", "\t\n", "Hello World", "Hello world",
         "hello World", "HELLO 123", "hello 123", "1a", "-1", "3.5", "_", "A1 B2", "Aa Bb", "aA", "'Tis", "123ABC"]
for s in tests:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isascii(), s.isprintable())
for c in range(128):
    ch = chr(c)
    print(c, ch.isdigit(), ch.isalpha(), ch.isalnum(), ch.isspace(), ch.isupper(), ch.islower(), ch.isprintable())
