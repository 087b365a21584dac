# Checks raising one exception instance several times: it is the same object each time and keeps its args.
err = ValueError("again")
for i in range(3):
    try:
        raise err
    except ValueError as caught:
        print(i, caught is err, caught.args)
saved = []
for n in (1, 0, 2):
    try:
        1 // n
    except ZeroDivisionError as e:
        saved.append(e)
print(len(saved), type(saved[0]).__name__)
try:
    raise saved[0]
except ArithmeticError as e:
    print("re-raised", e is saved[0])
