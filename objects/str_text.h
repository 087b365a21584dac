// What the files of str's methods share: the text of a str (with its ASCII
// flag), bytes or bytearray, the conversions between character indexes and
// byte offsets, and the methods each file defines for the tables of str
// (str_methods.cc), bytes (bytes_methods.cc) and bytearray (bytearray.cc).
#ifndef MP_OBJECTS_STR_TEXT_H_
#define MP_OBJECTS_STR_TEXT_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/map.h"
#include "objects/str.h"

namespace mp::objects {

// The text of a str, bytes or bytearray. Methods of bytes and bytearray are
// str's, run over a Text whose characters are its bytes (ascii is then always
// true) and whose results are of its own type.
struct Text {
  Value value;  // the object itself; for an argument, whatever was passed
  const char* data;
  size_t length;     // in bytes
  bool ascii;        // then character indexes are byte offsets
  const Type* type;  // of results: kStrType, kBytesType or kByteArrayType
};

inline bool IsBytesText(const Text& text) { return text.type != &kStrType; }

// The text of a method's self: a str, bytes or bytearray (or the object inside
// an instance of a subclass); TypeError for anything else (str.upper(1)
// reaches a method with a self that is no str).
Text SelfText(Value self);
// The text of an argument of a method of `self`: a str for a str, anything
// bytes-like for bytes and bytearray; TypeError for anything else.
Text ArgText(Value arg, const Text& self);
// The same, where bytes also take an int in range(256) for that one byte
// (b'abc'.find(98)).
Text NeedleText(Value arg, const Text& self);

// The character at *offset, which moves past it. A byte of bytes is a
// character of its own: an ASCII one as it is, any other (and the separators
// 0x1c-0x1f, whitespace only in str) as U+0080, a control in no class.
uint32_t NextChar(const Text& text, size_t* offset);
// The character before *offset, which moves back to its start.
uint32_t PreviousChar(const Text& text, size_t* offset);
// The length in bytes of the character at `offset`.
size_t CharSizeAt(const Text& text, size_t offset);

// The byte offset of the first (or, when `reverse`, the last) occurrence of
// the needle in data[from, to), or kNotFound. Matching bytes of valid UTF-8
// only ever match at character boundaries.
inline constexpr size_t kNotFound = SIZE_MAX;
size_t FindBytes(const char* data, size_t from, size_t to, const char* needle,
                 size_t needle_length, bool reverse);

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

// text[from:to] by byte offsets, of text's type, sharing nothing with text
// (the whole of an immutable text is text.value itself).
Value SubStr(const Text& text, size_t from, size_t to);
// A new value of the type of `like` holding a copy of the data.
Value NewText(const Text& like, const char* data, size_t length);
// A new value of the type of `like` with room for `length` bytes, to fill in
// at once through *data; `ascii` is a str's flag.
Value NewTextUninitialized(const Text& like, size_t length, bool ascii,
                           char** data);

// a + b and n * size for the length of a new str; MemoryError on overflow.
size_t AddLengths(size_t a, size_t b);
size_t MultiplyLength(size_t size, size_t n);

// X(name, CName): the methods bytes and bytearray share with str, defined as
// kStr<CName> in str_methods.cc and str_case.cc.
#define MP_BYTES_SHARED_METHODS(X)                                            \
  X(find, Find)                                                               \
  X(rfind, RFind)                                                             \
  X(index, Index)                                                             \
  X(rindex, RIndex)                                                           \
  X(count, Count) X(startswith, StartsWith) X(endswith, EndsWith) X(          \
      split, Split) X(rsplit, RSplit) X(splitlines, SplitLines) X(join, Join) \
      X(strip, Strip) X(lstrip, LStrip) X(rstrip, RStrip) X(replace, Replace) \
          X(partition, Partition) X(rpartition, RPartition) X(                \
              center, Center) X(ljust, LJust) X(rjust, RJust) X(zfill, ZFill) \
              X(expandtabs, ExpandTabs) X(removeprefix, RemovePrefix) X(      \
                  removesuffix, RemoveSuffix) X(upper, Upper) X(lower, Lower) \
                  X(swapcase, SwapCase) X(capitalize, Capitalize)             \
                      X(title, Title) X(isspace, IsSpace) X(isalpha, IsAlpha) \
                          X(isdigit, IsDigit) X(isalnum, IsAlnum)             \
                              X(isupper, IsUpper) X(islower, IsLower)         \
                                  X(istitle, IsTitle) X(isascii, IsAscii)
inline constexpr size_t kBytesSharedMethodCount = 37;

#define MP_X(name, c_name) extern const BuiltinFunction kStr##c_name;
MP_BYTES_SHARED_METHODS(MP_X)
#undef MP_X

// The method table of bytes or bytearray: what both have (str's shared
// methods, decode, hex and fromhex), then their `own` entries.
template <typename... Entries>
consteval auto BytesMethodTable(Entries... own) {
  StaticMapTable<kBytesSharedMethodCount + 3 + sizeof...(own)> table{};
  size_t i = 0;
  auto add = [&](Qstr name, const Object& function) {
    table.entries[i++] = MapEntry{Value::FromQstr(name), Value(&function)};
  };
#define MP_X(name, c_name) add(q::name, kStr##c_name.base);
  MP_BYTES_SHARED_METHODS(MP_X)
#undef MP_X
  add(q::decode, kBytesDecode.base);
  add(q::hex, kBytesHex.base);
  add(q::fromhex, kBytesFromHex.base);
  ((table.entries[i++] = own), ...);
  return SortedByKey(table);
}

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
Value StrIsNumericMethod(size_t n_args, size_t n_kw, const Value* args);
Value StrIsIdentifierMethod(size_t n_args, size_t n_kw, const Value* args);

}  // namespace mp::objects

#endif  // MP_OBJECTS_STR_TEXT_H_
