"""A binary rebuilt with AddressSanitizer and UndefinedBehaviorSanitizer, for tests."""

_SANITIZER_FLAGS = [
    "-fsanitize=address,undefined",
    "-fno-sanitize-recover=all",
    "-fno-omit-frame-pointer",
]

def _sanitize_transition_impl(settings, _attr):
    return {
        "//command_line_option:copt": settings["//command_line_option:copt"] + _SANITIZER_FLAGS,
        "//command_line_option:linkopt": settings["//command_line_option:linkopt"] +
                                         ["-fsanitize=address,undefined"],
    }

_sanitize_transition = transition(
    implementation = _sanitize_transition_impl,
    inputs = ["//command_line_option:copt", "//command_line_option:linkopt"],
    outputs = ["//command_line_option:copt", "//command_line_option:linkopt"],
)

def _sanitized_binary_impl(ctx):
    binary = ctx.attr.binary[0][DefaultInfo].files_to_run.executable
    out = ctx.actions.declare_file(ctx.label.name)
    ctx.actions.run_shell(
        command = 'cp "$1" "$2"',
        arguments = [binary.path, out.path],
        inputs = [binary],
        outputs = [out],
        mnemonic = "SanitizedBinary",
    )
    return [DefaultInfo(executable = out, files = depset([out]), runfiles = ctx.runfiles([out]))]

sanitized_binary = rule(
    implementation = _sanitized_binary_impl,
    doc = "`binary`, built with ASan and UBSan; any report makes it exit non-zero.",
    executable = True,
    attrs = {
        "binary": attr.label(mandatory = True, cfg = _sanitize_transition),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    },
)
