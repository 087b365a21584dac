// Running source code: lexer -> parser -> compiler -> VM, with every allocation
// in the GC heap. What the host program, the REPL and (later) exec() and import
// build on.
#ifndef MP_VM_EXEC_H_
#define MP_VM_EXEC_H_

#include "compiler/raw_code.h"
#include "lexer/reader.h"
#include "objects/map.h"
#include "objects/value.h"
#include "parser/parser.h"

namespace mp::vm {

struct ExecOptions {
  objects::Qstr source_name;  // for tracebacks: a file name, or <stdin>
  parser::InputKind input = parser::InputKind::kFile;
  int optimize = 0;
  // Called with the compiled code before it runs (the host's `-v -v` prints
  // it); a function pointer, so that the VM does not link what it calls.
  void (*on_compiled)(const compiler::RawCode& code) = nullptr;
};

// Compiles and runs the source in `globals`. Raises SyntaxError
// (IndentationError) for bad source, and whatever the code raises.
//
// Globals, here and everywhere, are the map of a dict (a module's, or one
// given to exec()): globals() returns that dict.
void ExecSource(lexer::Reader& reader, const ExecOptions& options,
                objects::Map* globals);

// The parse and compile steps of ExecSource. Raises SyntaxError.
compiler::RawCode* CompileSource(lexer::Reader& reader,
                                 const ExecOptions& options);

// Runs compiled module code with `globals`, looking names up in `locals`
// first (the same map, or another, as exec() may give); returns what the code
// returns (an eval expression's value, else None).
objects::Value RunCode(const compiler::RawCode* code, objects::Map* globals,
                       objects::Map* locals);

// ExecSource for a program's top level: an uncaught exception is reported
// (ReportUncaughtException) instead of raised. Returns the exit status.
int RunSource(lexer::Reader& reader, const ExecOptions& options,
              objects::Map* globals);

// What a program does with an exception that reached the top: SystemExit gives
// its exit code (printing a non-int argument); anything else prints its
// traceback to stderr and gives 1, or 130 for KeyboardInterrupt.
int ReportUncaughtException(objects::Value exception);

}  // namespace mp::vm

#endif  // MP_VM_EXEC_H_
