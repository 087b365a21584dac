# Checks single, double and triple quoted literals, raw strings and adjacent literal concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it"s', "it's", '''both ' and "''', """both ' and " again""")
print("""line one
line two
  line three indented""")
print('''a
b''')
print("adjacent" ' literals' """ joined""")
s = ("part one, "
     "part two, "
     'part three')
print(s)
print(r"raw \n stays", r'C:\path\to\file', r"\t\x41\\")
print(len(r"\n"), len("\n"), len(r"\\"), len("\\"))
print(R"upper R \d", r'quote \' inside', r"dq \" inside")
print("", '', """""", len(""), len(''''''))
print("""ends with quote\"""", '''ends '\'''')
long = "abc" \
    "def"
print(long)
print("tab\there", 'x' "y" r'\z')
print(type("x"), type(r"x"), type("""x"""))
