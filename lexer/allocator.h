// Memory for the lexer and the parser, supplied by whoever uses them: the GC
// heap in the runtime, plain malloc in a host tool. An allocator may return
// nullptr when memory runs out, or may not return at all (the runtime's raises
// MemoryError); the lexer and parser keep only trivially destructible state, so
// both are safe.
#ifndef MP_LEXER_ALLOCATOR_H_
#define MP_LEXER_ALLOCATOR_H_

#include <stddef.h>

namespace mp::lexer {

class Allocator {
 public:
  virtual void* Allocate(size_t bytes) = 0;
  // Like realloc; on failure returns nullptr and leaves `memory` as it was.
  virtual void* Reallocate(void* memory, size_t old_bytes,
                           size_t new_bytes) = 0;
  virtual void Free(void* memory, size_t bytes) = 0;

 protected:
  ~Allocator() = default;
};

}  // namespace mp::lexer

#endif  // MP_LEXER_ALLOCATOR_H_
