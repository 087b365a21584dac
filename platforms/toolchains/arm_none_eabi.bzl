"""A cc_toolchain config for Debian's arm-none-eabi gcc (with newlib-nano), one per CPU."""

load("@bazel_tools//tools/build_defs/cc:action_names.bzl", "ACTION_NAMES")
load(
    "@bazel_tools//tools/cpp:cc_toolchain_config_lib.bzl",
    "feature",
    "flag_group",
    "flag_set",
    "tool_path",
)

_GCC_VERSION = "12.2.1"

_COMPILE_ACTIONS = [
    ACTION_NAMES.assemble,
    ACTION_NAMES.preprocess_assemble,
    ACTION_NAMES.c_compile,
    ACTION_NAMES.cpp_compile,
]

_LINK_ACTIONS = [ACTION_NAMES.cpp_link_executable]

def _arm_none_eabi_config_impl(ctx):
    tools = [
        tool_path(name = name, path = "/usr/bin/arm-none-eabi-" + name)
        for name in ["gcc", "ld", "ar", "cpp", "gcov", "nm", "objdump", "objcopy", "strip"]
    ]
    firmware_flags = feature(
        name = "firmware_flags",
        enabled = True,
        flag_sets = [
            flag_set(
                actions = _COMPILE_ACTIONS + _LINK_ACTIONS,
                flag_groups = [flag_group(flags = ctx.attr.cpu_flags)],
            ),
            flag_set(
                actions = _COMPILE_ACTIONS,
                flag_groups = [flag_group(flags = [
                    "-Os",
                    "-g",
                    "-ffunction-sections",
                    "-fdata-sections",
                ])],
            ),
            # The core never throws and needs no RTTI; static locals need no guards on one core.
            flag_set(
                actions = [ACTION_NAMES.cpp_compile],
                flag_groups = [flag_group(flags = [
                    "-fno-exceptions",
                    "-fno-rtti",
                    "-fno-threadsafe-statics",
                    "-fno-use-cxa-atexit",
                ])],
            ),
            flag_set(
                actions = _LINK_ACTIONS,
                flag_groups = [flag_group(flags = [
                    "--specs=nano.specs",
                    "--specs=nosys.specs",
                    "-Wl,--gc-sections",
                ])],
            ),
        ],
    )
    return cc_common.create_cc_toolchain_config_info(
        ctx = ctx,
        toolchain_identifier = "arm-none-eabi-" + ctx.attr.cpu_name,
        host_system_name = "x86_64-linux-gnu",
        target_system_name = "arm-none-eabi",
        target_cpu = ctx.attr.cpu_name,
        target_libc = "newlib",
        compiler = "gcc",
        abi_version = "eabi",
        abi_libc_version = "newlib",
        tool_paths = tools,
        features = [firmware_flags],
        # Debian's arm-none-eabi headers are symlinks into /usr/include/newlib, and the sandbox
        # resolves Abseil's headers to /usr/include/absl; both must count as builtin.
        cxx_builtin_include_directories = [
            "/usr/include/absl",
            "/usr/include/newlib",
            "/usr/lib/arm-none-eabi/include",
            "/usr/lib/gcc/arm-none-eabi/%s/include" % _GCC_VERSION,
            "/usr/lib/gcc/arm-none-eabi/%s/include-fixed" % _GCC_VERSION,
        ],
    )

arm_none_eabi_config = rule(
    implementation = _arm_none_eabi_config_impl,
    attrs = {
        "cpu_flags": attr.string_list(mandatory = True),
        "cpu_name": attr.string(mandatory = True),
    },
    provides = [CcToolchainConfigInfo],
)

def arm_none_eabi_toolchain(name, cpu_name, cpu_flags, cpu_constraint):
    """Defines the config, the cc_toolchain and the toolchain() for one Cortex-M CPU."""
    arm_none_eabi_config(
        name = name + "_config",
        cpu_flags = cpu_flags,
        cpu_name = cpu_name,
    )
    native.cc_toolchain(
        name = name + "_cc_toolchain",
        all_files = ":empty",
        compiler_files = ":empty",
        dwp_files = ":empty",
        linker_files = ":empty",
        objcopy_files = ":empty",
        strip_files = ":empty",
        supports_param_files = 0,
        toolchain_config = ":" + name + "_config",
    )
    native.toolchain(
        name = name,
        target_compatible_with = [
            "@platforms//os:none",
            cpu_constraint,
        ],
        toolchain = ":" + name + "_cc_toolchain",
        toolchain_type = "@bazel_tools//tools/cpp:toolchain_type",
    )
