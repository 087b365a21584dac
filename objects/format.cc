#include "objects/format.h"

#include <string.h>

#include "objects/big_int.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/instance.h"
#include "objects/number.h"
#include "objects/numeric/float_text.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/unicode.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

// Widths and precisions above this are refused while parsing: the text they
// ask for could not be allocated anyway, and the arithmetic stays in range.
constexpr int kMaxWidth = 0x3FFFFFFF;

bool IsAlign(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

bool IsFloatType(char type) {
  return type == 'e' || type == 'E' || type == 'f' || type == 'F' ||
         type == 'g' || type == 'G' || type == '%';
}

// Reads decimal digits at text[*at]; returns -1 when there are none.
int ParseCount(const char* text, size_t length, size_t* at) {
  int value = -1;
  for (; *at < length && text[*at] >= '0' && text[*at] <= '9'; ++*at) {
    int digit = text[*at] - '0';
    if (value > (kMaxWidth - digit) / 10) {
      RaiseMessage(&kValueErrorType,
                   "Too many decimal digits in format string");
    }
    value = (value < 0 ? 0 : value * 10) + digit;
  }
  return value;
}

[[noreturn]] void RaiseNotAllowed(const char* what, const char* type_name) {
  RaiseFormat(&kValueErrorType, "%s not allowed in %s format specifier", what,
              type_name);
}

[[noreturn]] void RaiseUnknownType(char type, const char* type_name) {
  RaiseFormat(&kValueErrorType,
              "unknown format code '%c' for object of type '%s'", type,
              type_name);
}

void WriteFill(const Printer& printer, const FormatSpec& spec, size_t count) {
  char chunk[64];
  size_t per_chunk = sizeof(chunk) / spec.fill_length;
  for (size_t i = 0; i < per_chunk; ++i) {
    memcpy(chunk + i * spec.fill_length, spec.fill, spec.fill_length);
  }
  while (count > 0) {
    size_t n = count < per_chunk ? count : per_chunk;
    printer.Write(chunk, n * spec.fill_length);
    count -= n;
  }
}

size_t PaddingFor(const FormatSpec& spec, size_t chars) {
  return spec.width > 0 && static_cast<size_t>(spec.width) > chars
             ? static_cast<size_t>(spec.width) - chars
             : 0;
}

// A buffer on the stack for the usual sizes, from the heap for the rest.
class TextBuffer {
 public:
  explicit TextBuffer(size_t size)
      : data_(size <= sizeof(local_) ? local_
                                     : static_cast<char*>(Allocate(size))) {}
  char* data() { return data_; }

 private:
  char local_[96];
  char* data_;
};

// How an integer or float is laid out: [sign][prefix][digits][rest], where
// only the integer digits are grouped and zero-padded.
struct NumberParts {
  char sign = 0;
  const char* prefix = "";
  const char* digits = "";
  size_t digit_count = 0;
  size_t leading_zeros = 0;  // before the digits ("%.5d")
  bool upper_digits = false;
  const char* rest = "";  // ".25e+10", "%"
  size_t rest_length = 0;
  size_t group_size = 3;
};

// Writes the digits grouped right to left, ending just before out_end, padded
// with zeros (and separators) to at least min_width; with a null out_end only
// counts. Returns the length. This is CPython's rule, which never lets the
// padding start with a separator: width 8 gives "0,001,234" for 1234.
size_t GroupDigits(const NumberParts& parts, char separator, size_t min_width,
                   char* out_end) {
  auto digit_at = [&](size_t i) {  // i-th digit including leading zeros
    if (i < parts.leading_zeros) return '0';
    char c = parts.digits[i - parts.leading_zeros];
    return parts.upper_digits && c >= 'a' ? static_cast<char>(c - 32) : c;
  };
  auto remaining =
      static_cast<intptr_t>(parts.digit_count + parts.leading_zeros);
  auto minimum = static_cast<intptr_t>(min_width);
  auto group =
      static_cast<intptr_t>(separator ? parts.group_size : SIZE_MAX / 2);
  size_t count = 0;
  char* out = out_end;
  for (bool first = true;; first = false) {
    intptr_t longest = remaining > minimum ? remaining : minimum;
    intptr_t length = group < longest ? group : longest > 1 ? longest : 1;
    intptr_t chars = remaining < length ? remaining : length;
    if (chars < 0) chars = 0;
    intptr_t zeros = length - chars;
    if (!first) {
      ++count;
      if (out != nullptr) *--out = separator;
    }
    count += static_cast<size_t>(length);
    if (out != nullptr) {
      for (intptr_t i = 0; i < chars; ++i) {
        *--out = digit_at(static_cast<size_t>(remaining - 1 - i));
      }
      for (intptr_t i = 0; i < zeros; ++i) *--out = '0';
    }
    remaining -= chars;
    minimum -= length;
    if (remaining <= 0 && minimum <= 0) break;
    minimum -= 1;
  }
  return count;
}

void WriteNumber(const Printer& printer, const FormatSpec& spec,
                 const NumberParts& parts) {
  char align = spec.align != 0 ? spec.align : spec.zero_pad ? '=' : '>';
  size_t prefix_length = strlen(parts.prefix);
  size_t fixed = (parts.sign != 0) + prefix_length + parts.rest_length;
  bool has_digits = parts.digit_count + parts.leading_zeros > 0;
  // Zero padding of grouped digits is grouped too.
  size_t min_width = 0;
  if (has_digits && align == '=' && spec.fill_length == 1 &&
      spec.fill[0] == '0' && spec.width > 0 &&
      static_cast<size_t>(spec.width) > fixed) {
    min_width = static_cast<size_t>(spec.width) - fixed;
  }
  char separator = spec.grouping;
  size_t digits_length =
      has_digits
          ? GroupDigits(parts, separator, separator ? min_width : 0, nullptr)
          : 0;
  TextBuffer buffer(digits_length);
  if (has_digits) {
    GroupDigits(parts, separator, separator ? min_width : 0,
                buffer.data() + digits_length);
  }
  size_t padding = PaddingFor(spec, fixed + digits_length);
  size_t left = align == '>' ? padding : align == '^' ? padding / 2 : 0;
  WriteFill(printer, spec, left);
  if (parts.sign != 0) printer.Char(parts.sign);
  printer.Write(parts.prefix, prefix_length);
  if (align == '=') WriteFill(printer, spec, padding);
  printer.Write(buffer.data(), digits_length);
  printer.Write(parts.rest, parts.rest_length);
  if (align == '<' || align == '^') WriteFill(printer, spec, padding - left);
}

char SignFor(bool negative, const FormatSpec& spec) {
  if (negative) return '-';
  return spec.sign == '+' || spec.sign == ' ' ? spec.sign : 0;
}

void FormatCharacter(const Printer& printer, intptr_t code,
                     const FormatSpec& spec) {
  if (spec.sign != 0) {
    RaiseMessage(&kValueErrorType,
                 "sign not allowed with integer format specifier 'c'");
  }
  if (spec.alternate) {
    RaiseMessage(&kValueErrorType,
                 "Alternate form (#) not allowed with integer format "
                 "specifier 'c'");
  }
  if (code < 0 || code > static_cast<intptr_t>(kMaxCodePoint)) {
    RaiseMessage(&kOverflowErrorType, "%c arg not in range(0x110000)");
  }
  char bytes[4];
  size_t length = EncodeUtf8(static_cast<uint32_t>(code), bytes);
  NumberParts parts;
  parts.rest = bytes;
  parts.rest_length = length;
  // A character counts as one however many bytes it has.
  FormatSpec one_char = spec;
  if (length > 1 && one_char.width > 0)
    one_char.width += static_cast<int>(length - 1);
  WriteNumber(printer, one_char, parts);
}

// The decimal exponent of a finite magnitude rounded to `significant` digits
// (rounding can carry into a new place: 9.99 to two digits is 1.0e+01).
// Returns false for infinity and NaN.
bool RoundedExponent(Real magnitude, int significant, int* exponent) {
  char local[40];
  char* text = local;
  auto length = static_cast<size_t>(numeric::FormatFixed(
      magnitude, 'e', significant - 1, false, local, sizeof(local)));
  if (length >= sizeof(local)) {
    text = static_cast<char*>(Allocate(length + 1));
    numeric::FormatFixed(magnitude, 'e', significant - 1, false, text,
                         length + 1);
  }
  const char* e = static_cast<const char*>(memchr(text, 'e', length));
  if (e == nullptr) return false;
  int value = 0;
  for (const char* p = e + 2; p < text + length; ++p)
    value = value * 10 + (*p - '0');
  *exponent = e[1] == '-' ? -value : value;
  return true;
}

// The text of a float by the spec, without its sign, into out (of out_size
// bytes); returns the length it needs (like snprintf).
int FloatText(Real magnitude, const FormatSpec& spec, char* out,
              size_t out_size) {
  char type = spec.type == 'n' ? 'g' : spec.type;
  if (type == '%') {
    int length = numeric::FormatFixed(magnitude * 100, 'f', spec.precision,
                                      spec.alternate, out, out_size);
    if (static_cast<size_t>(length) + 1 < out_size) {
      out[length] = '%';
      out[length + 1] = '\0';
    }
    return length + 1;
  }
  if (type != 0) {
    return numeric::FormatFixed(magnitude, type, spec.precision, spec.alternate,
                                out, out_size);
  }
  if (spec.precision < 0) {
    char repr[32];
    int length = numeric::FormatRepr(magnitude, repr);
    // '#' keeps the point even in exponent form: 1e+16 becomes 1.e+16.
    const char* e = static_cast<const char*>(memchr(repr, 'e', length));
    bool add_point =
        spec.alternate && e != nullptr && memchr(repr, '.', length) == nullptr;
    int needed = length + add_point;
    if (static_cast<size_t>(needed) < out_size) {
      size_t head = add_point ? static_cast<size_t>(e - repr) : length;
      memcpy(out, repr, head);
      if (add_point) {
        out[head] = '.';
        memcpy(out + head + 1, e, static_cast<size_t>(length) - head);
      }
      out[needed] = '\0';
    }
    return needed;
  }
  // No type but a precision: like 'g', except that fixed notation keeps a
  // digit after the point, and exponent notation starts one place earlier.
  int significant = spec.precision == 0 ? 1 : spec.precision;
  int exponent;
  if (!RoundedExponent(magnitude, significant, &exponent)) {
    return numeric::FormatFixed(magnitude, 'f', 0, false, out, out_size);
  }
  bool fixed = exponent >= -4 && exponent < significant - 1;
  int needed =
      numeric::FormatFixed(magnitude, fixed ? 'f' : 'e',
                           fixed ? significant - 1 - exponent : significant - 1,
                           spec.alternate, out, out_size);
  // Asks for room to add ".0" on the second try.
  if (static_cast<size_t>(needed) + 3 > out_size) return needed + 2;
  if (spec.alternate) return needed;
  // Trailing zeros go, as with 'g'.
  char* mantissa_end = fixed ? out + needed : strchr(out, 'e');
  char* point = static_cast<char*>(
      memchr(out, '.', static_cast<size_t>(mantissa_end - out)));
  if (point != nullptr) {
    char* cut = mantissa_end;
    while (cut[-1] == '0') --cut;
    if (cut - 1 == point) --cut;
    memmove(cut, mantissa_end, strlen(mantissa_end) + 1);
    needed -= static_cast<int>(mantissa_end - cut);
  }
  if (fixed && memchr(out, '.', static_cast<size_t>(needed)) == nullptr) {
    memcpy(out + needed, ".0", 3);
    needed += 2;
  }
  return needed;
}

}  // namespace

FormatSpec ParseFormatSpec(const char* text, size_t length) {
  FormatSpec spec;
  size_t at = 0;
  size_t first_length = length > 0 ? CharLengthAt(text, length, 0) : 0;
  if (first_length < length && IsAlign(text[first_length])) {
    memcpy(spec.fill, text, first_length);
    spec.fill_length = static_cast<uint8_t>(first_length);
    spec.has_fill = true;
    spec.align = text[first_length];
    at = first_length + 1;
  } else if (length > 0 && IsAlign(text[0])) {
    spec.align = text[0];
    at = 1;
  }
  if (at < length && (text[at] == '+' || text[at] == '-' || text[at] == ' '))
    spec.sign = text[at++];
  if (at < length && text[at] == 'z') {
    spec.no_negative_zero = true;
    ++at;
  }
  if (at < length && text[at] == '#') {
    spec.alternate = true;
    ++at;
  }
  if (!spec.has_fill && at < length && text[at] == '0') {
    spec.zero_pad = true;
    spec.fill[0] = '0';
    spec.has_fill = true;
    ++at;
  }
  spec.width = ParseCount(text, length, &at);
  if (at < length && text[at] == ',') {
    spec.grouping = ',';
    ++at;
  }
  if (at < length && text[at] == '_') {
    if (spec.grouping != 0) {
      RaiseMessage(&kValueErrorType, "Cannot specify both ',' and '_'.");
    }
    spec.grouping = '_';
    ++at;
  }
  if (at < length && text[at] == ',' && spec.grouping == '_') {
    RaiseMessage(&kValueErrorType, "Cannot specify both ',' and '_'.");
  }
  if (at < length && text[at] == '.') {
    ++at;
    spec.precision = ParseCount(text, length, &at);
    if (spec.precision < 0) {
      RaiseMessage(&kValueErrorType, "Format specifier missing precision");
    }
  }
  if (length - at > 1) {
    RaiseMessage(&kValueErrorType, "invalid format specifier");
  }
  if (at < length) spec.type = text[at];
  if (spec.grouping != 0) {
    bool decimal = spec.type == 0 || spec.type == 'd' || IsFloatType(spec.type);
    bool binary = spec.type == 'b' || spec.type == 'o' || spec.type == 'x' ||
                  spec.type == 'X';
    if (!decimal && !(binary && spec.grouping == '_')) {
      RaiseFormat(&kValueErrorType, "Cannot specify '%c' with '%c'.",
                  spec.grouping, spec.type);
    }
  }
  return spec;
}

void FormatStrValue(const Printer& printer, const char* data, size_t length,
                    const FormatSpec& spec) {
  if (spec.type != 0 && spec.type != 's') RaiseUnknownType(spec.type, "str");
  if (spec.sign != 0) RaiseNotAllowed("sign", "string");
  if (spec.no_negative_zero) {
    RaiseNotAllowed("Negative zero coercion (z)", "string");
  }
  if (spec.alternate) RaiseNotAllowed("Alternate form (#)", "string");
  if (spec.align == '=') RaiseNotAllowed("'=' alignment", "string");
  if (spec.grouping != 0) {
    RaiseFormat(&kValueErrorType, "Cannot specify '%c' with 's'.",
                spec.grouping);
  }
  bool ascii = IsAsciiText(data, length);
  if (spec.precision >= 0) {
    auto limit = static_cast<size_t>(spec.precision);
    if (ascii) {
      if (length > limit) length = limit;
    } else {
      length = ByteOffsetOfChar(data, length, limit);
    }
  }
  size_t chars = ascii ? length : CharCount(data, length);
  size_t padding = PaddingFor(spec, chars);
  size_t left = spec.align == '>'   ? padding
                : spec.align == '^' ? padding / 2
                                    : 0;
  WriteFill(printer, spec, left);
  printer.Write(data, length);
  WriteFill(printer, spec, padding - left);
}

void FormatIntegerDigits(const Printer& printer, bool negative,
                         const char* digits, size_t length,
                         const FormatSpec& spec) {
  NumberParts parts;
  parts.sign = SignFor(negative, spec);
  parts.digits = digits;
  parts.digit_count = length;
  if (spec.precision > 0 && static_cast<size_t>(spec.precision) > length)
    parts.leading_zeros = static_cast<size_t>(spec.precision) - length;
  // The prefixes are 0b, 0o, 0x and 0X: the type after a zero.
  char prefix[3] = {'0', spec.type, '\0'};
  if (spec.type == 'b' || spec.type == 'o' || spec.type == 'x' ||
      spec.type == 'X') {
    if (spec.alternate) parts.prefix = prefix;
    parts.upper_digits = spec.type == 'X';
    parts.group_size = 4;
  }
  WriteNumber(printer, spec, parts);
}

void FormatInteger(const Printer& printer, intptr_t value,
                   const FormatSpec& spec) {
  char type = spec.type;
  if (IsFloatType(type)) {
    FormatFloat(printer, static_cast<Real>(value), spec);
    return;
  }
  unsigned base;
  switch (type) {
    case 0:
    case 'd':
    case 'n':
      base = 10;
      break;
    case 'b':
      base = 2;
      break;
    case 'o':
      base = 8;
      break;
    case 'x':
    case 'X':
      base = 16;
      break;
    case 'c':
      if (spec.no_negative_zero) {
        RaiseNotAllowed("Negative zero coercion (z)", "integer");
      }
      FormatCharacter(printer, value, spec);
      return;
    default:
      RaiseUnknownType(type, "int");
  }
  if (spec.no_negative_zero) {
    RaiseNotAllowed("Negative zero coercion (z)", "integer");
  }
  // Negated as unsigned, so that the most negative value works too.
  uintptr_t magnitude = value < 0 ? 0 - static_cast<uintptr_t>(value)
                                  : static_cast<uintptr_t>(value);
  char digits[8 * sizeof(uintptr_t)];
  char* end = digits + sizeof(digits);
  char* start = end;
  do {
    unsigned digit = static_cast<unsigned>(magnitude % base);
    *--start = static_cast<char>(digit < 10 ? '0' + digit : 'a' + digit - 10);
    magnitude /= base;
  } while (magnitude != 0);
  FormatIntegerDigits(printer, value < 0, start,
                      static_cast<size_t>(end - start), spec);
}

void FormatFloat(const Printer& printer, Real value, const FormatSpec& spec) {
  char type = spec.type;
  if (type != 0 && type != 'n' && !IsFloatType(type))
    RaiseUnknownType(type, "float");
  bool is_nan = __builtin_isnan(value);
  bool negative = !is_nan && __builtin_signbit(value);
  Real magnitude = negative ? -value : value;
  char local[64];
  char* text = local;
  int length = FloatText(magnitude, spec, local, sizeof(local));
  if (static_cast<size_t>(length) >= sizeof(local)) {
    size_t size = static_cast<size_t>(length) + 1;
    text = static_cast<char*>(Allocate(size));
    length = FloatText(magnitude, spec, text, size);
  }
  size_t int_digits = 0;
  while (int_digits < static_cast<size_t>(length) && text[int_digits] >= '0' &&
         text[int_digits] <= '9') {
    ++int_digits;
  }
  if (negative && spec.no_negative_zero) {
    // 'z': a value that rounds to zero loses its sign.
    bool all_zero = true;
    for (int i = 0; i < length && all_zero; ++i) {
      char c = text[i];
      if (c == 'e' || c == 'E' || c == '%') break;
      all_zero = c == '0' || c == '.';
    }
    if (all_zero) negative = false;
  }
  NumberParts parts;
  parts.sign = SignFor(negative, spec);
  parts.digits = text;
  parts.digit_count = int_digits;
  parts.rest = text + int_digits;
  parts.rest_length = static_cast<size_t>(length) - int_digits;
  WriteNumber(printer, spec, parts);
}

void FormatNumber(const Printer& printer, Value value, const FormatSpec& spec) {
#if MP_HAS_FLOAT
  if (IsFloat(value)) {
    if (spec.type != 0 && spec.type != 'n' && !IsFloatType(spec.type)) {
      RaiseFormat(&kValueErrorType,
                  "Unknown format code '%c' for object of type 'float'",
                  spec.type);
    }
    FormatFloat(printer, FloatValue(value), spec);
    return;
  }
  if (IsFloatType(spec.type) && spec.type != 0) {
    FormatFloat(printer, IntToFloat(value), spec);
    return;
  }
#endif
  if (value.IsSmallInt() || value.IsBool()) {
    FormatInteger(printer, ToIntptr(value), spec);
    return;
  }
  // A big int: its digits in the spec's base, laid out like a small one's.
  unsigned base = 10;
  switch (spec.type) {
    case 'b':
      base = 2;
      break;
    case 'o':
      base = 8;
      break;
    case 'x':
    case 'X':
      base = 16;
      break;
    case 'c':
      RaiseMessage(&kOverflowErrorType, "%c arg not in range(0x110000)");
    default:
      break;
  }
  size_t length;
  const char* text = StrData(IntToStr(value, base, ""), &length);
  bool negative = length > 0 && text[0] == '-';
  FormatIntegerDigits(printer, negative, text + negative, length - negative,
                      spec);
}

void FormatValueTo(const Printer& printer, Value value, const char* spec,
                   size_t spec_length) {
  if (IsInstanceObject(value)) {
    Value text = NewStr(spec, spec_length);
    Value formatted;
    if (CallSpecialMethod(value, q::dunder_format, 1, &text, &formatted)) {
      if (!IsInstance(formatted, &kStrType)) {
        RaiseFormat(&kTypeErrorType, "__format__ must return a str, not %q",
                    TypeName(formatted));
      }
      size_t length;
      const char* data = StrData(formatted, &length);
      printer.Write(data, length);
      return;
    }
    // An instance of a subclass of str, int or float formats as its value.
    if (spec_length != 0) value = NativeValue(value);
  }
  if (spec_length == 0) {
    PrintValue(printer, value, PrintKind::kStr);
    return;
  }
  if (IsInstance(value, &kStrType)) {
    size_t length;
    const char* data = StrData(value, &length);
    FormatStrValue(printer, data, length, ParseFormatSpec(spec, spec_length));
    return;
  }
  if (IsInt(value) || value.IsBool()) {
    FormatSpec parsed = ParseFormatSpec(spec, spec_length);
    if (parsed.precision >= 0 && !IsFloatType(parsed.type)) {
      RaiseMessage(&kValueErrorType,
                   "Precision not allowed in integer format specifier");
    }
    FormatNumber(printer, value, parsed);
    return;
  }
#if MP_HAS_FLOAT
  if (IsFloat(value)) {
    FormatNumber(printer, value, ParseFormatSpec(spec, spec_length));
    return;
  }
#endif
  RaiseFormat(&kTypeErrorType,
              "unsupported format string passed to %q.__format__",
              TypeName(value));
}

Value FormatValue(Value value, Value spec) {
  if (!IsInstance(spec, &kStrType)) {
    RaiseFormat(&kTypeErrorType, "format() argument 2 must be str, not %q",
                TypeName(spec));
  }
  size_t spec_length;
  const char* spec_text = StrData(spec, &spec_length);
  if (spec_length == 0 && !IsInstanceObject(value)) return ToStr(value);
  Vstr text;
  FormatValueTo(text.printer(), value, spec_text, spec_length);
  return NewStr(text.data(), text.length());
}

Value ConvertForFormat(Value value, char conversion) {
  switch (conversion) {
    case 'r':
      return ToRepr(value);
    case 's':
      return ToStr(value);
    case 'a':
      return ToAscii(value);
    default:
      RaiseFormat(&kValueErrorType, "Unknown conversion specifier %c",
                  conversion);
  }
}

Value ToAscii(Value value) {
  Vstr repr;
  PrintValue(repr.printer(), value, PrintKind::kRepr);
  if (IsAsciiText(repr.data(), repr.length())) {
    return NewStr(repr.data(), repr.length());
  }
  Vstr text(repr.length() + 8);
  Printer printer = text.printer();
  for (size_t at = 0; at < repr.length();) {
    uint32_t c = DecodeUtf8(repr.data(), repr.length(), &at);
    if (c < 0x80) {
      text.AppendChar(static_cast<char>(c));
    } else {
      PrintCharEscape(printer, c);
    }
  }
  return NewStr(text.data(), text.length());
}

}  // namespace mp::objects
