# Checks exceptions crossing generators: raised inside, thrown in, caught in the generator and finally blocks.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("gen finally")
g = gen()
print(next(g), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")
def failing():
    yield 1
    raise KeyError("inside")
try:
    for x in failing():
        print("got", x)
except KeyError as e:
    print("KeyError", e)
def closing():
    try:
        yield 1
    finally:
        print("cleanup")
c = closing()
next(c)
c.close()
print("closed")
def thrower():
    yield 1
g = thrower()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("propagated", e)
def chained():
    try:
        yield 1
    except ValueError:
        raise RuntimeError("in gen")
g = chained()
next(g)
try:
    g.throw(ValueError)
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
