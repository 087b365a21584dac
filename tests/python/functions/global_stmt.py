# Checks the global statement, reading globals from functions, and local shadowing.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter, bump(), counter)
name = "module"
def read_global():
    return name
def shadow():
    name = "local"
    return name
print(read_global(), shadow(), name)
def create_global():
    global created
    created = "made inside function"
create_global()
print(created)
def modify_list():
    items.append(len(items))
items = []
modify_list()
modify_list()
print(items)
def nested_global():
    def inner():
        global counter
        counter = 1000
    inner()
nested_global()
print(counter)
total = 0
def add_all(*vals):
    global total
    for v in vals:
        total += v
add_all(1, 2, 3)
add_all(10)
print(total)
def reassign_then_read():
    global name
    name = "changed"
    return name
print(reassign_then_read(), name)
x = 5
def read_before_local():
    try:
        print(x)
        x = 6
    except UnboundLocalError:
        print("UnboundLocalError")
    except NameError:
        print("NameError")
read_before_local()
print(x)
