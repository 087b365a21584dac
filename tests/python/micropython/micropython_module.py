# The micropython module exists only in MicroPython, so
# micropython_module.exp holds the expected output.
import micropython
import gc

print(micropython.const(123))

# opt_level 1 and up compile assert statements away.
print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
exec('assert False')
print('assert compiled away')
micropython.opt_level(0)
try:
    exec('assert False')
except AssertionError:
    print('AssertionError')

# While the heap is locked, allocating raises MemoryError.
micropython.heap_lock()
try:
    [1, 2, 3]
except MemoryError:
    print('MemoryError while locked')
print(micropython.heap_unlock())
print([1, 2, 3])

micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_locked())
print(micropython.heap_unlock())
print(micropython.heap_unlock())
print(micropython.heap_unlock())

# Finalisers wait while the heap is locked.
log = []


class Tracked:
    def __del__(self):
        log.append('finalised')


def make():
    Tracked()


def call():
    pass


make()
micropython.heap_lock()
gc.collect()
call()
micropython.heap_unlock()
print(log)
call()
print(log)

print(micropython.stack_use() > 0)
print(micropython.alloc_emergency_exception_buf(256))
print(micropython.kbd_intr(-1), micropython.kbd_intr(3))
