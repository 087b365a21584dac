# Blocks after many statements: the parser's node stack grows while a class,
# with or try body is parsed, at places that depend on where they fall in the file.
class Manager:
    def __enter__(self):
        return 'entered'

    def __exit__(self, *args):
        print('exit')


v1 = 1
v2 = 2
v3 = 3
class C3:
    x = 3
print(C3.x)
v4 = 4
v5 = 5
try:
    v = 5
finally:
    print('finally', 5)
v6 = 6
class C6:
    x = 6
print(C6.x)
v7 = 7
with Manager() as m:
    print(m, 7)
v8 = 8
v9 = 9
class C9:
    x = 9
print(C9.x)
v10 = 10
try:
    v = 10
finally:
    print('finally', 10)
v11 = 11
try:
    pass
except ValueError:
    pass
else:
    print('else', 11)
v12 = 12
class C12:
    x = 12
print(C12.x)
v13 = 13
v14 = 14
with Manager() as m:
    print(m, 14)
v15 = 15
class C15:
    x = 15
print(C15.x)
try:
    v = 15
finally:
    print('finally', 15)
v16 = 16
v17 = 17
v18 = 18
class C18:
    x = 18
print(C18.x)
v19 = 19
v20 = 20
try:
    v = 20
finally:
    print('finally', 20)
v21 = 21
class C21:
    x = 21
print(C21.x)
with Manager() as m:
    print(m, 21)
v22 = 22
try:
    pass
except ValueError:
    pass
else:
    print('else', 22)
v23 = 23
v24 = 24
class C24:
    x = 24
print(C24.x)
v25 = 25
try:
    v = 25
finally:
    print('finally', 25)
v26 = 26
v27 = 27
class C27:
    x = 27
print(C27.x)
v28 = 28
with Manager() as m:
    print(m, 28)
v29 = 29
v30 = 30
class C30:
    x = 30
print(C30.x)
try:
    v = 30
finally:
    print('finally', 30)
v31 = 31
v32 = 32
v33 = 33
class C33:
    x = 33
print(C33.x)
try:
    pass
except ValueError:
    pass
else:
    print('else', 33)
v34 = 34
v35 = 35
try:
    v = 35
finally:
    print('finally', 35)
with Manager() as m:
    print(m, 35)
v36 = 36
class C36:
    x = 36
print(C36.x)
v37 = 37
v38 = 38
v39 = 39
class C39:
    x = 39
print(C39.x)
v40 = 40
try:
    v = 40
finally:
    print('finally', 40)
v41 = 41
v42 = 42
class C42:
    x = 42
print(C42.x)
with Manager() as m:
    print(m, 42)
v43 = 43
v44 = 44
try:
    pass
except ValueError:
    pass
else:
    print('else', 44)
v45 = 45
class C45:
    x = 45
print(C45.x)
try:
    v = 45
finally:
    print('finally', 45)
v46 = 46
v47 = 47
v48 = 48
class C48:
    x = 48
print(C48.x)
v49 = 49
with Manager() as m:
    print(m, 49)
v50 = 50
try:
    v = 50
finally:
    print('finally', 50)
v51 = 51
class C51:
    x = 51
print(C51.x)
v52 = 52
v53 = 53
v54 = 54
class C54:
    x = 54
print(C54.x)
v55 = 55
try:
    v = 55
finally:
    print('finally', 55)
try:
    pass
except ValueError:
    pass
else:
    print('else', 55)
v56 = 56
with Manager() as m:
    print(m, 56)
v57 = 57
class C57:
    x = 57
print(C57.x)
v58 = 58
v59 = 59
v60 = 60
class C60:
    x = 60
print(C60.x)
try:
    v = 60
finally:
    print('finally', 60)
v61 = 61
v62 = 62
v63 = 63
class C63:
    x = 63
print(C63.x)
with Manager() as m:
    print(m, 63)
v64 = 64
v65 = 65
try:
    v = 65
finally:
    print('finally', 65)
v66 = 66
class C66:
    x = 66
print(C66.x)
try:
    pass
except ValueError:
    pass
else:
    print('else', 66)
v67 = 67
v68 = 68
v69 = 69
class C69:
    x = 69
print(C69.x)
print(sum(globals_value for globals_value in [v1, v2, v69]))
