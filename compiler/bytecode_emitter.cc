#include "compiler/bytecode_emitter.h"

#include <string.h>

#include "compiler/bytecode.h"
#include "objects/exception.h"
#include "objects/state.h"

namespace mp::compiler {
namespace {

using objects::Allocate;
using objects::Reallocate;

// Grows a GC array so that it holds at least `needed` elements.
template <typename T>
void EnsureCapacity(T*& array, size_t& capacity, size_t needed) {
  if (needed <= capacity) return;
  size_t new_capacity = capacity == 0 ? 8 : capacity * 2;
  if (new_capacity < needed) new_capacity = needed;
  array = static_cast<T*>(Reallocate(array, new_capacity * sizeof(T)));
  capacity = new_capacity;
}

// An exact-size copy of the first n elements, for the finished code.
template <typename T>
T* CopyOf(const T* array, size_t n) {
  if (n == 0) return nullptr;
  auto* copy = static_cast<T*>(Allocate(n * sizeof(T)));
  memcpy(static_cast<void*>(copy), array, n * sizeof(T));
  return copy;
}

[[noreturn]] void RaiseFunctionTooBig() {
  objects::RaiseMessage(&objects::kRuntimeErrorType,
                        "function too big to compile");
}

}  // namespace

BytecodeEmitter::BytecodeEmitter() = default;

uint8_t* BytecodeEmitter::Reserve(size_t n) {
  EnsureCapacity(code_, code_capacity_, code_length_ + n);
  uint8_t* at = code_ + code_length_;
  code_length_ += n;
  return at;
}

void BytecodeEmitter::Append(const uint8_t* bytes, size_t n) {
  memcpy(Reserve(n), bytes, n);
}

void BytecodeEmitter::SetLine(uint32_t line) {
  if (!any_line_) {
    any_line_ = true;
    first_line_ = recorded_line_ = line;
  }
  line_ = line;
}

void BytecodeEmitter::LineEntry() {
  if (!any_line_ || line_ == recorded_line_) return;
  uint8_t entry[2 * 10];
  size_t n = EncodeUint(code_length_ - recorded_offset_, entry);
  n += EncodeSint(
      static_cast<intptr_t>(line_) - static_cast<intptr_t>(recorded_line_),
      entry + n);
  EnsureCapacity(lines_, lines_capacity_, lines_length_ + n);
  memcpy(lines_ + lines_length_, entry, n);
  lines_length_ += n;
  recorded_offset_ = code_length_;
  recorded_line_ = line_;
}

Label BytecodeEmitter::NewLabel() {
  EnsureCapacity(labels_, label_capacity_, label_count_ + 1);
  labels_[label_count_] = LabelState{-1, -1, 0};
  return static_cast<Label>(label_count_++);
}

void BytecodeEmitter::Place(Label label) {
  LabelState& state = labels_[label];
  state.offset = static_cast<int32_t>(code_length_);
  // After a jump or return, the depth is the one the jumps here arrive with.
  if (!reachable_ && state.depth >= 0) {
    depth_ = state.depth;
    handlers_ = state.handlers;
  }
  reachable_ = true;
}

void BytecodeEmitter::StartInstruction(Opcode op) {
  LineEntry();
  *Reserve(1) = static_cast<uint8_t>(op);
}

void BytecodeEmitter::Track(Opcode op, uint32_t arg) {
  depth_ += StackEffect(op, arg);
  if (depth_ > max_depth_) max_depth_ = depth_;
  if (op == Opcode::kSetupExcept) {
    if (++handlers_ > max_handlers_) max_handlers_ = handlers_;
  } else if (op == Opcode::kPopBlock) {
    --handlers_;
  }
  reachable_ = !EndsFlow(op);
}

void BytecodeEmitter::Emit(Opcode op, uint32_t arg) {
  StartInstruction(op);
  uint8_t operand[10];
  switch (EncodingOf(OperandFormatOf(op))) {
    case OperandEncoding::kNone:
      break;
    case OperandEncoding::kByte:
      *Reserve(1) = static_cast<uint8_t>(arg);
      break;
    case OperandEncoding::kUint:
      Append(operand, EncodeUint(arg, operand));
      break;
    case OperandEncoding::kSint:
      Append(operand, EncodeSint(static_cast<int32_t>(arg), operand));
      break;
    case OperandEncoding::kJump:
      // Jumps go through EmitJump.
      objects::RaiseMessage(&objects::kRuntimeErrorType,
                            "jump emitted without a label");
  }
  Track(op, arg);
}

void BytecodeEmitter::EmitSmallInt(intptr_t value) {
  StartInstruction(Opcode::kLoadSmallInt);
  uint8_t operand[10];
  Append(operand, EncodeSint(value, operand));
  Track(Opcode::kLoadSmallInt, 0);
}

void BytecodeEmitter::NoteJump(Opcode op, uint32_t arg, Label target) {
  LabelState& state = labels_[target];
  if (state.depth < 0) {
    state.depth = static_cast<int16_t>(depth_ + JumpStackEffect(op, arg));
    state.handlers = static_cast<int16_t>(handlers_);
  }
  int arriving = depth_ + JumpStackEffect(op, arg);
  if (arriving > max_depth_) max_depth_ = arriving;
}

void BytecodeEmitter::PatchJump(uint32_t at, int32_t target) {
  int32_t offset = target - static_cast<int32_t>(at + 2);
  if (offset < INT16_MIN || offset > INT16_MAX) {
    RaiseFunctionTooBig();
  }
  code_[at] = static_cast<uint8_t>(offset & 0xff);
  code_[at + 1] = static_cast<uint8_t>((offset >> 8) & 0xff);
}

void BytecodeEmitter::EmitJump(Opcode op, Label target) {
  NoteJump(op, 0, target);
  StartInstruction(op);
  auto at = static_cast<uint32_t>(code_length_);
  Reserve(2);
  if (labels_[target].offset >= 0) {
    PatchJump(at, labels_[target].offset);
  } else {
    EnsureCapacity(fixups_, fixup_capacity_, fixup_count_ + 1);
    fixups_[fixup_count_++] = Fixup{at, target};
  }
  Track(op, 0);
}

void BytecodeEmitter::EmitConstant(Value constant) {
  if (constant.IsNone()) return Emit(Opcode::kLoadNone);
  if (constant == Value::True()) return Emit(Opcode::kLoadTrue);
  if (constant == Value::False()) return Emit(Opcode::kLoadFalse);
  if (constant.IsSmallInt()) return EmitSmallInt(constant.AsSmallInt());
  size_t index = 0;
  while (index < constant_count_ && constants_[index] != constant) ++index;
  if (index == constant_count_) {
    if (constant_count_ == UINT16_MAX) {
      objects::RaiseMessage(&objects::kRuntimeErrorType, "too many constants");
    }
    EnsureCapacity(constants_, constant_capacity_, constant_count_ + 1);
    constants_[constant_count_++] = constant;
  }
  Emit(Opcode::kLoadConst, static_cast<uint32_t>(index));
}

uint32_t BytecodeEmitter::AddChild(const RawCode* child) {
  if (child_count_ == UINT16_MAX) {
    objects::RaiseMessage(&objects::kRuntimeErrorType, "too many functions");
  }
  EnsureCapacity(children_, child_capacity_, child_count_ + 1);
  children_[child_count_] = child;
  return static_cast<uint32_t>(child_count_++);
}

RawCode* BytecodeEmitter::End(const CodeInfo& info) {
  // The depths are 16-bit in labels and in the code.
  if (max_depth_ > INT16_MAX || max_handlers_ > INT16_MAX) {
    RaiseFunctionTooBig();
  }
  for (size_t i = 0; i < fixup_count_; ++i) {
    PatchJump(fixups_[i].at, labels_[fixups_[i].label].offset);
  }
  auto* code = objects::New<RawCode>();
  code->bytecode = CopyOf(code_, code_length_);
  code->bytecode_length = static_cast<uint32_t>(code_length_);
  code->line_table = CopyOf(lines_, lines_length_);
  code->line_table_length = static_cast<uint32_t>(lines_length_);
  code->first_line = any_line_ ? first_line_ : info.first_line;
  code->constants = CopyOf(constants_, constant_count_);
  code->constant_count = static_cast<uint16_t>(constant_count_);
  code->children = CopyOf(children_, child_count_);
  code->child_count = static_cast<uint16_t>(child_count_);
  code->slot_names = CopyOf(info.slot_names, info.n_slots);
  code->cell_slots = CopyOf(info.cell_slots, info.n_cells);
  code->name = info.name;
  code->source_file = info.source_file;
  code->n_positional = info.n_positional;
  code->n_kwonly = info.n_kwonly;
  code->n_slots = info.n_slots;
  code->n_cells = info.n_cells;
  code->n_free = info.n_free;
  code->max_stack = static_cast<uint16_t>(max_depth_);
  code->max_handlers = static_cast<uint16_t>(max_handlers_);
  code->flags = info.flags;
  // The working buffers are garbage now; give them back at once.
  objects::Free(code_);
  objects::Free(lines_);
  objects::Free(constants_);
  objects::Free(children_);
  objects::Free(labels_);
  objects::Free(fixups_);
  code_ = lines_ = nullptr;
  constants_ = nullptr;
  children_ = nullptr;
  labels_ = nullptr;
  fixups_ = nullptr;
  return code;
}

}  // namespace mp::compiler
