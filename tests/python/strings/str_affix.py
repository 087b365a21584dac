# removeprefix and removesuffix.
print("unittest".removeprefix("unit"), "unittest".removeprefix("test"), "unittest".removesuffix("test"))
print(repr("abc".removeprefix("abc")), repr("abc".removesuffix("")), repr("abc".removeprefix("abcd")))
print("éàx".removeprefix("é"), "日本語".removesuffix("語"), "aaa".removeprefix("a"), "aaa".removesuffix("aa"))
try:
    print("abc".removeprefix(1))
except TypeError:
    print("TypeError")
