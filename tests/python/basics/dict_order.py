# Checks dict insertion order after deletion, re-insertion, value updates and popitem LIFO order.
d = {}
for k in "dbca":
    d[k] = ord(k)
print(list(d))
del d["b"]
d["b"] = 0
print(list(d), list(d.values()))
d["d"] = 1
print(list(d.items()))
d.pop("d")
d["d"] = 2
print(list(d.items()))
order = []
while d:
    order.append(d.popitem())
print(order)
e = {i: i for i in range(20)}
for i in range(0, 20, 2):
    del e[i]
for i in range(0, 20, 4):
    e[i] = -i
print(list(e))
print(list(reversed(e))[:5], list(reversed({})), list(reversed({"p": 1, "q": 2})))
