// The host program: `micropython [options] [-c CODE | script.py | -]`. With no
// script and a terminal on stdin it is a REPL; with stdin piped, it runs stdin
// as a script (or is a REPL with -X repl).
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compiler/disassembler.h"
#include "hal/console.h"
#include "hal/host/repl_console.h"
#include "lexer/reader.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/nlr.h"
#include "objects/state.h"
#include "objects/str.h"
#include "repl/repl.h"
#include "vm/exec.h"
#include "vm/import.h"
#include "vm/interrupt.h"
#include "vm/runtime.h"

namespace {

using mp::objects::Value;

// MicroPython unix's default on 64-bit hosts; a quarter of it on 32-bit ones.
constexpr size_t kDefaultHeapBytes =
    sizeof(void*) >= 8 ? 2 * 1024 * 1024 : 512 * 1024;

// Bytes of stack kept back from Python code, for the C++ that reports a
// RuntimeError.
constexpr size_t kStackReserve = 256 * 1024;

class FileReader final : public mp::lexer::Reader {
 public:
  explicit FileReader(FILE* file) : file_(file) {}
  int NextByte() override {
    if (next_ == end_) {
      size_t n = fread(buffer_, 1, sizeof(buffer_), file_);
      if (n == 0) return kEnd;
      next_ = buffer_;
      end_ = buffer_ + n;
    }
    return static_cast<unsigned char>(*next_++);
  }

 private:
  FILE* file_;
  char buffer_[4096];
  const char* next_ = buffer_;
  const char* end_ = buffer_;
};

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

// How many times -v was given; from 2 on, code is disassembled before it runs.
int verbose = 0;

void PrintBytecode(const mp::compiler::RawCode& code) {
  mp::compiler::Disassemble(mp::vm::StdoutPrinter(), code);
}

// Runs source, reporting an uncaught exception; returns the exit code.
int Run(mp::lexer::Reader& reader, const char* source_name,
        mp::parser::InputKind input, int optimize) {
  mp::vm::ExecOptions options;
  options.source_name =
      mp::objects::Shared().qstrs.Intern(source_name, strlen(source_name));
  options.input = input;
  options.optimize = optimize;
  if (verbose >= 2) options.on_compiled = &PrintBytecode;
  return mp::vm::RunSource(reader, options, mp::vm::Vm().main_globals);
}

// import's view of the host's file system.
mp::vm::ImportFileSystem::Kind StatPath(const char* path) {
  struct stat info {};
  if (stat(path, &info) != 0) return mp::vm::ImportFileSystem::kNone;
  if (S_ISDIR(info.st_mode)) return mp::vm::ImportFileSystem::kDirectory;
  return S_ISREG(info.st_mode) ? mp::vm::ImportFileSystem::kFile
                               : mp::vm::ImportFileSystem::kNone;
}

bool ExecModuleFile(const char* path, mp::objects::Map* globals) {
  FILE* file = fopen(path, "rb");
  if (file == nullptr) return false;
  FileReader reader(file);
  mp::vm::ExecOptions options;
  options.source_name = mp::objects::Shared().qstrs.Intern(path, strlen(path));
  options.input = mp::parser::InputKind::kFile;
  options.optimize = mp::vm::Vm().opt_level;
  if (verbose >= 2) options.on_compiled = &PrintBytecode;
  mp::objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    mp::vm::ExecSource(reader, options, globals);
    mp::objects::NlrPop(nlr);
    fclose(file);
    return true;
  }
  fclose(file);
  mp::objects::NlrJump(nlr.exception);
}

constexpr mp::vm::ImportFileSystem kHostFileSystem = {&StatPath,
                                                      &ExecModuleFile};

// sys.path[0] becomes the script's directory, sys.argv the script and what
// follows it, as in MicroPython's unix port.
void SetScriptPaths(const char* script, int argc, char** argv,
                    int first_argument) {
  const char* slash = strrchr(script, '/');
  mp::objects::Value directory =
      slash == nullptr
          ? mp::objects::Value::FromQstr(mp::objects::q::empty)
          : mp::objects::NewStr(script, static_cast<size_t>(slash - script));
  mp::vm::Vm().path->items[0] = directory;
  for (int i = first_argument; i < argc; ++i) {
    mp::objects::ListAppend(mp::vm::Vm().argv,
                            mp::objects::NewStr(argv[i], strlen(argv[i])));
  }
}

// SIGINT (Ctrl-C on a terminal): KeyboardInterrupt in the running code.
void OnInterruptSignal(int /*signal*/) { mp::vm::RequestKeyboardInterrupt(); }

void InstallInterruptHandler() {
  struct sigaction action {};
  action.sa_handler = &OnInterruptSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
}

// The REPL, on a terminal or (with -X repl) on whatever stdin is, for tools
// that drive the raw REPL over pipes.
int Repl() {
  mp::hal::host::EnterReplConsole();
  mp::repl::ReplOptions options;
  options.machine = "linux [GCC " __VERSION__ "] version";
  options.on_running = &mp::hal::host::SetReplConsoleRunning;
  if (verbose >= 2) options.on_compiled = &PrintBytecode;
  int status = mp::repl::RunRepl(options);
  mp::hal::host::LeaveReplConsole();
  return status;
}

int Usage() {
  fprintf(stderr,
          "usage: micropython [-O] [-v] [-X heapsize=N[kKmM]] [-X repl] "
          "[-c CODE | FILE | -] [args...]\n");
  return 2;
}

bool ParseHeapSize(const char* text, size_t* bytes) {
  char* end;
  unsigned long long value = strtoull(text, &end, 10);
  if (end == text) return false;
  if (*end == 'k' || *end == 'K') {
    value *= 1024;
    ++end;
  } else if (*end == 'm' || *end == 'M') {
    value *= 1024 * 1024;
    ++end;
  }
  if (*end != '\0' || value < 1024) return false;
  *bytes = static_cast<size_t>(value);
  return true;
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
  size_t heap_bytes = kDefaultHeapBytes;
  int optimize = 0;
  const char* code = nullptr;
  const char* script = nullptr;
  bool force_repl = false;
  int i = 1;
  for (; i < argc && script == nullptr && code == nullptr; ++i) {
    const char* arg = argv[i];
    if (strcmp(arg, "-c") == 0) {
      if (++i == argc) return Usage();
      code = argv[i];
    } else if (strcmp(arg, "-O") == 0) {
      ++optimize;
    } else if (strcmp(arg, "-v") == 0) {
      ++verbose;
    } else if (strcmp(arg, "-X") == 0) {
      if (++i == argc) return Usage();
      const char* option = argv[i];
      if (strncmp(option, "heapsize=", 9) == 0) {
        if (!ParseHeapSize(option + 9, &heap_bytes)) return Usage();
      } else if (strcmp(option, "repl") == 0) {
        force_repl = true;
      } else if (strncmp(option, "emit=", 5) != 0) {
        return Usage();
      }
    } else if (arg[0] == '-' && arg[1] != '\0') {
      return Usage();
    } else {
      script = arg;
    }
  }

  void* heap = malloc(heap_bytes);
  if (heap == nullptr) {
    fprintf(stderr, "micropython: can't allocate a heap of %zu bytes\n",
            heap_bytes);
    return 1;
  }
  mp::objects::InitRuntime(heap, heap_bytes, &Fatal);
  mp::objects::SetStackBounds(__builtin_frame_address(0), StackLimit());
  mp::vm::InitVm();
  InstallInterruptHandler();
  mp::vm::SetImportFileSystem(&kHostFileSystem);
  mp::vm::Vm().opt_level = optimize;

  if (code != nullptr) {
    mp::lexer::BufferReader reader(code, strlen(code));
    return Run(reader, "<stdin>", mp::parser::InputKind::kFile, optimize);
  }
  if (script != nullptr && strcmp(script, "-") != 0) {
    FILE* file = fopen(script, "rb");
    if (file == nullptr) {
      fprintf(stderr, "micropython: can't open file '%s': [Errno %d] %s\n",
              script, errno, strerror(errno));
      return 2;
    }
    SetScriptPaths(script, argc, argv, i - 1);
    FileReader reader(file);
    int status = Run(reader, script, mp::parser::InputKind::kFile, optimize);
    fclose(file);
    return status;
  }
  if (script == nullptr && (force_repl || isatty(STDIN_FILENO))) return Repl();
  FileReader reader(stdin);
  return Run(reader, "<stdin>", mp::parser::InputKind::kFile, optimize);
}
