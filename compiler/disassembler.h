// Bytecode as text: what `micropython -v -v` prints for each code block, in
// the shape of MicroPython's unix port (see docs/bytecode.md, "Disassembler").
// Operands are shown as the opcode table's OperandFormat says, so a new
// opcode needs nothing here.
#ifndef MP_COMPILER_DISASSEMBLER_H_
#define MP_COMPILER_DISASSEMBLER_H_

#include <stddef.h>

#include "compiler/raw_code.h"
#include "objects/print.h"

namespace mp::compiler {

// Prints the code block and then, recursively, the blocks of the functions
// defined in it.
void Disassemble(const objects::Printer& printer, const RawCode& code);

// Prints one block: a header (names, sizes, line table) and its instructions.
void DisassembleBlock(const objects::Printer& printer, const RawCode& code);

// Prints the instruction at `offset` as "NAME operands" (no offset, no
// newline). Returns the offset of the next instruction, or 0 if the bytes
// there are not an instruction.
size_t PrintInstruction(const objects::Printer& printer, const RawCode& code,
                        size_t offset);

}  // namespace mp::compiler

#endif  // MP_COMPILER_DISASSEMBLER_H_
