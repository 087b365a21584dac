#!/bin/bash
# tools/bazel's behaviour, with fake system commands: it runs the real Bazel (never Debian's
# launcher, which would call it again) when every package is installed, and when one is
# missing and neither root nor sudo can install it, it says what to install and stops.
set -uo pipefail

wrapper=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/repo/tools"
cp "$wrapper" "$work/repo/tools/bazel"

# A "real Bazel" that reports how it was called.
cat >"$work/bin/fake-bazel" <<'SCRIPT'
#!/bin/bash
echo "bazel called in $PWD with: $*"
SCRIPT
# dpkg-query: every package is installed unless it is named in $MISSING.
cat >"$work/bin/dpkg-query" <<'SCRIPT'
#!/bin/bash
package=${@: -1}
if [[ " ${MISSING:-} " == *" $package "* ]]; then exit 1; fi
echo -n "install ok installed"
SCRIPT
cat >"$work/bin/id" <<'SCRIPT'
#!/bin/bash
echo 1000
SCRIPT
chmod +x "$work/bin/"*

failures=0
check() {  # description, condition
  if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; failures=$((failures + 1)); fi
}

# Everything installed: the wrapper runs BAZEL_REAL from the directory it was called in.
mkdir -p "$work/repo/sub"
output=$(cd "$work/repo/sub" && PATH="$work/bin:/usr/bin:/bin" BAZEL_REAL="$work/bin/fake-bazel" \
  "$work/repo/tools/bazel" test //... 2>&1)
check "runs the real Bazel with the arguments" '[[ $output == *"with: test //..."* ]]'
check "stays in a directory inside the workspace" '[[ $output == *"called in $work/repo/sub "* ]]'

# Called from outside the workspace: it goes to the workspace root.
output=$(cd "$work" && PATH="$work/bin:/usr/bin:/bin" BAZEL_REAL="$work/bin/fake-bazel" \
  "$work/repo/tools/bazel" version 2>&1)
check "goes to the workspace root from outside" '[[ $output == *"called in $work/repo "* ]]'

# A package missing, not root, and no sudo on PATH: a clear message and a failure.
mkdir -p "$work/nosudo"
for tool in bash grep cat mktemp dirname realpath; do ln -sf "$(command -v $tool)" "$work/nosudo/"; done
output=$(cd "$work/repo" && MISSING="googletest" PATH="$work/bin:$work/nosudo" \
  BAZEL_REAL="$work/bin/fake-bazel" "$work/repo/tools/bazel" test //... 2>&1)
status=$?
check "fails when it cannot install" '[[ $status -ne 0 ]]'
check "names the missing package" '[[ $output == *"missing: googletest"* ]]'
check "says how to install it" '[[ $output == *"apt-get install googletest"* ]]'
check "does not run Bazel" '[[ $output != *"bazel called"* ]]'

exit $((failures > 0))
