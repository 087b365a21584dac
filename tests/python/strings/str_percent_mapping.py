# % with a mapping: %(key) conversions, keys with parentheses, flags after the key.
d = {"name": "Ann", "n": 42, "x": 255, "paren(s)": "p", "": "empty"}
print("%(name)s is %(n)d" % d, "%(n)05d|%(n)-5d|%(x)#x" % d, "%(name)r" % d)
print("%(paren(s))s" % d, "%()s" % d, "%(name)s %(name)s" % d)
print("%(a)s %(b)s" % {"a": 1, "b": 2, "c": 3}, "%s" % d == str(d), "100%% %(n)d" % d)
for fmt, arg in [("%(missing)s", d), ("%(name)s", ("Ann",)), ("%(name)s", 5), ("%(name", d), ("%(name)s %s", d), ("%(n)*d", {"n": 3})]:
    try:
        print(fmt % arg)
    except KeyError as e:
        print("KeyError", e)
    except Exception as e:
        print(type(e).__name__)
