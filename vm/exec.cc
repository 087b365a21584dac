#include "vm/exec.h"

#include "compiler/compiler.h"
#include "compiler/syntax_error.h"
#include "objects/big_int.h"
#include "objects/exception.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

// The lexer and parser allocate from the GC heap; running out raises
// MemoryError.
class GcAllocator final : public lexer::Allocator {
 public:
  void* Allocate(size_t bytes) override { return objects::Allocate(bytes); }
  void* Reallocate(void* memory, size_t /*old_bytes*/,
                   size_t new_bytes) override {
    return objects::Reallocate(memory, new_bytes);
  }
  void Free(void* memory, size_t /*bytes*/) override { objects::Free(memory); }
};

// Names in the parse tree are qstrs, so the compiler uses them as they are.
class QstrNames final : public parser::NameTable {
 public:
  uint32_t Intern(const char* text, size_t length) override {
    return objects::Shared().qstrs.Intern(text, length);
  }
};

constexpr size_t kStackToClear = 8 * 1024;

}  // namespace

// Parsing and compiling happen in a frame of their own, gone before the code
// runs: the parser's state points into memory it has freed, and pointers left
// in a frame that stays live would make the conservative collector keep
// whatever is allocated there later.
__attribute__((noinline)) compiler::RawCode* CompileSource(
    lexer::Reader& reader, const ExecOptions& options) {
  GcAllocator allocator;
  QstrNames names;
  parser::Parser parser(reader, allocator, names);
  parser.set_stack_limit(objects::StackLowestUsable());
  parser::ParseResult parsed = parser.Parse(options.input);
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) != 0) {
    // The tree goes back to the heap at once, and the stack that deep
    // recursion filled with pointers into it and the compiler's data (which
    // the collector would take for live) is cleared.
    parser.Release();
    objects::ClearStackBelow(kStackToClear);
    objects::NlrJump(nlr.exception);
  }
  switch (parsed.error) {
    case parser::ErrorKind::kNone:
      break;
    case parser::ErrorKind::kOutOfMemory:
      objects::RaiseMemoryError(0);
    case parser::ErrorKind::kTooDeep:
      objects::RaiseRecursionError();
    case parser::ErrorKind::kIndentation:
      compiler::RaiseSyntaxError(options.source_name, parsed.line,
                                 parsed.message,
                                 &objects::kIndentationErrorType);
    case parser::ErrorKind::kSyntax:
      compiler::RaiseSyntaxError(options.source_name, parsed.line,
                                 parsed.message);
  }
  compiler::CompileOptions compile_options;
  compile_options.source_file = options.source_name;
  compile_options.input = options.input;
  compile_options.optimize = options.optimize;
  compiler::RawCode* code =
      compiler::CompileModule(parsed.root, compile_options);
  objects::NlrPop(nlr);
  parser.Release();
  return code;
}

void ExecSource(lexer::Reader& reader, const ExecOptions& options,
                objects::Map* globals) {
  compiler::RawCode* code = CompileSource(reader, options);
  if (options.on_compiled != nullptr) options.on_compiled(*code);
  // The stack just held the parser and compiler, whose words point to memory
  // now free; the frames that run the module, and live as long as it, go
  // there next.
  objects::ClearStackBelow(kStackToClear);
  Function* module = NewFunction(code, globals, nullptr, nullptr, nullptr);
  objects::Call(Value(&module->base), 0, 0, nullptr);
}

Value RunCode(const compiler::RawCode* code, objects::Map* globals,
              objects::Map* locals) {
  objects::ClearStackBelow(kStackToClear);
  Function* module = NewFunction(code, globals, nullptr, nullptr, nullptr);
  return RunWithLocals(*module, locals);
}

int RunSource(lexer::Reader& reader, const ExecOptions& options,
              objects::Map* globals) {
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    ExecSource(reader, options, globals);
    objects::NlrPop(nlr);
    return 0;
  }
  return ReportUncaughtException(nlr.exception);
}

int ReportUncaughtException(Value exception) {
  if (objects::IsInstance(exception, &objects::kSystemExitType)) {
    Value code = objects::LoadAttr(exception, objects::q::value);
    if (code.IsNone()) return 0;
    if (code.IsBool()) return code == Value::True() ? 1 : 0;
    int64_t status;
    if (objects::IsInt(code) && objects::IntToInt64(code, &status)) {
      return static_cast<int>(status & 0xff);
    }
    objects::PrintValue(StderrPrinter(), code, objects::PrintKind::kStr);
    StderrPrinter().Char('\n');
    return 1;
  }
  objects::PrintException(StderrPrinter(), exception);
  // As a shell reports a program that SIGINT ended: 128 + the signal.
  if (objects::IsInstance(exception, &objects::kKeyboardInterruptType)) {
    return 130;
  }
  return 1;
}

}  // namespace mp::vm
