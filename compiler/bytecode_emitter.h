// Emits bytecode (see opcodes.h and docs/bytecode.md), tracking the stack depth
// and the handler depth from the opcode table as it goes, so that the VM can
// size frames exactly.
#ifndef MP_COMPILER_BYTECODE_EMITTER_H_
#define MP_COMPILER_BYTECODE_EMITTER_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/emitter.h"

namespace mp::compiler {

class BytecodeEmitter final : public Emitter {
 public:
  BytecodeEmitter();

  void SetLine(uint32_t line) override;
  Label NewLabel() override;
  void Place(Label label) override;
  void Emit(Opcode op, uint32_t arg = 0) override;
  void EmitSmallInt(intptr_t value) override;
  void EmitJump(Opcode op, Label target) override;
  void EmitConstant(Value constant) override;
  uint32_t AddChild(const RawCode* child) override;
  RawCode* End(const CodeInfo& info) override;

  int stack_depth() const { return depth_; }

 private:
  struct LabelState {
    int32_t offset;  // -1 until placed
    int16_t depth;   // stack depth on arrival by a jump, or -1 if none yet
    int16_t handlers;
  };
  struct Fixup {
    uint32_t at;  // where the 2-byte offset goes
    Label label;
  };

  uint8_t* Reserve(size_t n);
  void Append(const uint8_t* bytes, size_t n);
  void StartInstruction(Opcode op);
  void Track(Opcode op, uint32_t arg);
  void NoteJump(Opcode op, uint32_t arg, Label target);
  void PatchJump(uint32_t at, int32_t target);
  void LineEntry();

  uint8_t* code_ = nullptr;
  size_t code_length_ = 0;
  size_t code_capacity_ = 0;
  uint8_t* lines_ = nullptr;
  size_t lines_length_ = 0;
  size_t lines_capacity_ = 0;
  uint32_t first_line_ = 0;
  uint32_t line_ = 0;           // the line of the instructions being emitted
  uint32_t recorded_line_ = 0;  // the line the table says at recorded_offset_
  size_t recorded_offset_ = 0;
  bool any_line_ = false;
  Value* constants_ = nullptr;
  size_t constant_count_ = 0;
  size_t constant_capacity_ = 0;
  const RawCode** children_ = nullptr;
  size_t child_count_ = 0;
  size_t child_capacity_ = 0;
  LabelState* labels_ = nullptr;
  size_t label_count_ = 0;
  size_t label_capacity_ = 0;
  Fixup* fixups_ = nullptr;
  size_t fixup_count_ = 0;
  size_t fixup_capacity_ = 0;
  int depth_ = 0;
  int max_depth_ = 0;
  int handlers_ = 0;
  int max_handlers_ = 0;
  bool reachable_ = true;
};

}  // namespace mp::compiler

#endif  // MP_COMPILER_BYTECODE_EMITTER_H_
