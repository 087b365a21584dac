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

_OBJCOPY = "/usr/bin/arm-none-eabi-objcopy"

def _copy_elf(ctx):
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
    return elf

def _objcopy(ctx, elf, extension, output_format):
    image = ctx.actions.declare_file(ctx.label.name + "." + extension)
    ctx.actions.run(
        executable = _OBJCOPY,
        arguments = ["-O", output_format, elf.path, image.path],
        inputs = [elf],
        outputs = [image],
        mnemonic = "FirmwareImage",
        progress_message = "Writing %s" % image.short_path,
    )
    return image

def _firmware_impl(ctx):
    elf = _copy_elf(ctx)
    images = [elf]
    groups = {"elf": depset([elf])}
    if "bin" in ctx.attr.formats or "uf2" in ctx.attr.formats:
        flat = _objcopy(ctx, elf, "bin", "binary")
        if "bin" in ctx.attr.formats:
            images.append(flat)
            groups["bin"] = depset([flat])
    if "hex" in ctx.attr.formats:
        images.append(_objcopy(ctx, elf, "hex", "ihex"))
        groups["hex"] = depset([images[-1]])
    if "uf2" in ctx.attr.formats:
        uf2 = ctx.actions.declare_file(ctx.label.name + ".uf2")
        ctx.actions.run(
            executable = ctx.executable._bin_to_uf2,
            arguments = [
                "--base",
                ctx.attr.flash_base,
                "--family",
                ctx.attr.uf2_family,
                flat.path,
                uf2.path,
            ],
            inputs = [flat],
            outputs = [uf2],
            # The py_binary's stub finds its Python on PATH, as the tests' do.
            use_default_shell_env = True,
            mnemonic = "FirmwareUf2",
            progress_message = "Writing %s" % uf2.short_path,
        )
        images.append(uf2)
        groups["uf2"] = depset([uf2])
    return [
        DefaultInfo(files = depset(images), runfiles = ctx.runfiles(files = images)),
        # One group per format, for tests that take one image (filegroup's output_group).
        OutputGroupInfo(**groups),
    ]

firmware = rule(
    implementation = _firmware_impl,
    doc = "A board's images: `binary` built for the board's `platform`, as an ELF and in " +
          "the formats the board's flashing tools take.",
    attrs = {
        "binary": attr.label(mandatory = True, cfg = _platform_transition),
        "flash_base": attr.string(
            default = "0x10000000",
            doc = "Where the image starts in flash (for the UF2's block addresses).",
        ),
        "float": attr.string(
            doc = "How the binary stores floats (//objects:float, see objects/config.h); " +
                  "empty keeps the command line's choice.",
        ),
        "formats": attr.string_list(
            doc = "Besides the ELF: any of bin (raw flash image), hex (Intel HEX), uf2; " +
                  "none for the ELF alone.",
        ),
        "platform": attr.label(mandatory = True),
        "uf2_family": attr.string(
            default = "0xe48bff56",
            doc = "The UF2 family id of the chip (0xe48bff56 is the RP2040's).",
        ),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
        "_bin_to_uf2": attr.label(
            default = "//tools/uf2:bin_to_uf2",
            cfg = "exec",
            executable = True,
        ),
    },
)
