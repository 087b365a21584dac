# Checks left-to-right evaluation order of operands, arguments, targets and augmented item assignment.
log = []
def t(v):
    log.append(v)
    return v
t(1) + t(2) * t(3)
print(log)
log = []
[t("a"), t("b")], (t("c"), t("d"))
print(log)
log = []
t("then") if t("cond") else t("else")
print(log)
log = []
t(0) and t("skipped")
t(1) or t("skipped")
print(log)
def kws(a, b, c):
    return a, b, c
log = []
print(kws(t(1), c=t(2), b=t(3)), log)
log = []
lst = [10, 20, 30]
lst[t(1)] += t(5)
print(lst, log)
i = 0
a = [0, 0, 0]
i, a[i] = 2, 9
print(i, a)
log = []
x = [t(0), t(0)]
x[t(0)], x[t(1)] = t("first"), t("second")
print(x, log)
log = []
print(t(1) < t(2) < t(3) < t(0) < t(99), log)
log = []
print(t(2) ** t(3) ** t(2), log)
log = []
print(t("x") * t(2) + t("y"), log)
b = 1
b = b + (b := 10)
print(b)
