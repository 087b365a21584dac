# Checks default equality (identity), __ne__ derived from __eq__, NotImplemented falling back, and == with other types.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, a == 1, a is a, [a] == [a], [a] == [b])
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Val):
            return NotImplemented
        return self.v == other.v
print(Val(1) == Val(1), Val(1) != Val(1), Val(1) != Val(2), Val(1) == 1, 1 == Val(1), Val(1) != "x")
print(Val(1) in [Val(0), Val(1)], [Val(2)].index(Val(2)), [Val(3), Val(3)].count(Val(3)))
class Other:
    def __eq__(self, other):
        return "always"
print(Val(1) == Other(), Other() == Val(1), Other() != Other())
class NeOnly:
    def __ne__(self, other):
        return False
x = NeOnly()
print(x == x, x == NeOnly(), x != 5)
