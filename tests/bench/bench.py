"""Times the benchmark programs with our interpreter and with CPython, in the same run.

    bazel run //tests/bench                       # every program, best of 5 runs each
    bazel run //tests/bench -- --repeat 9 fannkuch nbody
    bazel run //tests/bench -- --check --machine 50,128

Each program in programs/ keeps the shape of MicroPython's benchmark harness: `bm_params`
maps (CPU MHz, heap KiB) to the program's parameters and `bm_setup(params)` returns
`(run, result)`. Run as a script, a program takes its parameters as integers on the command
line and prints `result()`, which ends in a checksum of the work. This harness reads the
parameters for --machine from the program's own `bm_params` (the default, (1000, 2048), is a
host: about 1 GHz, and the 2 MiB heap of our host program), runs each program with each
interpreter --repeat times (interleaved, so that both see the same load), and keeps the
best wall time of each. It prints a Markdown table: the two times, their ratio CPython/ours
(above 1 means we are faster), and the geometric mean of the ratios. A program whose output
differs between the two interpreters counts as a failure and is left out of the mean.

With --check, each program runs once with each interpreter and only the outputs are
compared; `bazel test //tests/bench:bench_test` does this at the smallest machine's size.
"""

import argparse
import ast
import datetime
import math
import os
import platform
import shutil
import subprocess
import sys
import time

PROGRAMS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
TIMEOUT_SECONDS = 120


def program_names():
    # Bazel puts an empty __init__.py beside the programs in runfiles.
    return sorted(name[:-3] for name in os.listdir(PROGRAMS_DIR)
                  if name.endswith(".py") and not name.startswith("_"))


def read_params(name, machine):
    """The program's bm_params[machine], read from its source without running it."""
    path = os.path.join(PROGRAMS_DIR, name + ".py")
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and getattr(node.targets[0], "id", None) == "bm_params"):
            params = ast.literal_eval(node.value)
            if machine not in params:
                raise SystemExit("%s has no bm_params for %s; it has %s" %
                                 (path, machine, sorted(params)))
            return params[machine]
    raise SystemExit("%s has no bm_params" % path)


def find_python3():
    """python3 from PATH, as the executable itself: a wrapper such as pyenv's shim would
    add its own start-up time to every run."""
    found = shutil.which("python3")
    if found is None:
        return sys.executable
    return subprocess.run([found, "-c", "import sys; print(sys.executable)"],
                          stdout=subprocess.PIPE, check=True, text=True).stdout.strip()


# Under `bazel run` this variable reaches the programs we start, and our interpreter would
# take it as its own and move there, away from the programs.
PROGRAM_ENVIRONMENT = {key: value for key, value in os.environ.items()
                       if key != "BUILD_WORKING_DIRECTORY"}


def run_once(command):
    """Returns (wall seconds, exit status, stdout, stderr)."""
    start = time.perf_counter()
    try:
        completed = subprocess.run(command, cwd=PROGRAMS_DIR, env=PROGRAM_ENVIRONMENT,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return TIMEOUT_SECONDS, None, b"", b"timed out after %d s" % TIMEOUT_SECONDS
    return (time.perf_counter() - start, completed.returncode, completed.stdout,
            completed.stderr)


def describe_failure(name, ours, theirs):
    lines = ["%s: our output differs from CPython's" % name,
             "  ours (exit %s): %r" % (ours[1], ours[2].decode("utf-8", "replace")),
             "  CPython (exit %s): %r" % (theirs[1], theirs[2].decode("utf-8", "replace"))]
    if ours[3]:
        lines.append("  our stderr:\n    " +
                     ours[3].decode("utf-8", "replace").strip().replace("\n", "\n    "))
    return "\n".join(lines)


def compare(name, ours, theirs):
    """None when both runs succeeded with the same output, else a description."""
    if ours[1] == 0 and theirs[1] == 0 and ours[2] == theirs[2]:
        return None
    return describe_failure(name, ours, theirs)


def program_command(interpreter, name, params):
    return interpreter + [name + ".py"] + [str(p) for p in params]


def check(names, machine, ours, python):
    print("ours: %s; CPython: %s" % (" ".join(ours), python))
    failures = 0
    for name in names:
        params = read_params(name, machine)
        problem = compare(name, run_once(program_command(ours, name, params)),
                          run_once(program_command([python], name, params)))
        print("%s %s %s" % ("FAIL" if problem else "PASS", name, params))
        if problem:
            failures += 1
            print(problem)
    print("%d passed, %d failed" % (len(names) - failures, failures))
    return 1 if failures else 0


def host_description():
    cpu = platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = "%s (%s)" % (line.split(":", 1)[1].strip(), platform.machine())
                    break
    except OSError:
        pass
    return "%s, %d cores, Linux %s" % (cpu, os.cpu_count() or 0, platform.release())


def benchmark(names, machine, repeat, ours, python):
    version = subprocess.run([python, "--version"], stdout=subprocess.PIPE, text=True,
                             check=True).stdout.strip()
    print("%s; ours: %s; %s: %s" % (datetime.date.today().isoformat(),
                                    " ".join([os.path.relpath(ours[0])] + ours[1:]), version,
                                    python))
    print("host: %s; best wall time of %d runs each, sizes for machine %s" %
          (host_description(), repeat, machine))
    print()
    print("| program | ours (s) | CPython (s) | CPython / ours |")
    print("|---|---:|---:|---:|")
    ratios = []
    problems = []
    for name in names:
        params = read_params(name, machine)
        best_ours = best_theirs = None
        problem = None
        for _ in range(repeat):
            ours_run = run_once(program_command(ours, name, params))
            theirs_run = run_once(program_command([python], name, params))
            problem = compare(name, ours_run, theirs_run)
            if problem:
                break
            best_ours = min(ours_run[0], best_ours or ours_run[0])
            best_theirs = min(theirs_run[0], best_theirs or theirs_run[0])
        if problem:
            problems.append(problem)
            print("| %s | failed | | |" % name, flush=True)
            continue
        ratios.append(best_theirs / best_ours)
        print("| %s | %.3f | %.3f | %.2f |" % (name, best_ours, best_theirs, ratios[-1]),
              flush=True)
    if ratios:
        mean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("| geometric mean (%d programs) | | | %.2f |" % (len(ratios), mean))
    for problem in problems:
        print()
        print(problem)
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--micropython", required=True, help="our interpreter")
    parser.add_argument("--python", help="CPython (default: python3 from PATH)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each program")
    parser.add_argument("--machine", default="1000,2048",
                        help="the bm_params key: CPU MHz,heap KiB (default 1000,2048)")
    parser.add_argument("--heapsize", help="run our interpreter with -X heapsize=HEAPSIZE")
    parser.add_argument("--check", action="store_true",
                        help="only compare outputs, running each program once")
    parser.add_argument("programs", nargs="*", help="programs to run (default: all)")
    args = parser.parse_args()
    names = args.programs or program_names()
    unknown = sorted(set(names) - set(program_names()))
    if unknown:
        parser.error("no such program: %s" % ", ".join(unknown))
    machine = tuple(int(part) for part in args.machine.split(","))
    ours = [os.path.abspath(args.micropython)]
    if args.heapsize:
        ours += ["-X", "heapsize=" + args.heapsize]
    python = args.python or find_python3()
    if args.check:
        return check(names, machine, ours, python)
    return benchmark(names, machine, args.repeat, ours, python)


if __name__ == "__main__":
    sys.exit(main())
