#!/bin/sh
# Runs run_rp2040.js (see its header) under the Node.js and rp2040js that //third_party:npm.bzl
# installs, from a runfiles tree: `bazel run //tests/boards/rp2040:run_rp2040 -- IMAGE`, or a
# test that has :run_rp2040 in its data and runs "$(rootpath //tests/boards/rp2040:run_rp2040)".
set -eu
if [ -d "$0.runfiles" ]; then
  runfiles=$0.runfiles
elif [ -n "${RUNFILES_DIR:-}" ]; then
  runfiles=$RUNFILES_DIR
elif [ -n "${TEST_SRCDIR:-}" ]; then
  runfiles=$TEST_SRCDIR
else
  echo "run_rp2040: no runfiles tree; run it through Bazel" >&2
  exit 2
fi
runfiles=$(cd "$runfiles" && pwd)
# `bazel run` starts in the runfiles tree; image paths are the caller's.
if [ -n "${BUILD_WORKING_DIRECTORY:-}" ]; then
  cd "$BUILD_WORKING_DIRECTORY"
fi
exec "$runfiles/rp2040js/node.sh" "$runfiles/micropython_cc/tests/boards/rp2040/run_rp2040.js" "$@"
