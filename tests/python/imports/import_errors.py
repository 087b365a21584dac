# Failing imports raise ImportError and leave the interpreter usable.
try:
    import no_such_module_anywhere
except ImportError as e:
    print("ImportError")
try:
    from pkg import no_such_name
except ImportError:
    print("ImportError for a missing name")
try:
    import pkg.no_such_submodule
except ImportError:
    print("ImportError for a missing submodule")
import pkg
print(pkg.initialized)
