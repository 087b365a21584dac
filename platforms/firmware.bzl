"""Builds a binary for another platform, with no flags on the command line."""

def _platform_transition_impl(settings, attr):
    return {
        "//command_line_option:platforms": str(attr.platform),
        "//objects:float": attr.float or settings["//objects:float"],
    }

_platform_transition = transition(
    implementation = _platform_transition_impl,
    inputs = ["//objects:float"],
    outputs = [
        "//command_line_option:platforms",
        "//objects:float",
    ],
)

def _firmware_elf_impl(ctx):
    binary = ctx.attr.binary[0][DefaultInfo].files_to_run.executable
    elf = ctx.actions.declare_file(ctx.label.name + ".elf")

    # A copy, not a symlink: tests that read the image get it in their sandbox.
    ctx.actions.run_shell(
        command = 'cp "$1" "$2"',
        arguments = [binary.path, elf.path],
        inputs = [binary],
        outputs = [elf],
        mnemonic = "FirmwareElf",
    )
    return [DefaultInfo(files = depset([elf]), runfiles = ctx.runfiles(files = [elf]))]

firmware_elf = rule(
    implementation = _firmware_elf_impl,
    doc = "The ELF of `binary`, built for `platform` (its CPU's toolchain is picked by resolution).",
    attrs = {
        "binary": attr.label(mandatory = True, cfg = _platform_transition),
        "float": attr.string(
            doc = "How the binary stores floats (//objects:float, see objects/config.h); " +
                  "empty keeps the command line's choice.",
        ),
        "platform": attr.label(mandatory = True),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    },
)
