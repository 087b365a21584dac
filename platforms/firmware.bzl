"""Builds a binary for another platform, with no flags on the command line."""

def _platform_transition_impl(_settings, attr):
    return {"//command_line_option:platforms": str(attr.platform)}

_platform_transition = transition(
    implementation = _platform_transition_impl,
    inputs = [],
    outputs = ["//command_line_option:platforms"],
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
        "platform": attr.label(mandatory = True),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    },
)
