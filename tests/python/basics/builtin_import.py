# __import__(name, globals, locals, fromlist, level), the function the import
# statement stands for.
sys = __import__('sys')
import sys as imported
print(sys is imported)
print(__import__('sys', None, None, ['path']) is sys)
print(__import__('sys', fromlist=(), level=0) is sys)
print(__import__(name='sys') is sys)
try:
    __import__('no_such_module_here')
except ImportError:
    print('ImportError')
# CPython says KeyError (no __name__ in the globals), MicroPython ImportError.
try:
    __import__('sys', level=1)
except (ImportError, KeyError):
    print('error for a relative import without a package')
try:
    __import__('')
except ValueError:
    print('ValueError for an empty name')
try:
    __import__('sys', level=-1)
except ValueError:
    print('ValueError for a negative level')
