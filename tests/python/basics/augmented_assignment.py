# Checks variables and every augmented assignment operator on names and list items.
a = 10
a += 5
print(a)
a -= 3
print(a)
a *= 4
print(a)
a //= 5
print(a)
a %= 4
print(a)
a **= 5
print(a)
a <<= 3
print(a)
a >>= 2
print(a)
a &= 0b1111
print(a)
a |= 0b10000
print(a)
a ^= 0b11
print(a)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2, 3]
lst[0] += 10
lst[1] *= 7
lst[-1] -= 5
print(lst)
lst[2] **= 2
lst[0] //= 3
lst[1] %= 4
print(lst)
lst += [9, 8]
print(lst)
alias = lst
alias += [7]
print(lst, alias is lst)
m = [[1, 2], [3, 4]]
m[1][0] += 100
m[0][1] <<= 4
print(m)
t = (1, 2)
t += (3,)
print(t)
counter = 0
for i in range(10):
    counter += i
print(counter)
x = y = z = 7
x += 1
print(x, y, z)
n = -17
n //= 5
print(n)
n = -17
n %= 5
print(n)
