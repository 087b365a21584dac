"""board_tests: the emulator tests of one board's firmware."""

def board_tests(name, image, launcher, launcher_data, platform, machine, timeout_seconds):
    """Two tests: <name>_session_test and <name>_basics_test (see tests/boards/BUILD).

    Args:
      name: the board.
      image: the firmware image the emulator boots.
      launcher: the emulator's command line, with $(rootpath) of its files; the image's path
        is appended.
      launcher_data: the files the launcher needs.
      platform: the board's sys.platform.
      machine: os.uname().machine, which the banner shows too.
      timeout_seconds: how long any one reply may take in this emulator.
    """
    command = ["--launcher"] + launcher + ["$(rootpath %s)" % image, "--"]
    common = dict(
        data = [image] + launcher_data,
        python_version = "PY3",
        deps = [":board_repl"],
        # The emulators take a core each while they run; the two tests of a board run apart.
        tags = ["cpu:2"],
    )
    native.py_test(
        name = name + "_session_test",
        size = "medium",
        srcs = ["board_session_test.py"],
        main = "board_session_test.py",
        args = [
            "--timeout",
            str(timeout_seconds),
            "--platform",
            platform,
            "--machine",
            "'%s'" % machine,
        ] + command + ["$(rootpaths :session_scripts)"],
        **dict(common, data = common["data"] + [":session_scripts"])
    )
    native.py_test(
        name = name + "_basics_test",
        size = "large",
        srcs = ["board_conformance_test.py"],
        main = "board_conformance_test.py",
        args = ["--timeout", str(timeout_seconds)] + command +
               ["$(rootpaths //tests/python:basics_for_boards)"],
        **dict(common, data = common["data"] + ["//tests/python:basics_for_boards"])
    )
