# Checks floats in small numerical programs: Newton's square root, series for pi and e,
# Horner's rule, the trapezoidal rule and a mean and variance.
def sqrt(a):
    x = a
    for i in range(60):
        x = 0.5 * (x + a / x)
    return x


print(sqrt(2), sqrt(9), sqrt(1e10), sqrt(0.25))
pi = 0.0
sign = 1
for k in range(100000):
    pi += sign * 4 / (2 * k + 1)
    sign = -sign
print(pi)
e = 0.0
term = 1.0
for n in range(1, 20):
    e += term
    term /= n
print(e)
coefficients = [2.0, -3.0, 0.5, 4.0]
def horner(x):
    result = 0.0
    for c in coefficients:
        result = result * x + c
    return result


print([horner(x / 4) for x in range(-4, 5)])
def integrate(f, a, b, n):
    h = (b - a) / n
    total = (f(a) + f(b)) / 2
    for i in range(1, n):
        total += f(a + i * h)
    return total * h


print(integrate(lambda x: x * x, 0, 1, 1000), integrate(lambda x: 1 / x, 1, 2, 1000))
data = [2.5, 3.25, -1.0, 4.75, 0.5, 10.0]
mean = sum(data) / len(data)
variance = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
print(mean, variance, variance ** 0.5)
a, b = 0.0, 1.0
for i in range(80):
    a, b = b, a + b
print(a, b / a)
