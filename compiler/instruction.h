// One instruction decoded from bytecode, for tools that walk code: the
// disassembler, and tests that check the VM against the opcode table. The VM
// decodes operands inline instead, for speed.
#ifndef MP_COMPILER_INSTRUCTION_H_
#define MP_COMPILER_INSTRUCTION_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/opcodes.h"

namespace mp::compiler {

struct Instruction {
  Opcode op;
  uint32_t offset;  // where it starts
  uint32_t next;    // where the one after it starts
  // The operand: unsigned for the formats encoded as a byte or unsigned
  // LEB128, signed for kSint; for kJump, the target's offset.
  uint32_t arg;
  intptr_t signed_arg;
  uint32_t target;
};

// Decodes the instruction at `offset` of `length` bytes of code. Returns false
// if the bytes there are not an instruction: an unknown opcode, or an operand
// that runs past the end.
bool DecodeInstruction(const uint8_t* code, size_t length, size_t offset,
                       Instruction* out);

}  // namespace mp::compiler

#endif  // MP_COMPILER_INSTRUCTION_H_
