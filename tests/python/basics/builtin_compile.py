# compile() in its three modes, and running what it returns.
code = compile('1 + 2', '<expr>', 'eval')
print(eval(code), eval(code))
print(exec(code))

code = compile('total = 0\nfor i in range(5):\n    total += i', '<loop>', 'exec')
space = {}
exec(code, space)
print(space['total'])
print(eval(code, {}))  # module code returns None

# 'single' prints the value of expression statements, as a prompt does.
exec(compile('6 * 7', '<single>', 'single'))
exec(compile('None', '<single>', 'single'))
exec(compile('for i in range(2): i\n', '<single>', 'single'))

try:
    compile('1', '<x>', 'bogus')
except ValueError:
    print('ValueError for a bad mode')
try:
    compile('1 +', '<x>', 'eval')
except SyntaxError:
    print('SyntaxError')
try:
    compile('if True:\nprint(1)', '<x>', 'exec')
except IndentationError:
    print('IndentationError')
try:
    exec(compile('1 / 0', '<zero>', 'exec'))
except ZeroDivisionError:
    print('ZeroDivisionError')
