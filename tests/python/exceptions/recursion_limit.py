# Checks that too deep recursion raises an exception caught as RuntimeError and leaves the interpreter usable.
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print("caught", isinstance(e, RuntimeError), str(e))
def also_down(n):
    return [also_down(n + 1)]
for _ in range(2):
    try:
        also_down(0)
    except RuntimeError:
        print("caught again")
print(sum(range(10)))
