// Characters of str: UTF-8 encoding and decoding of code points, and the
// character classes and case mappings that str's methods and repr need.
//
// Unicode's full tables cost far more flash than a board can spare. The data
// (objects/unicode_tables.h, written by tools/unicode_tables.py) hold every
// simple case mapping, title case, decimal digit and space; the multi-character
// case mappings outside Greek Extended; and which characters are letters,
// printable or parts of identifiers exactly in the blocks of the scripts most
// text uses (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Georgian,
// Cherokee, kana, CJK ideographs, Hangul, and the symbol blocks beside them).
// Elsewhere only cased characters are letters, and everything is printable
// except surrogates, private use and unassigned planes. docs/library.md lists
// the differences.
#ifndef MP_OBJECTS_UNICODE_H_
#define MP_OBJECTS_UNICODE_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::objects {

inline constexpr uint32_t kMaxCodePoint = 0x10FFFF;

// The code point that starts at data[*offset] (valid UTF-8, *offset <
// length); advances *offset past it.
uint32_t DecodeUtf8(const char* data, size_t length, size_t* offset);
// The code point that ends just before data[*offset] (*offset > 0); moves
// *offset back to its start.
uint32_t DecodeUtf8Before(const char* data, size_t* offset);
// Writes c (at most kMaxCodePoint) as 1 to 4 bytes; returns how many.
size_t EncodeUtf8(uint32_t c, char* out);
// For bytes that may not be UTF-8: the length of the well-formed character at
// data[0, length) (length > 0), or 0 when there is none; then *invalid is the
// length of its maximal ill-formed part (at least 1), which a decoder
// replaces by one U+FFFD (Unicode's recommended practice, which CPython
// follows).
size_t ValidUtf8Length(const char* data, size_t length, size_t* invalid);

// Python's str.isspace(), isdigit(), isdecimal(), isalpha() for one
// character.
bool IsSpaceChar(uint32_t c);
bool IsDigitChar(uint32_t c);
bool IsDecimalChar(uint32_t c);
// The value of a decimal digit of any script, or -1 for another character.
int DecimalDigitValue(uint32_t c);
bool IsAlphaChar(uint32_t c);
// str.isnumeric(): digits, and fractions, Roman numerals, CJK numerals.
bool IsNumericChar(uint32_t c);
bool IsUpperChar(uint32_t c);
bool IsLowerChar(uint32_t c);
// Title case letters such as the digraph Dz (U+01C5): neither upper nor lower.
bool IsTitleChar(uint32_t c);
// A character with case (upper, lower or title case).
inline bool IsCasedChar(uint32_t c) {
  return IsUpperChar(c) || IsLowerChar(c) || IsTitleChar(c);
}
// What may start an identifier (str.isidentifier), and continue one.
bool IsIdentifierStartChar(uint32_t c);
bool IsIdentifierChar(uint32_t c);
// Characters str.splitlines() breaks at (\r\n is one break).
bool IsLineBreakChar(uint32_t c);
// Characters repr() writes as they are; the rest become escapes.
bool IsPrintableChar(uint32_t c);

// Simple (one-to-one) case mappings; a character without one maps to itself.
uint32_t ToUpperChar(uint32_t c);
uint32_t ToLowerChar(uint32_t c);
// The title case, which differs from the upper case for digraphs (dz gives
// Dz, not DZ) and Georgian.
uint32_t ToTitleChar(uint32_t c);
// The full upper case (or title case) of c in UTF-8 when it is more than one
// character, as German sharp s gives SS (title case Ss); else null.
const char* MultiCharUpper(uint32_t c, bool title);
// The same for lower case: capital I with dot above gives i and a combining
// dot.
const char* MultiCharLower(uint32_t c);

}  // namespace mp::objects

#endif  // MP_OBJECTS_UNICODE_H_
