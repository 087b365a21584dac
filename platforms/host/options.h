// The host program's command line, as MicroPython's unix port takes it:
// `micropython [options] [-c CODE | -m MODULE | FILE | -] [args...]`.
#ifndef MP_PLATFORMS_HOST_OPTIONS_H_
#define MP_PLATFORMS_HOST_OPTIONS_H_

#include <stddef.h>

namespace mp::host {

enum class Program {
  kNone,    // no program: the REPL on a terminal, else stdin as a script
  kCode,    // -c CODE
  kModule,  // -m MODULE
  kScript,  // a file
  kStdin,   // a lone '-'
};

struct Options {
  size_t heap_bytes;
  int optimize = 0;
  int verbose = 0;
  bool inspect = false;       // -i: the REPL after the program
  bool compile_only = false;  // -X compile-only
  bool force_repl = false;    // -X repl: the REPL even on a pipe
  Program program = Program::kNone;
  const char* target = nullptr;  // the code, module name or file
  // sys.argv: argv0 ('-c', the module's name, or the file as given), then
  // argv[first_argument...]; empty for kNone.
  const char* argv0 = nullptr;
  int first_argument = 0;
};

// Fills `options` from argv; returns -1 to go on, or the status to exit with
// (after printing the help, or an error to stderr).
int ParseOptions(int argc, char** argv, Options* options);

}  // namespace mp::host

#endif  // MP_PLATFORMS_HOST_OPTIONS_H_
