"""Repository rules that wrap Debian-installed packages, so the build never downloads."""

def _system_rules_cc_impl(rctx):
    # Debian's bazel-rules-cc is newer than Bazel 4.2.3's @bazel_tools: two files load
    # use_cpp_toolchain, which 4.2.3 lacks. Copy the package and use the plain toolchain type.
    rctx.execute(["cp", "-r", rctx.attr.path + "/.", "."])
    for f in [
        "cc/private/rules_impl/cc_flags_supplier.bzl",
        "cc/private/rules_impl/compiler_flag.bzl",
    ]:
        text = rctx.read(f)
        text = text.replace(', "use_cpp_toolchain")', ")")
        text = text.replace("use_cpp_toolchain()", '["@bazel_tools//tools/cpp:toolchain_type"]')
        rctx.file(f, text)

system_rules_cc = repository_rule(
    implementation = _system_rules_cc_impl,
    attrs = {"path": attr.string(mandatory = True)},
)

def _system_absl_impl(rctx):
    # Only /usr/include/absl is linked in: exposing all of /usr/include would put the host's
    # libc headers on the include path of firmware builds.
    rctx.symlink("/usr/include/absl", "absl")
    rctx.symlink(Label("//third_party:absl.BUILD"), "BUILD")

system_absl = repository_rule(implementation = _system_absl_impl)

def _offline_coverage_tools_impl(rctx):
    rctx.file(
        "unsupported.sh",
        "#!/bin/sh\necho 'coverage tools are not available offline' >&2\nexit 1\n",
        executable = True,
    )
    rctx.file("BUILD", """
sh_binary(
    name = "coverage_report_generator",
    srcs = ["unsupported.sh"],
    visibility = ["//visibility:public"],
)

sh_binary(
    name = "lcov_merger",
    srcs = ["unsupported.sh"],
    visibility = ["//visibility:public"],
)
""")

offline_coverage_tools = repository_rule(implementation = _offline_coverage_tools_impl)
