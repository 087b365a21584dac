"""Installs npm packages from a checked-in package-lock.json, for tests that run under Node.js.

    npm_install(
        name = "rp2040js",
        package_json = "//tests/boards/rp2040:package.json",
        package_lock = "//tests/boards/rp2040:package-lock.json",
    )

gives @rp2040js//:node_modules (every installed file) and @rp2040js//:node, a script that runs
the Node.js found on PATH when the repository was set up, with NODE_PATH pointing at those
node_modules, so that require("rp2040js") works from any file in any runfiles tree. `npm ci`
installs exactly what the lock file pins (and fails if package.json disagrees with it), with
install scripts off; the npm registry is the only thing it reaches.
"""

def _npm_install_impl(rctx):
    node = rctx.which("node")
    npm = rctx.which("npm")
    if not node or not npm:
        fail("npm_install: node and npm must be on PATH (tools/bazel installs Debian's nodejs " +
             "and npm when they are missing)")
    rctx.file("package.json", rctx.read(rctx.attr.package_json))
    rctx.file("package-lock.json", rctx.read(rctx.attr.package_lock))
    result = rctx.execute(
        [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
        timeout = 600,
        quiet = True,
    )
    if result.return_code != 0:
        fail("npm_install: `npm ci` failed for %s:\n%s%s" %
             (rctx.attr.package_lock, result.stdout, result.stderr))

    # The script finds node_modules beside itself: in this repository, or in a runfiles tree
    # (where $0 is a symlink in a directory that also holds node_modules).
    rctx.file(
        "node.sh",
        """#!/bin/sh
# Written by //third_party:npm.bzl: Node.js with this repository's node_modules.
here=$(dirname "$0")
NODE_PATH="$here/node_modules${NODE_PATH:+:$NODE_PATH}" exec "%s" "$@"
""" % node,
        executable = True,
    )
    rctx.file("BUILD", """# Written by //third_party:npm.bzl from %s.
package(default_visibility = ["//visibility:public"])

filegroup(
    name = "node_modules",
    srcs = glob(["node_modules/**"]),
)

sh_binary(
    name = "node",
    srcs = ["node.sh"],
    data = [":node_modules"],
)
""" % rctx.attr.package_lock)

npm_install = repository_rule(
    implementation = _npm_install_impl,
    attrs = {
        "package_json": attr.label(mandatory = True, allow_single_file = True),
        "package_lock": attr.label(mandatory = True, allow_single_file = True),
    },
    # A different Node.js on PATH means a new install.
    environ = ["PATH"],
)
