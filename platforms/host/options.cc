#include "platforms/host/options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace mp::host {
namespace {

void PrintHelp(size_t default_heap_bytes) {
  printf(
      "usage: micropython [<opts>] [-X <implopt>] "
      "[-c <command> | -m <module> | <filename> | -] [args...]\n"
      "Options:\n"
      "-h : print this help message\n"
      "-i : enable inspection via REPL after running command/module/file\n"
      "-O[N] : apply bytecode optimizations of level N\n"
      "-v : verbose (trace various operations); can be multiple\n"
      "\n"
      "Implementation specific options (-X):\n"
      "  compile-only                 -- parse and compile only\n"
      "  emit=bytecode                -- set the default code emitter\n"
      "  heapsize=<n>[K|M]            -- set the heap size for the GC "
      "(default %zu)\n"
      "  repl                         -- the REPL even when stdin is not "
      "a terminal\n",
      default_heap_bytes);
}

// MicroPython's answer to anything it does not take, exit status 1.
int InvalidArguments() {
  fprintf(stderr, "Invalid command line arguments. Use -h option for help.\n");
  return 1;
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

// One -X option; false for one this program does not take. Only the bytecode
// emitter exists, so emit=native and emit=viper are refused, as a MicroPython
// built without them refuses them.
bool ParseImplementationOption(const char* option, Options* options) {
  if (strncmp(option, "heapsize=", 9) == 0) {
    return ParseHeapSize(option + 9, &options->heap_bytes);
  }
  if (strcmp(option, "emit=bytecode") == 0) return true;
  if (strcmp(option, "compile-only") == 0) {
    options->compile_only = true;
    return true;
  }
  if (strcmp(option, "repl") == 0) {
    options->force_repl = true;
    return true;
  }
  return false;
}

// -O, -OO... (one level per O) or -ON.
bool ParseOptimize(const char* arg, int* level) {
  if (arg[2] >= '0' && arg[2] <= '9' && arg[3] == '\0') {
    *level = arg[2] - '0';
    return true;
  }
  int count = 0;
  for (const char* p = arg + 1; *p != '\0'; ++p) {
    if (*p != 'O') return false;
    ++count;
  }
  *level = count;
  return true;
}

}  // namespace

int ParseOptions(int argc, char** argv, Options* options) {
  for (int i = 1; i < argc; ++i) {
    const char* arg = argv[i];
    bool takes_value = strcmp(arg, "-c") == 0 || strcmp(arg, "-m") == 0 ||
                       strcmp(arg, "-X") == 0;
    if (takes_value && i + 1 == argc) return InvalidArguments();
    if (strcmp(arg, "-c") == 0 || strcmp(arg, "-m") == 0) {
      options->program = arg[1] == 'c' ? Program::kCode : Program::kModule;
      options->target = argv[i + 1];
      // sys.argv[0] is '-c' (as in CPython), or the module's name.
      options->argv0 = arg[1] == 'c' ? arg : options->target;
      options->first_argument = i + 2;
      return -1;
    }
    if (strcmp(arg, "-X") == 0) {
      if (!ParseImplementationOption(argv[++i], options)) {
        return InvalidArguments();
      }
    } else if (strcmp(arg, "-h") == 0) {
      PrintHelp(options->heap_bytes);
      return 0;
    } else if (strcmp(arg, "-i") == 0) {
      options->inspect = true;
    } else if (strcmp(arg, "-v") == 0) {
      ++options->verbose;
    } else if (strncmp(arg, "-O", 2) == 0) {
      if (!ParseOptimize(arg, &options->optimize)) return InvalidArguments();
    } else if (strcmp(arg, "-") == 0 || arg[0] != '-') {
      options->program = arg[0] == '-' ? Program::kStdin : Program::kScript;
      options->target = arg;
      options->argv0 = arg;
      options->first_argument = i + 1;
      return -1;
    } else {
      return InvalidArguments();
    }
  }
  return -1;
}

}  // namespace mp::host
