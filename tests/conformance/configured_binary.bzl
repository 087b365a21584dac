"""A binary rebuilt with other build options, for tests: sanitizers, or how floats are stored."""

_SANITIZER_FLAGS = [
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
    "-fno-omit-frame-pointer",
]

def _configured_transition_impl(settings, attr):
    copts = settings["//command_line_option:copt"]
    linkopts = settings["//command_line_option:linkopt"]
    if attr.sanitize:
        copts = copts + _SANITIZER_FLAGS
        linkopts = linkopts + ["-fsanitize=address,undefined"]
    return {
        "//command_line_option:copt": copts,
        "//command_line_option:linkopt": linkopts,
        "//objects:float": attr.float or settings["//objects:float"],
    }

_configured_transition = transition(
    implementation = _configured_transition_impl,
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

def _configured_binary_impl(ctx):
    binary = ctx.attr.binary[0][DefaultInfo].files_to_run.executable
    out = ctx.actions.declare_file(ctx.label.name)
    ctx.actions.run_shell(
        command = 'cp "$1" "$2"',
        arguments = [binary.path, out.path],
        inputs = [binary],
        outputs = [out],
        mnemonic = "ConfiguredBinary",
    )
    return [DefaultInfo(executable = out, files = depset([out]), runfiles = ctx.runfiles([out]))]

configured_binary = rule(
    implementation = _configured_binary_impl,
    doc = "`binary`, rebuilt with ASan and UBSan (`sanitize`; any report makes it exit " +
          "non-zero) and/or with floats stored as `float` says (//objects:float).",
    executable = True,
    attrs = {
        "binary": attr.label(mandatory = True, cfg = _configured_transition),
        "float": attr.string(
            doc = "How the binary stores floats (//objects:float); empty keeps the current choice.",
        ),
        "sanitize": attr.bool(default = False),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    },
)
