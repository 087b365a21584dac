// The format-spec mini-language ([[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]) and the formatting of str, int and float
// values by it: what format(value, spec), str.format and f-strings use, and
// what %-formatting reuses for its conversions.
#ifndef MP_OBJECTS_FORMAT_H_
#define MP_OBJECTS_FORMAT_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/float.h"
#include "objects/print.h"
#include "objects/value.h"

namespace mp::objects {

struct FormatSpec {
  char fill[4] = {' '};  // one character, in UTF-8
  uint8_t fill_length = 1;
  bool has_fill = false;  // given before an align, or '0' from zero_pad
  char align = 0;         // '<', '>', '^', '=', or 0 for the type's default
  char sign = 0;          // '+', '-', ' ', or 0
  bool no_negative_zero = false;  // 'z'
  bool alternate = false;         // '#'
  bool zero_pad = false;          // '0' before the width
  int width = -1;                 // -1 when absent
  char grouping = 0;              // ',', '_', or 0
  int precision = -1;             // -1 when absent
  char type = 0;                  // 0 when absent
};

// Parses a spec; raises ValueError when it is malformed. As in CPython, a
// grouping that the type does not allow is found here, but an unknown type
// only by the value's formatter. A '0' before the width makes '0' the fill
// unless a fill is given.
FormatSpec ParseFormatSpec(const char* text, size_t length);

// Each writes the value by the spec, and checks the spec against the type
// (raising ValueError) unless noted.
void FormatStrValue(const Printer& printer, const char* data, size_t length,
                    const FormatSpec& spec);
// Types b c d o x X n, none, and the float types (e E f F g G %) through
// FormatFloat. Unchecked: spec.precision is the minimum number of digits,
// which %-formatting needs ("%.3d"); FormatValueTo rejects a precision first.
void FormatInteger(const Printer& printer, intptr_t value,
                   const FormatSpec& spec);
// The layout half of FormatInteger, for ints of any size: `digits` is the
// magnitude already written in the base of spec.type (b o x X d n or none),
// in lower case and without a prefix. Types c and the float types are the
// caller's.
void FormatIntegerDigits(const Printer& printer, bool negative,
                         const char* digits, size_t length,
                         const FormatSpec& spec);
// An int (of any size), bool or float by the spec, checking the type letter
// against the value's type.
void FormatNumber(const Printer& printer, Value value, const FormatSpec& spec);
// Types e E f F g G n % and none (repr-like), correctly rounded.
void FormatFloat(const Printer& printer, Real value, const FormatSpec& spec);

// format(value, spec) (and value.__format__(spec)): str and int (bool as int
// when the spec is not empty) by the spec, anything else as str(value) when
// the spec is empty. Raises TypeError for a spec that is not a str.
Value FormatValue(Value value, Value spec);
// The same, writing to a printer; the spec's text is given directly. This is
// what an f-string's replacement field does after its conversion.
void FormatValueTo(const Printer& printer, Value value, const char* spec,
                   size_t spec_length);

// The conversions of a replacement field: 'r' (repr), 's' (str) and 'a'
// (ascii). Raises ValueError for any other.
Value ConvertForFormat(Value value, char conversion);
// ascii(value): repr(value) with every non-ASCII character escaped.
Value ToAscii(Value value);

}  // namespace mp::objects

#endif  // MP_OBJECTS_FORMAT_H_
