// str: immutable text in UTF-8. A str value is either an interned string (a
// Qstr in the word) or a Str object on the heap; StrData gives the bytes of
// both.
#ifndef MP_OBJECTS_STR_H_
#define MP_OBJECTS_STR_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"

namespace mp::objects {

struct StaticMap;

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
// The quotes and what lies between them in the repr of a str, or, when
// `bytes`, of a bytes (where each byte is a character, printable only in
// ASCII).
void PrintQuoted(const Printer& printer, const char* data, size_t length,
                 bool bytes);
// Writes a character as repr writes an unprintable one: \xhh, \uhhhh or
// \Uhhhhhhhh.
void PrintCharEscape(const Printer& printer, uint32_t c);

// UTF-8 helpers for the str files. Offsets are in bytes, indexes in characters;
// the text is valid UTF-8.
bool IsAsciiText(const char* data, size_t length);
inline bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
size_t CharCount(const char* data, size_t length);
// The text of a number as int(), float() and complex() read it (CPython's
// rule): decimal digits of any script become ASCII digits, and white space a
// space. ASCII text comes back as it is, other text as a copy on the heap;
// *length is updated.
const char* NumberTextToAscii(const char* data, size_t* length);
size_t ByteOffsetOfChar(const char* data, size_t length, size_t index);
size_t CharLengthAt(const char* data, size_t length, size_t offset);
// Whether the str value (interned or not) is all ASCII.
bool IsAsciiValue(Value value);
// The text of a str value, or TypeError "can't convert 'T' object to str
// implicitly" (MicroPython's wording) for anything else.
const char* StrArgData(Value value, size_t* length);

// The methods of str (str_methods.cc).
extern const StaticMap kStrLocals;

// str % args, and bytes % args and bytearray % args (whose result has the
// format's type): printf-style formatting (str_format.cc).
Value StrModulo(Value format, Value args);
// str.format(*args, **kwargs) and str.format_map(mapping), as builtin methods:
// args[0] is the format string (str_format.cc).
Value StrFormatMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrFormatMapMethod(size_t n_args, size_t n_kw, const Value* args);

}  // namespace mp::objects

#endif  // MP_OBJECTS_STR_H_
