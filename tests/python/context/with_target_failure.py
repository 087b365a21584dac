# An exception while binding the with target still calls __exit__.
class CM:
    def __init__(self, value, swallow):
        self.value = value
        self.swallow = swallow

    def __enter__(self):
        return self.value

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None)
        return self.swallow


with CM(5, True) as (a, b):
    print("never")
print("after swallowed")
try:
    with CM([1, 2, 3], False) as (a, b):
        print("never")
except ValueError:
    print("ValueError propagated")
with CM((1, 2), False) as (a, b):
    print("bound", a, b)
