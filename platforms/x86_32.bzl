"""Tests built for 32-bit x86 (-m32, with Debian's g++-multilib) and run on the host.

The parse tree's size is budgeted for 32-bit boards; running its test as 32-bit code measures
that layout for real rather than computing it. The `float` attribute picks how floats are
stored (//objects:float), so that a test can run with a board's word size and float options.
"""

def _x86_32_transition_impl(settings, attr):
    return {
        "//command_line_option:copt": settings["//command_line_option:copt"] + ["-m32"],
        "//command_line_option:linkopt": settings["//command_line_option:linkopt"] + ["-m32"],
        "//objects:float": attr.float or settings["//objects:float"],
    }

_x86_32_transition = transition(
    implementation = _x86_32_transition_impl,
    inputs = [
        "//command_line_option:copt",
        "//command_line_option:linkopt",
        "//objects:float",
    ],
    outputs = [
        "//command_line_option:copt",
        "//command_line_option:linkopt",
        "//objects:float",
    ],
)

def _x86_32_test_impl(ctx):
    binary = ctx.attr.binary[0][DefaultInfo]
    executable = ctx.actions.declare_file(ctx.label.name)
    ctx.actions.run_shell(
        command = 'cp "$1" "$2"',
        arguments = [binary.files_to_run.executable.path, executable.path],
        inputs = [binary.files_to_run.executable],
        outputs = [executable],
        mnemonic = "CopyX86Test",
    )
    runfiles = ctx.runfiles(files = [executable]).merge(binary.default_runfiles)
    return [DefaultInfo(executable = executable, runfiles = runfiles)]

x86_32_test = rule(
    implementation = _x86_32_test_impl,
    doc = "Runs `binary` (a testonly cc_binary, usually a GoogleTest main) built with -m32.",
    test = True,
    attrs = {
        "binary": attr.label(mandatory = True, cfg = _x86_32_transition),
        "float": attr.string(
            doc = "How the binary stores floats (//objects:float); empty keeps the current choice.",
        ),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    },
)
