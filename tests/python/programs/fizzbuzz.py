# Program: classic fizzbuzz from 1 to 100, plus a count of each category.
counts = [0, 0, 0, 0]
for i in range(1, 101):
    if i % 15 == 0:
        print("FizzBuzz")
        counts[3] += 1
    elif i % 3 == 0:
        print("Fizz")
        counts[1] += 1
    elif i % 5 == 0:
        print("Buzz")
        counts[2] += 1
    else:
        print(i)
        counts[0] += 1
print("numbers, fizz, buzz, fizzbuzz:", counts)
def fb(n):
    s = ""
    if n % 3 == 0:
        s += "Fizz"
    if n % 5 == 0:
        s += "Buzz"
    return s or str(n)
line = ""
for i in range(1, 31):
    line += fb(i) + (" " if i < 30 else "")
print(line)
