# Checks that an uncaught runtime error (1 // 0) exits with status 1 and keeps prior stdout.
total = 0
for i in range(5):
    total += i
    print("total", total)
try:
    print(1 // 0)
except ZeroDivisionError:
    print("first division caught")
print("about to divide by zero outside try")
print(total // (total - 10))
print("never printed")
