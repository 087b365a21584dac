// Compiled code for one function, module or lambda: what the compiler produces,
// what a .mpy loader will produce, and what the VM runs. It lives in the GC
// heap (or in flash, frozen).
#ifndef MP_COMPILER_RAW_CODE_H_
#define MP_COMPILER_RAW_CODE_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/value.h"

namespace mp::compiler {

using objects::Qstr;
using objects::Value;

enum RawCodeFlags : uint8_t {
  kVarArgs = 1,      // has *args
  kVarKeywords = 2,  // has **kwargs
  kGenerator = 4,    // contains yield: a call makes a generator
  kCoroutine = 8,    // async def: a call makes a coroutine (with kGenerator,
                     // an async generator)
};

// The local slots are laid out as: positional parameters, *args, keyword-only
// parameters,
// **kwargs, other locals (and cells), then the free variables, which come from
// the closure.
struct RawCode {
  const uint8_t* bytecode;
  const Value* constants;
  const RawCode* const*
      children;               // code of the functions defined inside, by index
  const uint8_t* line_table;  // see LineAt
  const Qstr* slot_names;     // a name for every slot
  const uint16_t*
      cell_slots;  // slots that hold cells, made when the frame starts
  uint32_t bytecode_length;
  uint32_t line_table_length;
  uint32_t first_line;
  Qstr name;
  Qstr source_file;
  uint16_t constant_count;
  uint16_t child_count;
  uint16_t n_positional;
  uint16_t n_kwonly;
  uint16_t n_slots;
  uint16_t n_cells;
  uint16_t n_free;
  uint16_t max_stack;
  uint16_t max_handlers;
  uint8_t flags;
};

// The source line of the instruction at `offset`. The line table is a list of
// (offset delta: unsigned LEB128, line delta: zigzag LEB128) pairs, starting at
// (0, first_line); each says "from here on, the line is this".
uint32_t LineAt(const RawCode& code, size_t offset);

}  // namespace mp::compiler

#endif  // MP_COMPILER_RAW_CODE_H_
