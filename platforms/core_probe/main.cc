// The whole core (lexer, parser, compiler, gc, objects, vm, repl) linked into
// one bare-metal program: a source string goes through every layer on a 16 KiB
// heap, then the REPL runs as on a board until the console's input ends. Built
// for Cortex-M0+ by
// //platforms:core_cortex_m0plus, it proves that the core needs no exceptions,
// no RTTI and none of the C library's allocation or stdio; its ELF is checked
// for that.
#include <stdint.h>

#include "lexer/reader.h"
#include "objects/state.h"
#include "repl/repl.h"
#include "vm/exec.h"
#include "vm/runtime.h"

namespace {

constexpr char kProgram[] =
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "print('fib', fib(15))\n";

// 16 KiB is the least RAM the project promises to run in.
alignas(8) char g_heap[16 * 1024];

[[noreturn]] void Fatal(const char* /*message*/) {
  for (;;) __builtin_trap();
}

}  // namespace

// Pure virtual calls cannot happen here; the C++ runtime's handler would pull
// in abort().
extern "C" void __cxa_pure_virtual() { Fatal("pure virtual call"); }

int main() {
  mp::objects::InitRuntime(g_heap, sizeof(g_heap), &Fatal);
  mp::objects::SetStackBounds(__builtin_frame_address(0), 6 * 1024);
  mp::vm::InitVm();
  mp::lexer::BufferReader reader(kProgram, sizeof(kProgram) - 1);
  mp::vm::ExecOptions options;
  options.source_name = mp::objects::q::string_file;
  int status = mp::vm::RunSource(reader, options, mp::vm::Vm().main_globals);
  mp::repl::ReplOptions repl_options;
  repl_options.machine = "Cortex-M0+ core probe";
  repl_options.soft_reset_on_exit = true;
  mp::repl::RunRepl(repl_options);
  return status;
}
