// The friendly REPL: ">>> " prompts, continuation lines, paste mode, and the
// keys that switch to the raw REPL or end the session.
#include "hal/console.h"
#include "objects/module.h"
#include "objects/operations.h"
#include "objects/str.h"
#include "objects/vstr.h"
#include "repl/console_output.h"
#include "repl/continuation.h"
#include "repl/execute.h"
#include "repl/line_reader.h"
#include "repl/modes.h"
#include "vm/runtime.h"
#include "vm/version.h"

namespace mp::repl {
namespace {

using objects::Value;

void WriteBanner(const ReplOptions& options) {
  Write("MicroPython (C++ implementation) v");
  Write(vm::kVersion);
  Write(" on ");
  Write(vm::kVersionDate);
  Write("; ");
  Write(options.machine);
  Write(options.soft_reset_on_exit
            ? "\r\nUse Ctrl-D to soft reset, Ctrl-E for paste mode\r\n"
            : "\r\nUse Ctrl-D to exit, Ctrl-E for paste mode\r\n");
}

// sys.ps1 or sys.ps2 once a program has set it, else the default.
const char* Prompt(objects::Qstr name, const char* fallback, size_t* length) {
  Value* sys = vm::Vm().modules->map.Find(Value::FromQstr(objects::q::sys));
  if (sys != nullptr && objects::IsInstance(*sys, &objects::kModuleType)) {
    auto* module = reinterpret_cast<objects::Module*>(sys->AsObject());
    Value* prompt = module->dict->map.Find(Value::FromQstr(name));
    if (prompt != nullptr && objects::IsInstance(*prompt, &objects::kStrType)) {
      return objects::StrData(*prompt, length);
    }
  }
  *length = strlen(fallback);
  return fallback;
}

LineEnd ReadLine(LineReader& reader, bool first, size_t indent) {
  size_t length;
  const char* prompt = first ? Prompt(objects::q::ps1, ">>> ", &length)
                             : Prompt(objects::q::ps2, "... ", &length);
  return reader.Read(prompt, length, indent, first);
}

// Ctrl-E: everything up to Ctrl-D is one module, typed or pasted as is (no
// auto-indent). False when Ctrl-C cancels it.
bool ReadPaste(objects::Vstr& entry) {
  Write("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
  bool after_cr = false;
  for (;;) {
    int c = hal::ConsoleReadByte();
    if (c < 0 || c == kCtrlD) {
      Write("\r\n");
      return true;
    }
    if (c == kCtrlC) {
      Write("\r\n");
      return false;
    }
    bool newline = c == '\r' || (c == '\n' && !after_cr);
    bool second_half_of_crlf = c == '\n' && after_cr;
    after_cr = c == '\r';
    if (second_half_of_crlf) continue;
    if (newline) {
      entry.AppendChar('\n');
      Write("\r\n=== ");
    } else {
      char byte = static_cast<char>(c);
      entry.AppendChar(byte);
      WriteBytes(&byte, 1);
    }
  }
}

enum class EntryEnd : uint8_t { kComplete, kCancelled, kEndOfInput };

// The lines after the first, while the entry needs them. Ctrl-D runs what
// there is.
EntryEnd ReadContinuation(LineReader& reader, objects::Vstr& entry) {
  while (NeedsMoreInput(entry.data(), entry.length())) {
    entry.AppendChar('\n');
    LineEnd end =
        ReadLine(reader, false, AutoIndent(entry.data(), entry.length()));
    if (end == LineEnd::kCtrlC) return EntryEnd::kCancelled;
    if (end == LineEnd::kEndOfInput) return EntryEnd::kEndOfInput;
    if (end == LineEnd::kCtrlD) {
      Write("\r\n");
      break;
    }
    entry.Append(reader.line(), reader.length());
  }
  return EntryEnd::kComplete;
}

bool IsBlank(const char* text, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (text[i] != ' ' && text[i] != '\t') return false;
  }
  return true;
}

ModeResult EndSession(const ReplOptions& options, int exit_status) {
  if (options.soft_reset_on_exit) return {NextStep::kSoftReset, 0};
  return {NextStep::kExit, exit_status};
}

}  // namespace

ModeResult RunFriendlyRepl(const ReplOptions& options) {
  WriteBanner(options);
  LineReader reader;
  objects::Vstr entry;
  for (;;) {
    entry.Clear();
    parser::InputKind input = parser::InputKind::kSingle;
    switch (ReadLine(reader, true, 0)) {
      case LineEnd::kCtrlA:
        Write("\r\n");
        return {NextStep::kRawRepl, 0};
      case LineEnd::kCtrlB:
        Write("\r\n");
        WriteBanner(options);
        continue;
      case LineEnd::kCtrlC:
        Write("\r\nKeyboardInterrupt\r\n");
        continue;
      case LineEnd::kCtrlD:
        Write("\r\n");
        return EndSession(options, 0);
      case LineEnd::kEndOfInput:
        Write("\r\n");
        return {NextStep::kExit, 0};
      case LineEnd::kCtrlE:
        if (!ReadPaste(entry)) continue;
        input = parser::InputKind::kFile;
        break;
      case LineEnd::kEnter:
        if (IsBlank(reader.line(), reader.length())) continue;
        entry.Append(reader.line(), reader.length());
        EntryEnd end = ReadContinuation(reader, entry);
        if (end == EntryEnd::kCancelled) {
          Write("\r\nKeyboardInterrupt\r\n");
          continue;
        }
        if (end == EntryEnd::kEndOfInput) {
          Write("\r\n");
          return {NextStep::kExit, 0};
        }
        break;
    }
    entry.AppendChar('\n');
    ExecOutcome outcome = ExecuteSource(entry.data(), entry.length(), input,
                                        Framing::kFriendly, options);
    if (outcome.system_exit) return EndSession(options, outcome.exit_status);
  }
}

}  // namespace mp::repl
