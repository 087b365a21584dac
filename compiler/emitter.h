// The code generator's interface: the compiler walks the parse tree and says
// what to do, an emitter turns it into code. The bytecode emitter is the first;
// native code (x86-64, Thumb, Xtensa) and MicroPython's .mpy bytecode are to
// come as more emitters of the same operations.
#ifndef MP_COMPILER_EMITTER_H_
#define MP_COMPILER_EMITTER_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/opcodes.h"
#include "compiler/raw_code.h"
#include "objects/value.h"

namespace mp::compiler {

using Label = uint32_t;

// What a code object needs besides its instructions.
struct CodeInfo {
  Qstr name;
  Qstr source_file;
  uint32_t first_line;
  uint16_t n_positional;
  uint16_t n_kwonly;
  uint16_t n_slots;
  uint16_t n_free;
  uint8_t flags;
  const Qstr* slot_names;      // n_slots names; copied by End
  const uint16_t* cell_slots;  // copied by End
  uint16_t n_cells;
};

class Emitter {
 public:
  virtual void SetLine(uint32_t line) = 0;
  virtual Label NewLabel() = 0;
  virtual void Place(Label label) = 0;
  virtual void Emit(Opcode op, uint32_t arg = 0) = 0;
  virtual void EmitSmallInt(intptr_t value) = 0;
  virtual void EmitJump(Opcode op, Label target) = 0;
  // Loads a constant (interning it in the code's constant table).
  virtual void EmitConstant(Value constant) = 0;
  // Adds the code of a function defined inside; returns its index for
  // MakeFunction.
  virtual uint32_t AddChild(const RawCode* child) = 0;
  // Finishes the code; the emitter is spent afterwards.
  virtual RawCode* End(const CodeInfo& info) = 0;

 protected:
  ~Emitter() = default;
};

}  // namespace mp::compiler

#endif  // MP_COMPILER_EMITTER_H_
