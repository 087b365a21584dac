#include "compiler/opcodes.h"

namespace mp::compiler {
namespace {

constexpr OperandFormat kFormats[] = {
#define MP_X(name, operand, effect, jump_effect, comment) \
  OperandFormat::operand,
    MP_OPCODES(MP_X)
#undef MP_X
};

constexpr const char* kNames[] = {
#define MP_X(name, operand, effect, jump_effect, comment) #name,
    MP_OPCODES(MP_X)
#undef MP_X
};

}  // namespace

OperandFormat OperandFormatOf(Opcode op) {
  return kFormats[static_cast<int>(op)];
}

const char* OpcodeName(Opcode op) {
  return op < Opcode::kCount ? kNames[static_cast<int>(op)] : "?";
}

int StackEffect(Opcode op, uint32_t arg) {
  (void)arg;
  switch (op) {
#define MP_X(name, operand, effect, jump_effect, comment) \
  case Opcode::k##name:                                   \
    return (effect);
    MP_OPCODES(MP_X)
#undef MP_X
    default:
      return 0;
  }
}

int JumpStackEffect(Opcode op, uint32_t arg) {
  (void)arg;
  switch (op) {
#define MP_X(name, operand, effect, jump_effect, comment) \
  case Opcode::k##name:                                   \
    return (jump_effect);
    MP_OPCODES(MP_X)
#undef MP_X
    default:
      return 0;
  }
}

bool EndsFlow(Opcode op) {
  return op == Opcode::kJump || op == Opcode::kReturnValue ||
         op == Opcode::kRaiseVarargs || op == Opcode::kReraise;
}

}  // namespace mp::compiler
