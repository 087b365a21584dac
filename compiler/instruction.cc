#include "compiler/instruction.h"

#include "compiler/bytecode.h"

namespace mp::compiler {
namespace {

// Unsigned LEB128 that stops at `end` and at more bits than a word holds.
bool ReadLeb128(const uint8_t*& p, const uint8_t* end, uintptr_t* value) {
  uintptr_t result = 0;
  for (unsigned shift = 0; p < end && shift < 8 * sizeof(uintptr_t);
       shift += 7) {
    uint8_t byte = *p++;
    result |= static_cast<uintptr_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *value = result;
      return true;
    }
  }
  return false;
}

}  // namespace

bool DecodeInstruction(const uint8_t* code, size_t length, size_t offset,
                       Instruction* out) {
  if (offset >= length || code[offset] >= static_cast<uint8_t>(Opcode::kCount))
    return false;
  const uint8_t* p = code + offset;
  const uint8_t* const end = code + length;
  *out = Instruction{};
  out->op = static_cast<Opcode>(*p++);
  out->offset = static_cast<uint32_t>(offset);
  uintptr_t value = 0;
  switch (EncodingOf(OperandFormatOf(out->op))) {
    case OperandEncoding::kNone:
      break;
    case OperandEncoding::kByte:
      if (p == end) return false;
      out->arg = *p++;
      break;
    case OperandEncoding::kUint:
      if (!ReadLeb128(p, end, &value)) return false;
      out->arg = static_cast<uint32_t>(value);
      break;
    case OperandEncoding::kSint:
      if (!ReadLeb128(p, end, &value)) return false;
      out->signed_arg = ZigzagDecode(value);
      break;
    case OperandEncoding::kJump: {
      if (end - p < 2) return false;
      auto relative = static_cast<int16_t>(p[0] | (p[1] << 8));
      p += 2;
      out->target = static_cast<uint32_t>(p - code + relative);
      break;
    }
  }
  out->next = static_cast<uint32_t>(p - code);
  return true;
}

}  // namespace mp::compiler
