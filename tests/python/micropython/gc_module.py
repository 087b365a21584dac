# The gc module's MicroPython functions (mem_free, mem_alloc, threshold) do
# not exist in CPython, so gc_module.exp holds the expected output.
import gc

print(gc.collect())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
# Allocation still works while there is room.
data = [i for i in range(100)]
print(len(data))
gc.enable()
print(gc.isenabled())

# Read together: storing a new global in between could grow the globals dict.
free, used = gc.mem_free(), gc.mem_alloc()
print(type(free).__name__, type(used).__name__, free > 0, used > 0)
gc.collect()
print(gc.mem_free() + gc.mem_alloc() == free + used)

# Garbage is given back by a collection.
junk = [str(i) for i in range(50)]
with_junk = gc.mem_free()
junk = None
gc.collect()
print(gc.mem_free() > with_junk)

print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())

# With a threshold, allocating collects on its own: the finaliser of an
# instance dropped earlier runs at the next function call after that.
log = []


class Tracked:
    def __del__(self):
        log.append('finalised')


def make():
    Tracked()


def call():
    pass


gc.collect()
make()
gc.threshold(2048)
for i in range(200):
    x = [i] * 8
call()
gc.threshold(-1)
print(log)

try:
    gc.threshold('x')
except TypeError:
    print('TypeError')
