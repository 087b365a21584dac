// A growable byte buffer in the GC heap, for building strings and messages.
#ifndef MP_OBJECTS_VSTR_H_
#define MP_OBJECTS_VSTR_H_

#include <stddef.h>

#include "objects/print.h"

namespace mp::objects {

class Vstr {
 public:
  explicit Vstr(size_t initial_capacity = 16);

  void Append(const char* data, size_t length);
  void Append(const char* text);
  void AppendChar(char c) { Append(&c, 1); }
  // Makes room for n more bytes and returns where they go; they count as
  // written.
  char* Extend(size_t n);
  void Clear() { length_ = 0; }
  // Keeps the first `length` bytes (no more than there are): what Extend made
  // room for but was not filled is dropped.
  void Truncate(size_t length) { length_ = length; }

  const char* data() const { return data_; }
  size_t length() const { return length_; }
  // Hands the buffer, shrunk to length() bytes, to an object that keeps it
  // (no copy); the Vstr must not be used afterwards.
  char* Release();
  // A printer that appends to this buffer.
  Printer printer() { return Printer{&AppendTo, this}; }

 private:
  static void AppendTo(void* context, const char* data, size_t length);

  char* data_;
  size_t length_ = 0;
  size_t capacity_;
};

}  // namespace mp::objects

#endif  // MP_OBJECTS_VSTR_H_
