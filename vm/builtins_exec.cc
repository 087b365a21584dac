// Builtins that compile and run code, or import it: compile, exec, eval and
// __import__.
#include "compiler/raw_code.h"
#include "lexer/reader.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "vm/builtins.h"
#include "vm/code.h"
#include "vm/exec.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/namespaces.h"
#include "vm/runtime.h"

namespace mp::vm::builtins {
namespace {

using objects::BuiltinFunction;
using objects::kBuiltinFunctionType;
using objects::Map;
using objects::Qstr;
using objects::Value;
using parser::InputKind;
namespace q = objects::q;

const compiler::RawCode* CompileText(const char* text, size_t length,
                                     Qstr source_name, InputKind input) {
  lexer::BufferReader reader(text, length);
  ExecOptions options;
  options.source_name = source_name;
  options.input = input;
  options.optimize = Vm().opt_level;
  return CompileSource(reader, options);
}

// The map of a dict given as a namespace.
Map* NamespaceMap(Value value, const char* what) {
  Value dict = objects::NativeValue(value);
  if (objects::TypeOf(dict) != &objects::kDictType) {
    objects::RaiseFormat(&objects::kTypeErrorType, "%s must be a dict", what);
  }
  return &dict.As<objects::Dict>()->map;
}

// exec(source, globals=None, locals=None) and eval(...): the given dicts, or
// the caller's namespaces. Returns what the code returns.
Value Run(size_t n_args, const Value* args, InputKind input) {
  Value globals = n_args > 1 ? args[1] : Value::None();
  Value locals = n_args > 2 ? args[2] : Value::None();
  Map* globals_map;
  Map* locals_map;
  if (!globals.IsNone()) {
    globals_map = NamespaceMap(globals, "globals");
    locals_map = locals.IsNone() ? globals_map : NamespaceMap(locals, "locals");
  } else {
    globals_map = &CurrentGlobals()->map;
    locals_map = locals.IsNone() ? &CurrentLocals()->map
                                 : NamespaceMap(locals, "locals");
  }
  const compiler::RawCode* code;
  if (objects::TypeOf(args[0]) == &kCodeType) {
    code = args[0].As<Code>()->raw_code;
  } else {
    size_t length;
    const char* text = objects::StrArgData(args[0], &length);
    if (input == InputKind::kEval) {
      // As CPython, eval() ignores leading blanks, which would otherwise be an
      // indentation error.
      while (length > 0 && (*text == ' ' || *text == '\t')) {
        ++text;
        --length;
      }
    }
    code = CompileText(text, length, q::string_file, input);
  }
  return RunCode(code, globals_map, locals_map);
}

Value Exec(size_t n_args, size_t, const Value* args) {
  Run(n_args, args, InputKind::kFile);
  return Value::None();
}

Value Eval(size_t n_args, size_t, const Value* args) {
  return Run(n_args, args, InputKind::kEval);
}

// compile(source, filename, mode): mode 'exec', 'eval' or 'single'.
Value Compile(size_t, size_t, const Value* args) {
  size_t length;
  const char* mode_text = objects::StrArgData(args[2], &length);
  // Found, not interned: any other text is an error anyway.
  Qstr mode = q::empty;
  objects::Shared().qstrs.Find(mode_text, length, &mode);
  InputKind input;
  switch (mode) {
    case q::exec:
      input = InputKind::kFile;
      break;
    case q::eval:
      input = InputKind::kEval;
      break;
    case q::single:
      input = InputKind::kSingle;
      break;
    default:
      objects::RaiseMessage(&objects::kValueErrorType,
                            "compile() mode must be 'exec', 'eval' or "
                            "'single'");
  }
  const char* name = objects::StrArgData(args[1], &length);
  Qstr source_name = objects::Shared().qstrs.Intern(name, length);
  const char* text = objects::StrArgData(args[0], &length);
  return NewCode(CompileText(text, length, source_name, input));
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Value Import(size_t n_args, size_t n_kw, const Value* args) {
  constexpr Qstr kNames[] = {q::name, q::globals, q::locals, q::fromlist,
                             q::level};
  Value values[5];
  objects::BindArguments(n_args, n_kw, args, 5, kNames, values);
  if (values[0].IsNull()) {
    objects::RaiseMessage(&objects::kTypeErrorType,
                          "__import__() missing required argument 'name'");
  }
  size_t length;
  const char* text = objects::StrArgData(values[0], &length);
  Qstr name = objects::Shared().qstrs.Intern(text, length);
  // As in CPython, globals only tell where a relative import starts; without
  // them there is no package.
  Map* globals = values[1].IsNull() || values[1].IsNone()
                     ? objects::New<Map>()
                     : NamespaceMap(values[1], "globals");
  intptr_t level = values[4].IsNull() ? 0 : objects::ToIntptr(values[4]);
  if (level < 0) {
    objects::RaiseMessage(&objects::kValueErrorType, "level must be >= 0");
  }
  return ImportName(name, values[3].IsNull() ? Value::None() : values[3],
                    static_cast<size_t>(level), globals);
}

}  // namespace

#define MP_DEFINE(name, min, max, kw, fn) \
  const BuiltinFunction name = {          \
      {&kBuiltinFunctionType}, q::name, min, max, kw, fn}

MP_DEFINE(exec, 1, 3, false, Exec);
MP_DEFINE(eval, 1, 3, false, Eval);
MP_DEFINE(compile, 3, 3, false, Compile);
MP_DEFINE(dunder_import, 0, 5, true, Import);
#undef MP_DEFINE

}  // namespace mp::vm::builtins
