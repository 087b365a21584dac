# str.partition and str.rpartition: found, not found, at the ends, several occurrences.
for s in ["key=value", "key=", "=value", "novalue", "a=b=c", "", "é=日本=x"]:
    print(s.partition("="), s.rpartition("="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "abc".partition("abc"))
for bad in ["", 1, None]:
    try:
        print("abc".partition(bad))
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")
