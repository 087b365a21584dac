#include "objects/vstr.h"

#include <string.h>

#include "objects/state.h"

namespace mp::objects {

Vstr::Vstr(size_t initial_capacity)
    : data_(static_cast<char*>(
          Allocate(initial_capacity == 0 ? 1 : initial_capacity))),
      capacity_(initial_capacity == 0 ? 1 : initial_capacity) {}

char* Vstr::Extend(size_t n) {
  if (capacity_ - length_ < n) {
    size_t needed = length_ + n;
    size_t new_capacity = capacity_ + capacity_ / 2 + 8;
    if (new_capacity < needed) new_capacity = needed;
    data_ = static_cast<char*>(Reallocate(data_, new_capacity));
    capacity_ = new_capacity;
  }
  char* end = data_ + length_;
  length_ += n;
  return end;
}

char* Vstr::Release() {
  char* data = static_cast<char*>(Reallocate(data_, length_));
  data_ = nullptr;
  capacity_ = 0;
  return data;
}

void Vstr::Append(const char* data, size_t length) {
  if (length == 0) return;
  memcpy(Extend(length), data, length);
}

void Vstr::Append(const char* text) { Append(text, strlen(text)); }

void Vstr::AppendTo(void* context, const char* data, size_t length) {
  static_cast<Vstr*>(context)->Append(data, length);
}

}  // namespace mp::objects
