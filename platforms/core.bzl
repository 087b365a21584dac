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
]
