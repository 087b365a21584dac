// What the files of str's methods share: a str's text with its ASCII flag,
// the conversions between character indexes and byte offsets, and the methods
// each file defines for the table in str_methods.cc.
#ifndef MP_OBJECTS_STR_TEXT_H_
#define MP_OBJECTS_STR_TEXT_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/str.h"

namespace mp::objects {

struct Text {
  Value value;
  const char* data;
  size_t length;  // in bytes
  bool ascii;     // then character indexes are byte offsets
};

// The text of a str argument; TypeError for anything else (str.upper(1)
// reaches a method with a self that is no str).
Text SelfText(Value self);
inline Text ArgText(Value arg) { return SelfText(arg); }

// The length in characters.
size_t CharLength(const Text& text);
// The byte offset of character `index` (at most the length in characters).
size_t OffsetOfChar(const Text& text, size_t index);
// The character index of a byte offset at a character boundary.
size_t CharIndexOf(const Text& text, size_t offset);

// The byte range [*from, *to) of text[start:end], where start and end are the
// optional arguments args[first] and args[first + 1] (character indexes,
// negative from the end, None when absent). Returns false when start lies past
// end: there, not even '' is found.
bool ResolveRange(const Text& text, size_t n_args, const Value* args,
                  size_t first, size_t* from, size_t* to);

// text[from:to] by byte offsets, sharing nothing with text (the whole text is
// text.value itself).
Value SubStr(const Text& text, size_t from, size_t to);

// a + b and n * size for the length of a new str; MemoryError on overflow.
size_t AddLengths(size_t a, size_t b);
size_t MultiplyLength(size_t size, size_t n);

// Defined in str_case.cc.
Value StrUpperMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrLowerMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrSwapCaseMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrCapitalizeMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrTitleMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsSpaceMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsAlphaMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsDigitMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsDecimalMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsAlnumMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsUpperMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsLowerMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsTitleMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsAsciiMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsPrintableMethod(size_t n_args, size_t n_kw, const Value* args);

}  // namespace mp::objects

#endif  // MP_OBJECTS_STR_TEXT_H_
