// An Allocator over malloc for tests: counts live bytes and can fail after a
// budget.
#ifndef MP_LEXER_TEST_ALLOCATOR_H_
#define MP_LEXER_TEST_ALLOCATOR_H_

#include <stdint.h>
#include <stdlib.h>

#include "lexer/allocator.h"

namespace mp::lexer {

class TestAllocator final : public Allocator {
 public:
  explicit TestAllocator(size_t budget = SIZE_MAX) : budget_(budget) {}

  void* Allocate(size_t bytes) override {
    if (bytes > budget_ - live_) return nullptr;
    live_ += bytes;
    if (live_ > peak_) peak_ = live_;
    return malloc(bytes);
  }
  void* Reallocate(void* memory, size_t old_bytes, size_t new_bytes) override {
    if (new_bytes > old_bytes && new_bytes - old_bytes > budget_ - live_)
      return nullptr;
    void* moved = realloc(memory, new_bytes);
    if (moved == nullptr) return nullptr;
    live_ = live_ - old_bytes + new_bytes;
    if (live_ > peak_) peak_ = live_;
    return moved;
  }
  void Free(void* memory, size_t bytes) override {
    live_ -= bytes;
    free(memory);
  }

  size_t live() const { return live_; }
  size_t peak() const { return peak_; }

 private:
  size_t budget_;
  size_t live_ = 0;
  size_t peak_ = 0;
};

}  // namespace mp::lexer

#endif  // MP_LEXER_TEST_ALLOCATOR_H_
