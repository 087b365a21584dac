# input() writes its prompt and reads a line; the tests run with no input, so
# it raises EOFError.
try:
    input('prompt> ')
except EOFError:
    print('EOFError')
try:
    input()
except EOFError:
    print('EOFError again')
