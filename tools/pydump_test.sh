#!/bin/bash
# pydump parses every conformance script: it prints a tree and exits with 0.
set -uo pipefail
pydump=$1
shift
failures=0
for script in "$@"; do
  if ! "$pydump" "$script" >"$TEST_TMPDIR/tree" 2>"$TEST_TMPDIR/errors"; then
    echo "FAIL: $script: $(cat "$TEST_TMPDIR/errors")"
    failures=$((failures + 1))
  elif ! grep -q '^(Module' "$TEST_TMPDIR/tree"; then
    echo "FAIL: $script: no tree printed"
    failures=$((failures + 1))
  fi
done
echo "pydump parsed $(($# - failures)) of $# scripts"
# A file with a syntax error must fail, naming its place.
printf 'x = (1,\n' >"$TEST_TMPDIR/bad.py"
if "$pydump" "$TEST_TMPDIR/bad.py" >/dev/null 2>"$TEST_TMPDIR/errors" ||
    ! grep -q 'bad.py:2:1: SyntaxError: invalid syntax' "$TEST_TMPDIR/errors"; then
  echo "FAIL: a syntax error was not reported: $(cat "$TEST_TMPDIR/errors")"
  failures=$((failures + 1))
fi
exit $((failures > 0))
