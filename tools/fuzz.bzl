"""libFuzzer targets, built with Debian's clang, and a smoke test that runs them."""

_CLANG_FLAGS = [
    "-std=c++20",
    "-O1",
    "-g",
    "-fsanitize=fuzzer,address,undefined",
    "-fno-sanitize-recover=all",
    "-I.",
]

def clang_fuzzer(name, srcs, seeds, seconds = 10, size = "small"):
    """A fuzzer built from srcs (sources and headers) and its smoke test.

    Bazel's host toolchain is gcc, and libFuzzer comes with clang
    (libclang-rt-14-dev), so the fuzzer is built by a genrule.

    Args:
      name: the fuzzer; the smoke test is name + "_smoke_test".
      srcs: all sources and headers it is built from.
      seeds: files for the seed corpus.
      seconds: how long the smoke test fuzzes.
      size: the smoke test's size.
    """
    native.genrule(
        name = name,
        srcs = srcs,
        outs = [name + ".bin"],
        cmd = " ".join([
            "sources=;",
            "for f in $(SRCS); do case $$f in *.cc) sources=\"$$sources $$f\";; esac; done;",
            "/usr/bin/clang++",
        ] + _CLANG_FLAGS + ["$$sources -o $@"]),
        testonly = True,
    )
    native.sh_test(
        name = name + "_smoke_test",
        size = size,
        srcs = ["//tools:fuzz_smoke_test.sh"],
        args = ["$(rootpath :%s)" % name, str(seconds)] +
               ["$(rootpaths %s)" % seed for seed in seeds],
        data = [":" + name] + seeds,
    )
