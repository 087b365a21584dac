"""Settings shared by the core libraries (lexer, parser, compiler, gc, objects, vm, modules)."""

# The core never throws and needs no RTTI, on the host as on the boards, so that the host tests
# exercise the same code the firmware runs.
CORE_COPTS = [
    "-fno-exceptions",
    "-fno-rtti",
    "-Wall",
    "-Wextra",
    "-Werror",
    # Type tables are written with designated initializers that leave unused slots out.
    "-Wno-missing-field-initializers",
] + select({
    # A single-precision build must not compute in double by accident (a literal like 0.5,
    # a libm call without its float overload): on a board that links software doubles.
    "//objects:float_single": ["-Wdouble-promotion"],
    "//conditions:default": [],
})
