// The encoding of operands in bytecode and line tables (see docs/bytecode.md).
#ifndef MP_COMPILER_BYTECODE_H_
#define MP_COMPILER_BYTECODE_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::compiler {

// Unsigned LEB128: 7 bits a byte, the high bit set on all but the last.
inline uint32_t DecodeUint(const uint8_t*& p) {
  uint32_t value = 0;
  int shift = 0;
  uint8_t byte;
  do {
    byte = *p++;
    value |= static_cast<uint32_t>(byte & 0x7f) << shift;
    shift += 7;
  } while ((byte & 0x80) != 0);
  return value;
}

// Signed values are zigzag-encoded first: 0, -1, 1, -2, ... become 0, 1, 2, 3,
// ...
constexpr intptr_t ZigzagDecode(uintptr_t value) {
  return static_cast<intptr_t>(value >> 1) ^ -static_cast<intptr_t>(value & 1);
}

inline intptr_t DecodeSint(const uint8_t*& p) {
  uintptr_t value = 0;
  int shift = 0;
  uint8_t byte;
  do {
    byte = *p++;
    value |= static_cast<uintptr_t>(byte & 0x7f) << shift;
    shift += 7;
  } while ((byte & 0x80) != 0);
  return ZigzagDecode(value);
}

inline int16_t DecodeJump(const uint8_t*& p) {
  auto offset = static_cast<int16_t>(p[0] | (p[1] << 8));
  p += 2;
  return offset;
}

// Writes value into out (at least 5 bytes for 32 bits, 10 for 64); returns the
// bytes written.
inline size_t EncodeUint(uintptr_t value, uint8_t* out) {
  size_t n = 0;
  do {
    uint8_t byte = value & 0x7f;
    value >>= 7;
    out[n++] = value != 0 ? (byte | 0x80) : byte;
  } while (value != 0);
  return n;
}

inline size_t EncodeSint(intptr_t value, uint8_t* out) {
  uintptr_t zigzag =
      (static_cast<uintptr_t>(value) << 1) ^
      static_cast<uintptr_t>(value >> (8 * sizeof(intptr_t) - 1));
  return EncodeUint(zigzag, out);
}

}  // namespace mp::compiler

#endif  // MP_COMPILER_BYTECODE_H_
