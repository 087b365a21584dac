# eval() and exec() with strings and code objects, in the caller's
# namespaces or in dicts given to them.
x = 10
print(eval('x + 1'))
print(eval('  x * 2'))  # leading blanks are ignored by eval
print(eval('[i * x for i in range(3)]'))
print(eval('y', {'y': 5}))
print(eval('a + b', {'a': 1}, {'b': 2}))
print(eval('(lambda n: n + x)(1)'))

exec('x = 20')
print(x)
exec('w = 1\nw += 1')
print(w)

namespace = {}
exec('def double(n):\n    return n * 2\nvalue = double(21)', namespace)
print(namespace['value'], namespace['double'](4))
# A function made by exec looks its globals up in the dict it was made in.
namespace['factor'] = 3
exec('def triple(n):\n    return n * factor', namespace)
print(namespace['triple'](5))

# Separate locals: assignments go there, reads fall back to globals.
glob = {'g': 1}
loc = {}
exec('l = g + 1', glob, loc)
print(loc['l'], 'l' in glob)
print(eval('g + l', glob, loc))

# Locals only: the caller's globals stay in use.
print(eval('x + extra', None, {'extra': 5}))


def in_function():
    local = 7
    # eval sees a snapshot of the function's locals
    print(eval('local * 2'))
    exec('local = 99')
    print(local)


in_function()


class Body:
    a = 4
    b = eval('a + 1')


print(Body.b)

print(exec('1 + 1'))
for bad in ['1 +', 'def', '(']:
    try:
        exec(bad)
    except SyntaxError:
        print('SyntaxError', repr(bad))
try:
    eval('x = 1')
except SyntaxError:
    print('SyntaxError for a statement in eval')
try:
    eval('undefined_name')
except NameError:
    print('NameError')
try:
    eval(42)
except TypeError:
    print('TypeError for a non-string')
try:
    exec('pass', [])
except TypeError:
    print('TypeError for non-dict globals')
