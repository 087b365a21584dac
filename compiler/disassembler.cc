#include "compiler/disassembler.h"

#include <stdint.h>

#include "compiler/bytecode.h"
#include "compiler/instruction.h"
#include "objects/object.h"
#include "objects/operations.h"

namespace mp::compiler {
namespace {

using objects::Printer;
using objects::Printf;

// Operator names without the enum's 'k'.
constexpr const char* kUnaryOpNames[] = {
#define MP_X(name, qstr) #name + 1,
    MP_UNARY_OPS(MP_X)
#undef MP_X
};

constexpr const char* kBinaryOpNames[] = {
#define MP_X(name, qstr) #name + 1,
    MP_BINARY_OPS(MP_X)
#undef MP_X
};

template <size_t N>
const char* NameAt(const char* const (&names)[N], uint32_t index) {
  return index < N ? names[index] : "?";
}

// The table's LoadConst as LOAD_CONST, the spelling MicroPython's listings use.
void PrintOpcodeName(const Printer& printer, Opcode op) {
  const char* name = OpcodeName(op);
  for (const char* c = name; *c != '\0'; ++c) {
    if (*c >= 'A' && *c <= 'Z') {
      if (c != name) printer.Char('_');
      printer.Char(*c);
    } else {
      printer.Char(
          static_cast<char>(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c));
    }
  }
}

void PrintSlotName(const Printer& printer, const RawCode& code, uint32_t slot) {
  if (slot < code.n_slots && code.slot_names != nullptr) {
    Printf(printer, " %q", code.slot_names[slot]);
  }
}

void PrintOperand(const Printer& printer, const RawCode& code,
                  const Instruction& instruction) {
  uint32_t arg = instruction.arg;
  switch (OperandFormatOf(instruction.op)) {
    case OperandFormat::kNone:
      break;
    case OperandFormat::kByte:
    case OperandFormat::kUint:
      Printf(printer, " %u", arg);
      break;
    case OperandFormat::kQstr:
      Printf(printer, " %q", arg);
      break;
    case OperandFormat::kSint:
      Printf(printer, " %ld", static_cast<long>(instruction.signed_arg));
      break;
    case OperandFormat::kJump:
      Printf(printer, " %u", instruction.target);
      break;
    case OperandFormat::kConst:
      Printf(printer, " %u", arg);
      if (arg < code.constant_count) {
        printer.Char(' ');
        objects::PrintValue(printer, code.constants[arg],
                            objects::PrintKind::kRepr);
      }
      break;
    case OperandFormat::kSlot:
      Printf(printer, " %u", arg);
      PrintSlotName(printer, code, arg);
      break;
    case OperandFormat::kCallArgs:
      Printf(printer, " n=%u nkw=%u", arg & 0xff, arg >> 8);
      break;
    case OperandFormat::kFunction: {
      uint32_t child = arg >> kMakeFunctionFlagBits;
      Printf(printer, " %u", child);
      if (child < code.child_count) {
        Printf(printer, " %q", code.children[child]->name);
      }
      if (arg & kHasDefaults) printer.Write(" defaults");
      if (arg & kHasKeywordDefaults) printer.Write(" kwdefaults");
      if (arg & kHasClosure) printer.Write(" closure");
      break;
    }
    case OperandFormat::kUnpackCounts:
      Printf(printer, " before=%u after=%u", arg & 0xff, arg >> 8);
      break;
    case OperandFormat::kUnaryOp:
      Printf(printer, " %u %s", arg, NameAt(kUnaryOpNames, arg));
      break;
    case OperandFormat::kBinaryOp:
      Printf(printer, " %u %s", arg, NameAt(kBinaryOpNames, arg));
      break;
  }
}

// Positional parameters, *args, keyword-only ones and **kwargs, as MicroPython
// lists its "arg names" (with the stars added, since we lay them out in slots).
void PrintArgNames(const Printer& printer, const RawCode& code) {
  printer.Write("arg names:");
  uint32_t slot = 0;
  auto print_next = [&](const char* prefix) {
    if (slot < code.n_slots) {
      Printf(printer, " %s%q", prefix, code.slot_names[slot]);
    }
    ++slot;
  };
  for (uint32_t i = 0; i < code.n_positional; ++i) print_next("");
  if (code.flags & kVarArgs) print_next("*");
  for (uint32_t i = 0; i < code.n_kwonly; ++i) print_next("");
  if (code.flags & kVarKeywords) print_next("**");
  printer.Char('\n');
}

void PrintFlags(const Printer& printer, const RawCode& code) {
  if (code.flags == 0) return;
  printer.Write("flags:");
  if (code.flags & kVarArgs) printer.Write(" varargs");
  if (code.flags & kVarKeywords) printer.Write(" varkeywords");
  if (code.flags & kGenerator) printer.Write(" generator");
  if (code.flags & kCoroutine) printer.Write(" coroutine");
  printer.Char('\n');
}

void PrintCellsAndFreeVariables(const Printer& printer, const RawCode& code) {
  if (code.n_cells > 0) {
    printer.Write("cells:");
    for (uint32_t i = 0; i < code.n_cells; ++i) {
      PrintSlotName(printer, code, code.cell_slots[i]);
    }
    printer.Char('\n');
  }
  if (code.n_free > 0) {
    printer.Write("free:");
    for (uint32_t slot = code.n_slots - code.n_free; slot < code.n_slots;
         ++slot) {
      PrintSlotName(printer, code, slot);
    }
    printer.Char('\n');
  }
}

// Where each line starts, as the line table says (see LineAt).
void PrintLineTable(const Printer& printer, const RawCode& code) {
  const uint8_t* p = code.line_table;
  const uint8_t* end = p + code.line_table_length;
  uintptr_t offset = 0;
  intptr_t line = code.first_line;
  Printf(printer, "  bc=0 line=%ld\n", static_cast<long>(line));
  while (p < end) {
    offset += DecodeUint(p);
    line += DecodeSint(p);
    Printf(printer, "  bc=%lu line=%ld\n", static_cast<unsigned long>(offset),
           static_cast<long>(line));
  }
}

void PrintRawBytes(const Printer& printer, const RawCode& code) {
  Printf(printer, "Raw bytecode (line_table_size=%u, bytecode_size=%u):",
         code.line_table_length, code.bytecode_length);
  for (uint32_t i = 0; i < code.bytecode_length; ++i) {
    if (i % 16 == 0) printer.Char('\n');
    Printf(printer, " %02x", code.bytecode[i]);
  }
  printer.Char('\n');
}

}  // namespace

size_t PrintInstruction(const Printer& printer, const RawCode& code,
                        size_t offset) {
  Instruction instruction;
  if (!DecodeInstruction(code.bytecode, code.bytecode_length, offset,
                         &instruction)) {
    Printf(printer, "<invalid byte 0x%02x>", code.bytecode[offset]);
    return 0;
  }
  PrintOpcodeName(printer, instruction.op);
  PrintOperand(printer, code, instruction);
  return instruction.next;
}

void DisassembleBlock(const Printer& printer, const RawCode& code) {
  Printf(printer,
         "File %q, code block '%q' (descriptor: 0x%lx, bytecode @0x%lx %u "
         "bytes)\n",
         code.source_file, code.name,
         static_cast<unsigned long>(reinterpret_cast<uintptr_t>(&code)),
         static_cast<unsigned long>(reinterpret_cast<uintptr_t>(code.bytecode)),
         code.bytecode_length);
  PrintRawBytes(printer, code);
  PrintArgNames(printer, code);
  Printf(printer, "(N_STATE %u)\n(N_EXC_STACK %u)\n",
         code.n_slots + code.max_stack, code.max_handlers);
  Printf(printer, "(N_SLOTS %u)\n(MAX_STACK %u)\n", code.n_slots,
         code.max_stack);
  PrintFlags(printer, code);
  PrintCellsAndFreeVariables(printer, code);
  PrintLineTable(printer, code);
  for (size_t offset = 0; offset < code.bytecode_length;) {
    Printf(printer, "%02lu ", static_cast<unsigned long>(offset));
    offset = PrintInstruction(printer, code, offset);
    printer.Char('\n');
    if (offset == 0) break;
  }
}

void Disassemble(const Printer& printer, const RawCode& code) {
  DisassembleBlock(printer, code);
  for (uint32_t i = 0; i < code.child_count; ++i) {
    Disassemble(printer, *code.children[i]);
  }
}

}  // namespace mp::compiler
