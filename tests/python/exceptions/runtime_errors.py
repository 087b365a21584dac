# Checks that the runtime raises the right exception types for common errors (types only, no messages).
def check(label, fn):
    try:
        fn()
        print(label, "no error")
    except ZeroDivisionError as e:
        print(label, type(e), isinstance(e, ArithmeticError))
    except (IndexError, KeyError) as e:
        print(label, type(e), isinstance(e, LookupError))
    except UnboundLocalError as e:
        print(label, type(e), isinstance(e, NameError))
    except Exception as e:
        print(label, type(e))
check("floordiv zero", lambda: 1 // 0)
check("mod zero", lambda: 5 % 0)
check("neg floordiv zero", lambda: -5 // 0)
check("list index", lambda: [1, 2][2])
check("tuple index", lambda: (1,)[-2])
check("str index", lambda: "abc"[3])
check("name", lambda: undefined_name_xyz)
check("str plus int", lambda: "a" + 1)
check("int plus none", lambda: 1 + None)
check("call int", lambda: 5())
check("call none", lambda: None())
check("index int", lambda: 5[0])
check("len int", lambda: len(5))
check("int bad str", lambda: int("x1"))
check("unhashable in", lambda: 3 in 4)
check("neg shift", lambda: 1 << -1)
check("attribute", lambda: (5).nonexistent_attr)
check("compare", lambda: [] < 3)
check("unary", lambda: -"s")
check("invert", lambda: ~None)
check("ok", lambda: 1 + 1)
def unbound():
    if False:
        y = 1
    return y
check("unbound local", unbound)
def pop_empty():
    [].pop()
check("pop empty", pop_empty)
def del_missing():
    lst = [1]
    del lst[5]
check("del index", del_missing)
def assign_tuple():
    t = (1, 2)
    t[0] = 5
check("tuple assign", assign_tuple)
def unpack():
    a, b = [1, 2, 3]
check("unpack", unpack)
def deep(n):
    if n == 0:
        return 1 // n
    return deep(n - 1)
check("deep zero", lambda: deep(10))
try:
    del_name_target = 1
    del del_name_target
    print(del_name_target)
except NameError:
    print("NameError after del")
