"""conformance_test: compares a directory's scripts between our interpreter and CPython."""

def conformance_test(
        name,
        srcs,
        expected = [],
        data = [],
        micropython = "//platforms/host:micropython",
        heapsize = None,
        **kwargs):
    """One test that runs every script in srcs; see tests/conformance/runner.py.

    Args:
      name: the test's name.
      srcs: the Python scripts.
      expected: .exp files, for scripts whose expected output is not CPython's.
      data: other files the scripts read (modules they import).
      heapsize: run with -X heapsize=HEAPSIZE, where ending in MemoryError passes.
      micropython: the interpreter under test.
      **kwargs: passed to py_test.
    """
    native.py_test(
        name = name,
        srcs = ["//tests/conformance:runner.py"],
        main = "//tests/conformance:runner.py",
        args = ["--micropython", "$(rootpath %s)" % micropython] +
               (["--heapsize", heapsize] if heapsize else []) +
               ["$(rootpath %s)" % src for src in srcs],
        data = srcs + expected + data + [micropython],
        python_version = "PY3",
        **kwargs
    )
