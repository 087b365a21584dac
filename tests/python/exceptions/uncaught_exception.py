# Checks that an uncaught exception stops the script with exit status 1 after earlier output is printed.
def level3():
    raise ValueError("escapes to the top")
def level2():
    try:
        level3()
    finally:
        print("finally runs before the script dies")
print("start")
for i in range(3):
    print("step", i)
level2()
print("never printed")
