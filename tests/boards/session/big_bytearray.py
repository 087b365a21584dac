# bytearray(n) and bytes(n) take n bytes of the heap, not 2n: more than half of what is
# free can be had in one piece. gc.mem_free() is MicroPython's, hence the .exp file.
import gc

gc.collect()
n = gc.mem_free() * 3 // 5
b = bytearray(n)
print(len(b) == n, b[0], b[-1])
b = None
gc.collect()
b = bytes(n)
print(len(b) == n, b[n // 2])
b = None
