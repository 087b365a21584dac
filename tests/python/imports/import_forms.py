# import in every form: plain, dotted, as, from, relative (inside the
# package), star, and sys.modules caching.
import sys
import pkg
import pkg.sub.deep
import pkg.sub.deep as deep_alias
from pkg import helpers, twice
from pkg.helpers import double as dbl, public
from pkg.sub import deep

print(pkg.initialized, pkg.twice(4), helpers.double(5), twice(6))
print(pkg.sub.deep.value, deep_alias.value, deep.seen_from_deep)
print(dbl(7), public, deep is deep_alias, pkg.sub.deep is deep)
print("pkg" in sys.modules, sys.modules["pkg.helpers"] is helpers)
print(type(pkg).__name__, pkg.__name__, deep.__name__)

from pkg.starred import *
print(exported)
try:
    not_exported
except NameError:
    print("not exported")

from pkg.helpers import *
print(public)
try:
    _private
except NameError:
    print("private names stay out")


def inside():
    import pkg.helpers as h
    from pkg import twice as t
    return h.double(1) + t(1)


print(inside())
