// The host program: `micropython [options] [-c CODE | -m MODULE | FILE | -]
// [args...]` (see options.h). With no program and a terminal on stdin it is a
// REPL; with stdin piped, it runs stdin as a script (or is a REPL with
// -X repl).
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "compiler/disassembler.h"
#include "hal/board.h"
#include "hal/console.h"
#include "hal/host/repl_console.h"
#include "lexer/reader.h"
#include "modules/time/time_module.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/nlr.h"
#include "objects/state.h"
#include "objects/str.h"
#include "platforms/host/file_system.h"
#include "platforms/host/options.h"
#include "repl/repl.h"
#include "vm/builtin_modules.h"
#include "vm/exec.h"
#include "vm/import.h"
#include "vm/interrupt.h"
#include "vm/runtime.h"

namespace {

using mp::host::Options;
using mp::host::Program;
using mp::objects::Value;

// MicroPython unix's default on 64-bit hosts; a quarter of it on 32-bit ones.
constexpr size_t kDefaultHeapBytes =
    sizeof(void*) >= 8 ? 2 * 1024 * 1024 : 512 * 1024;

// Bytes of stack kept back from Python code, for the C++ that reports a
// RuntimeError.
constexpr size_t kStackReserve = 256 * 1024;

// sys.path after '', unless MICROPYPATH replaces it.
constexpr char kDefaultPath[] =
    ".frozen:~/.micropython/lib:/usr/lib/micropython";

// The modules the host links beside the VM's own: time, as MicroPython's
// unix port has it. Not machine: a PC has no pins or serial ports for it.
constexpr mp::vm::ProgramModule kModules[] = {
    {mp::objects::q::time, &mp::modules::MakeTimeModule},
};

// time.time(): the date, as on MicroPython's unix port.
int64_t WallClockNs() {
  timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  return static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

void Fatal(const char* message) {
  fprintf(stderr, "FATAL: %s\n", message);
  abort();
}

size_t StackLimit() {
  rlimit limit{};
  size_t bytes = 8 * 1024 * 1024;
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY &&
      limit.rlim_cur < bytes) {
    bytes = limit.rlim_cur;
  }
  return bytes > 2 * kStackReserve ? bytes - kStackReserve : bytes / 2;
}

void PrintBytecode(const mp::compiler::RawCode& code) {
  mp::compiler::Disassemble(mp::vm::StdoutPrinter(), code);
}

Value NewStr(const char* text) {
  return mp::objects::NewStr(text, strlen(text));
}

// sys.path: '' (the script's directory, once there is a script), then the
// ':'-separated entries of MICROPYPATH or the default, with a leading "~/"
// meaning $HOME as in MicroPython's unix port.
void SetSysPath() {
  const char* entries = getenv("MICROPYPATH");
  if (entries == nullptr) entries = kDefaultPath;
  const char* home = getenv("HOME");
  mp::objects::List* path = mp::vm::Vm().path;
  path->length = 1;
  for (const char* start = entries;;) {
    const char* end = strchr(start, ':');
    if (end == nullptr) end = start + strlen(start);
    size_t length = static_cast<size_t>(end - start);
    Value entry;
    if (home != nullptr && length >= 2 && start[0] == '~' && start[1] == '/') {
      size_t home_length = strlen(home);
      char* data;
      entry = mp::objects::NewStrUninitialized(home_length + length - 1, &data);
      memcpy(data, home, home_length);
      memcpy(data + home_length, start + 1, length - 1);
    } else {
      entry = mp::objects::NewStr(start, length);
    }
    mp::objects::ListAppend(path, entry);
    if (*end == '\0') break;
    start = end + 1;
  }
}

void SetSysArgv(const Options& options, int argc, char** argv) {
  if (options.argv0 == nullptr) return;
  mp::objects::List* list = mp::vm::Vm().argv;
  mp::objects::ListAppend(list, NewStr(options.argv0));
  for (int i = options.first_argument; i < argc; ++i) {
    mp::objects::ListAppend(list, NewStr(argv[i]));
  }
}

// Compiles and runs source as __main__ (only compiles it with -X
// compile-only), reporting an uncaught exception; returns the exit status.
int RunMain(mp::lexer::Reader& reader, const char* source_name,
            const Options& options) {
  mp::vm::ExecOptions exec_options;
  exec_options.source_name =
      mp::objects::Shared().qstrs.Intern(source_name, strlen(source_name));
  exec_options.input = mp::parser::InputKind::kFile;
  exec_options.optimize = options.optimize;
  if (options.verbose >= 2) exec_options.on_compiled = &PrintBytecode;
  mp::objects::Map* globals = mp::vm::Vm().main_globals;
  // As MicroPython's unix port: also "<stdin>" for -c and stdin.
  globals->Store(Value::FromQstr(mp::objects::q::dunder_file),
                 Value::FromQstr(exec_options.source_name));
  if (!options.compile_only) {
    return mp::vm::RunSource(reader, exec_options, globals);
  }
  mp::objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    mp::compiler::RawCode* code = mp::vm::CompileSource(reader, exec_options);
    if (exec_options.on_compiled != nullptr) exec_options.on_compiled(*code);
    mp::objects::NlrPop(nlr);
    return 0;
  }
  return mp::vm::ReportUncaughtException(nlr.exception);
}

int RunScript(const char* script, const Options& options) {
  FILE* file = fopen(script, "rb");
  char directory[PATH_MAX];
  if (file == nullptr || realpath(script, directory) == nullptr) {
    fprintf(stderr, "micropython: can't open file '%s': [Errno %d] %s\n",
            script, errno, strerror(errno));
    if (file != nullptr) fclose(file);
    return 2;
  }
  // sys.path[0] is the script's directory, made absolute as MicroPython's
  // unix port does.
  *strrchr(directory, '/') = '\0';
  mp::vm::Vm().path->items[0] = NewStr(directory);
  mp::host::FileReader reader(file);
  int status = RunMain(reader, script, options);
  fclose(file);
  return status;
}

int RunModule(const char* name) {
  mp::objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    mp::vm::RunMainModule(
        mp::objects::Shared().qstrs.Intern(name, strlen(name)));
    mp::objects::NlrPop(nlr);
    return 0;
  }
  return mp::vm::ReportUncaughtException(nlr.exception);
}

// SIGINT (Ctrl-C on a terminal): KeyboardInterrupt in the running code.
void OnInterruptSignal(int /*signal*/) { mp::vm::RequestKeyboardInterrupt(); }

void InstallInterruptHandler() {
  struct sigaction action {};
  action.sa_handler = &OnInterruptSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
}

// The REPL, on a terminal or (with -X repl or -i) on whatever stdin is, for
// tools that drive the raw REPL over pipes.
int Repl(const Options& options) {
  mp::hal::host::EnterReplConsole();
  mp::repl::ReplOptions repl_options;
  repl_options.machine = mp::hal::BoardMachine();
  repl_options.on_running = &mp::hal::host::SetReplConsoleRunning;
  if (options.verbose >= 2) repl_options.on_compiled = &PrintBytecode;
  int status = mp::repl::RunRepl(repl_options);
  mp::hal::host::LeaveReplConsole();
  return status;
}

int RunProgram(const Options& options) {
  switch (options.program) {
    case Program::kCode: {
      mp::lexer::BufferReader reader(options.target, strlen(options.target));
      return RunMain(reader, "<stdin>", options);
    }
    case Program::kModule:
      return RunModule(options.target);
    case Program::kScript:
      return RunScript(options.target, options);
    case Program::kStdin:
    case Program::kNone: {
      mp::host::FileReader reader(stdin);
      return RunMain(reader, "<stdin>", options);
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // Under `bazel run`, the program starts in its runfiles: go back to where the
  // user was, so that script paths mean what they say. Only then: a program
  // started by `bazel run` passes the variable on to the ones it starts.
  char cwd[4096];
  const char* directory = getenv("BUILD_WORKING_DIRECTORY");
  if (directory != nullptr && getcwd(cwd, sizeof(cwd)) != nullptr &&
      strstr(cwd, ".runfiles") != nullptr) {
    if (chdir(directory) != 0) perror(directory);
  }
  Options options;
  options.heap_bytes = kDefaultHeapBytes;
  int status = mp::host::ParseOptions(argc, argv, &options);
  if (status >= 0) return status;
  const char* inspect = getenv("MICROPYINSPECT");
  if (inspect != nullptr && inspect[0] != '\0') options.inspect = true;

  void* heap = malloc(options.heap_bytes);
  if (heap == nullptr) {
    fprintf(stderr, "micropython: can't allocate a heap of %zu bytes\n",
            options.heap_bytes);
    return 1;
  }
  mp::objects::InitRuntime(heap, options.heap_bytes, &Fatal);
  mp::objects::SetStackBounds(__builtin_frame_address(0), StackLimit());
  mp::vm::InitVm();
  mp::vm::SetProgramModules(kModules);
  mp::modules::SetWallClock(&WallClockNs);
  InstallInterruptHandler();
  mp::vm::Vm().opt_level = options.optimize;
  mp::vm::Vm().machine = mp::hal::BoardMachine();
  mp::vm::Vm().build = "standard";
  mp::host::InstallHostFileSystem(options.verbose >= 2 ? &PrintBytecode
                                                       : nullptr);
  SetSysPath();
  SetSysArgv(options, argc, argv);

  bool interactive =
      options.program == Program::kNone &&
      (options.force_repl || options.inspect || isatty(STDIN_FILENO));
  if (!interactive) status = RunProgram(options);
  // -i: the REPL after the program, whatever it raised, as CPython's -i.
  if (interactive || options.inspect) status = Repl(options);
  return status;
}
