// str: immutable text in UTF-8. A str value is either an interned string (a
// Qstr in the word) or a Str object on the heap; StrData gives the bytes of
// both.
#ifndef MP_OBJECTS_STR_H_
#define MP_OBJECTS_STR_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"

namespace mp::objects {

extern const Type kStrType;

struct Str {
  Object base;
  uint32_t hash;     // 0 until computed
  bool is_ascii;     // then character indexes are byte indexes
  size_t length;     // in bytes
  const char* data;  // usually the bytes right after this header
};

// A new str holding a copy of the bytes (which must be valid UTF-8).
Value NewStr(const char* data, size_t length);
// A str over bytes that outlive it (literals, flash); nothing is copied.
Value NewStaticStr(const char* data, size_t length);
// A str with room for `length` bytes, to fill in through the returned pointer
// at once.
Value NewStrUninitialized(size_t length, char** data);

// The bytes of a str value (interned or not). The caller knows `value` is a
// str.
const char* StrData(Value value, size_t* length);
uint32_t StrHash(Value value);
// Writes the str in Python's repr form: quoted, with escapes.
void PrintStrRepr(const Printer& printer, const char* data, size_t length);

}  // namespace mp::objects

#endif  // MP_OBJECTS_STR_H_
