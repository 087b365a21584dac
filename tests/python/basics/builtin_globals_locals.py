# globals() and locals(): the module's own dict at module level, a new dict of
# the bound local variables in a function, the namespace in a class body.
g = globals()
print(g is globals(), locals() is g)
print(g['__name__'])
g['made_through_globals'] = 42
print(made_through_globals)
answer = 1
print(sorted(k for k in globals() if not k.startswith('__')))


def f(a, b=2, *rest, **options):
    c = a + b
    unbound_yet = None
    del unbound_yet
    snapshot = locals()
    snapshot['c'] = 'changed'  # a copy: the variable stays
    return sorted(snapshot), c


print(f(1))


def outer():
    shared = 'cell'

    def inner():
        return locals()

    def uses():
        return shared

    return locals(), inner(), uses()


scope, inner_scope, value = outer()
print(sorted(scope), scope['shared'], inner_scope, value)


def globals_inside():
    return globals() is g


print(globals_inside())


class K:
    x = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
    locals()['y'] = 2


print(K.names, K.y)
print(sorted(k for k in f.__globals__ if k == 'f') if hasattr(f, '__globals__') else ['f'])
