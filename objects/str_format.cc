// str.format / str.format_map (replacement fields) and str % args
// (printf-style conversions). Both hand the value formatting to format.h.
#include <string.h>

#include "objects/big_int.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/format.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str_text.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

// A nested field in a spec may hold no further nesting: "{:{:{}}}" fails.
constexpr int kFieldNesting = 2;
// The largest width or precision %-formatting takes.
constexpr int kMaxCount = 0x3FFFFFFF;

[[noreturn]] void RaiseValueError(const char* message) {
  RaiseMessage(&kValueErrorType, message);
}

[[noreturn]] void RaiseKeyError(Value key) {
  Raise(NewException(&kKeyErrorType, 1, &key));
}

bool AllDigits(const char* text, size_t length) {
  if (length == 0) return false;
  for (size_t i = 0; i < length; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

// A run of digits as a non-negative int.
intptr_t ParseIndex(const char* text, size_t length) {
  intptr_t value = 0;
  for (size_t i = 0; i < length; ++i) {
    if (value > (Value::kSmallIntMax - 9) / 10) {
      RaiseValueError("Too many decimal digits in format string");
    }
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// The arguments of a str.format (positional and keyword) or str.format_map
// call (a mapping), and the state of automatic field numbering.
struct FormatArguments {
  const Value* positional = nullptr;
  size_t n_positional = 0;
  const Value* keywords = nullptr;  // (name, value) pairs
  size_t n_keywords = 0;
  Value mapping;  // format_map's, else null
  enum class Numbering {
    kUnknown,
    kAutomatic,
    kManual
  } numbering = Numbering::kUnknown;
  size_t next_automatic = 0;
};

Value PositionalArgument(FormatArguments* arguments, const char* name,
                         size_t length) {
  using Numbering = FormatArguments::Numbering;
  size_t index;
  if (length == 0) {
    if (arguments->numbering == Numbering::kManual) {
      RaiseValueError(
          "cannot switch from manual field specification to automatic field "
          "numbering");
    }
    arguments->numbering = Numbering::kAutomatic;
    index = arguments->next_automatic++;
  } else {
    if (arguments->numbering == Numbering::kAutomatic) {
      RaiseValueError(
          "cannot switch from automatic field numbering to manual field "
          "specification");
    }
    arguments->numbering = Numbering::kManual;
    index = static_cast<size_t>(ParseIndex(name, length));
  }
  if (!arguments->mapping.IsNull()) {
    RaiseValueError("Format string contains positional fields");
  }
  if (index >= arguments->n_positional) {
    RaiseFormat(&kIndexErrorType,
                "Replacement index %zu out of range for positional args tuple",
                index);
  }
  return arguments->positional[index];
}

Value KeywordArgument(const FormatArguments& arguments, const char* name,
                      size_t length) {
  if (!arguments.mapping.IsNull()) {
    return Subscript(arguments.mapping, NewStr(name, length));
  }
  for (size_t i = 0; i < arguments.n_keywords; ++i) {
    size_t key_length;
    const char* key = StrData(arguments.keywords[2 * i], &key_length);
    if (key_length == length && memcmp(key, name, length) == 0) {
      return arguments.keywords[2 * i + 1];
    }
  }
  RaiseKeyError(NewStr(name, length));
}

// obj.name, for a name that may never have been interned (then no object has
// such an attribute, and the qstr pool is spared a useless entry).
Value AttributeByText(Value object, const char* name, size_t length) {
  Qstr attr;
  if (!Shared().qstrs.Find(name, length, &attr)) {
    RaiseFormat(&kAttributeErrorType, "'%q' object has no attribute '%.*s'",
                TypeName(object), static_cast<int>(length), name);
  }
  return LoadAttr(object, attr);
}

// The object a field name selects: an argument by number, by name or by
// automatic numbering, then any .attribute and [index] parts.
Value ResolveFieldName(const char* name, size_t length,
                       FormatArguments* arguments) {
  size_t at = 0;
  while (at < length && name[at] != '.' && name[at] != '[') ++at;
  Value object = at == 0 || AllDigits(name, at)
                     ? PositionalArgument(arguments, name, at)
                     : KeywordArgument(*arguments, name, at);
  while (at < length) {
    char kind = name[at++];
    size_t start = at;
    if (kind == '.') {
      while (at < length && name[at] != '.' && name[at] != '[') ++at;
      if (at == start) RaiseValueError("Empty attribute in format string");
      object = AttributeByText(object, name + start, at - start);
      continue;
    }
    while (at < length && name[at] != ']') ++at;
    if (at == length) RaiseValueError("Missing ']' in format string");
    if (at == start) RaiseValueError("Empty attribute in format string");
    Value key = AllDigits(name + start, at - start)
                    ? Value::SmallInt(ParseIndex(name + start, at - start))
                    : NewStr(name + start, at - start);
    object = Subscript(object, key);
    ++at;  // ']'
    if (at < length && name[at] != '.' && name[at] != '[') {
      RaiseValueError(
          "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return object;
}

// A replacement field's parts, as offsets into the format string.
struct Field {
  size_t name_start;
  size_t name_end;
  char conversion = 0;
  size_t spec_start = 0;
  size_t spec_end = 0;
  bool spec_has_fields = false;
};

// Parses the field that starts at text[*at] (just after its '{') and moves
// *at past its '}'. Raises ValueError with CPython's messages.
Field ParseField(const char* text, size_t length, size_t* at) {
  Field field;
  field.name_start = *at;
  size_t i = *at;
  char c = 0;
  while (i < length) {
    c = text[i++];
    if (c == '{') RaiseValueError("unexpected '{' in field name");
    if (c == '[') {
      while (i < length && text[i] != ']') ++i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  field.name_end = i - 1;
  if (c != '!' && c != ':') {
    if (c != '}') RaiseValueError("expected '}' before end of string");
    *at = i;
    return field;
  }
  if (c == '!') {
    if (i >= length) {
      RaiseValueError("end of string while looking for conversion specifier");
    }
    field.conversion = text[i++];
    if (i < length) {
      char next = text[i++];
      if (next == '}') {
        *at = i;
        return field;
      }
      if (next != ':')
        RaiseValueError("expected ':' after conversion specifier");
    }
  }
  field.spec_start = i;
  for (int depth = 1; i < length;) {
    c = text[i++];
    if (c == '{') {
      field.spec_has_fields = true;
      ++depth;
    } else if (c == '}' && --depth == 0) {
      field.spec_end = i - 1;
      *at = i;
      return field;
    }
  }
  RaiseValueError("unmatched '{' in format spec");
}

void FormatFields(const Printer& printer, const char* text, size_t length,
                  FormatArguments* arguments, int nesting);

void WriteField(const Printer& printer, const char* text, const Field& field,
                FormatArguments* arguments, int nesting) {
  Value object = ResolveFieldName(text + field.name_start,
                                  field.name_end - field.name_start, arguments);
  if (field.conversion != 0) {
    object = ConvertForFormat(object, field.conversion);
  }
  const char* spec = text + field.spec_start;
  size_t spec_length = field.spec_end - field.spec_start;
  if (field.spec_has_fields) {
    Vstr expanded;
    FormatFields(expanded.printer(), spec, spec_length, arguments, nesting - 1);
    FormatValueTo(printer, object, expanded.data(), expanded.length());
  } else {
    FormatValueTo(printer, object, spec, spec_length);
  }
}

void FormatFields(const Printer& printer, const char* text, size_t length,
                  FormatArguments* arguments, int nesting) {
  if (nesting <= 0) RaiseValueError("Max string recursion exceeded");
  size_t at = 0;
  while (at < length) {
    size_t run = at;
    while (at < length && text[at] != '{' && text[at] != '}') ++at;
    printer.Write(text + run, at - run);
    if (at == length) break;
    char brace = text[at++];
    if (at < length && text[at] == brace) {
      printer.Char(brace);
      ++at;
      continue;
    }
    if (brace == '}')
      RaiseValueError("single '}' encountered in format string");
    if (at == length)
      RaiseValueError("single '{' encountered in format string");
    Field field = ParseField(text, length, &at);
    WriteField(printer, text, field, arguments, nesting);
  }
}

Value Format(Value format, FormatArguments* arguments) {
  Text text = SelfText(format);
  Vstr out(text.length + 16);
  FormatFields(out.printer(), text.data, text.length, arguments, kFieldNesting);
  return NewStr(out.data(), out.length());
}

// The arguments of str % args, as CPython walks them: a tuple gives its
// items, anything else is the one argument; and a mapping (any subscriptable
// value but a tuple or str) serves %(key) conversions.
struct PercentArguments {
  const Value* items;
  size_t count;
  size_t used = 0;
  Value mapping;
  Value keyed;         // the value of the last %(key)
  bool bytes = false;  // formatting bytes % args

  Value Next() {
    if (used >= count) {
      RaiseMessage(&kTypeErrorType, "not enough arguments for format string");
    }
    return items[used++];
  }
};

// The int a '*' takes from the arguments.
int StarCount(PercentArguments* arguments, const char* too_big) {
  Value count = arguments->Next();
  if (!count.IsSmallInt() && !count.IsBool()) {
    RaiseMessage(&kTypeErrorType, "* wants int");
  }
  intptr_t n = ToIntptr(count);
  if (n > kMaxCount || n < -kMaxCount) RaiseValueError(too_big);
  return static_cast<int>(n);
}

// A width or precision written in digits, or -1 when there are none.
int DigitsCount(const char* text, size_t length, size_t* at,
                const char* too_big) {
  int n = -1;
  for (; *at < length && text[*at] >= '0' && text[*at] <= '9'; ++*at) {
    int digit = text[*at] - '0';
    if (n > (kMaxCount - digit) / 10) RaiseValueError(too_big);
    n = (n < 0 ? 0 : n * 10) + digit;
  }
  return n;
}

// The int a %d/%x/%o conversion formats: ints as they are, floats truncated
// for %d (as CPython does).
Value IntegerArgument(Value value, char conversion) {
  value = NumberOfInstance(value, q::dunder_int, &kIntType);
  if (IsInt(value) || value.IsBool()) return value;
  bool is_float = false;
#if MP_HAS_FLOAT
  is_float = IsFloat(value);
#endif
  if (is_float && conversion != 'x' && conversion != 'X' && conversion != 'o') {
    return Call(Value(&kIntType.base), 1, 0, &value);
  }
  if (conversion == 'x' || conversion == 'X' || conversion == 'o') {
    RaiseFormat(&kTypeErrorType, "%%%c format: an integer is required, not %q",
                conversion, TypeName(value));
  }
  RaiseFormat(&kTypeErrorType, "%%%c format: a real number is required, not %q",
              conversion, TypeName(value));
}

// A %s (or %b), %r, %a or %c conversion of bytes % args: the bytes of a
// bytes-like object, the ASCII repr of any object, or one byte, padded with
// spaces to the width.
void WriteBytesConversion(const Printer& printer, Value item, char type,
                          const FormatSpec& spec) {
  char byte;
  Buffer buffer;
  if (type == 'c') {
    if (IsInt(item) || item.IsBool()) {
      intptr_t n = IsBigInt(item) ? -1 : ToIntptr(item);
      if (n < 0 || n > 255) {
        RaiseMessage(&kOverflowErrorType, "%c arg not in range(256)");
      }
      byte = static_cast<char>(n);
      buffer = Buffer{&byte, 1, false};
    } else if (!GetBuffer(item, &buffer) || buffer.length != 1) {
      RaiseMessage(&kTypeErrorType,
                   "%c requires an integer in range(256) or a single byte");
    }
  } else if (type == 's') {
    if (!GetBuffer(item, &buffer)) {
      RaiseFormat(&kTypeErrorType,
                  "%%b requires a bytes-like object, or an object that "
                  "implements __bytes__, not '%q'",
                  TypeName(item));
    }
  } else {
    Value shown = ConvertForFormat(item, 'a');
    buffer.data = const_cast<char*>(StrData(shown, &buffer.length));
  }
  size_t length = buffer.length;
  if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < length) {
    length = static_cast<size_t>(spec.precision);
  }
  size_t padding = spec.width > 0 && static_cast<size_t>(spec.width) > length
                       ? static_cast<size_t>(spec.width) - length
                       : 0;
  for (size_t i = 0; spec.align != '<' && i < padding; ++i) printer.Char(' ');
  printer.Write(buffer.data, length);
  for (size_t i = 0; spec.align == '<' && i < padding; ++i) printer.Char(' ');
}

// One conversion, from its flags to its type letter.
void WriteConversion(const Printer& printer, const char* text, size_t length,
                     size_t* position, PercentArguments* arguments) {
  size_t at = *position;
  if (at < length && text[at] == '(') {
    if (arguments->mapping.IsNull()) {
      RaiseMessage(&kTypeErrorType, "format requires a mapping");
    }
    size_t start = ++at;
    for (int depth = 1; depth > 0; ++at) {
      if (at >= length) RaiseValueError("incomplete format key");
      if (text[at] == '(') ++depth;
      if (text[at] == ')') --depth;
    }
    Value key = arguments->bytes ? NewBytes(text + start, at - 1 - start)
                                 : NewStr(text + start, at - 1 - start);
    arguments->keyed = Subscript(arguments->mapping, key);
    arguments->items = &arguments->keyed;
    arguments->count = 1;
    arguments->used = 0;
  }
  FormatSpec spec;
  bool left = false;
  bool zero = false;
  for (; at < length; ++at) {
    char flag = text[at];
    if (flag == '-') {
      left = true;
    } else if (flag == '0') {
      zero = true;
    } else if (flag == '+') {
      spec.sign = '+';
    } else if (flag == ' ') {
      if (spec.sign != '+') spec.sign = ' ';
    } else if (flag == '#') {
      spec.alternate = true;
    } else {
      break;
    }
  }
  if (at < length && text[at] == '*') {
    ++at;
    spec.width = StarCount(arguments, "width too big");
    if (spec.width < 0) {
      left = true;
      spec.width = -spec.width;
    }
  } else {
    spec.width = DigitsCount(text, length, &at, "width too big");
  }
  if (at < length && text[at] == '.') {
    ++at;
    if (at < length && text[at] == '*') {
      ++at;
      spec.precision = StarCount(arguments, "precision too big");
    } else {
      spec.precision = DigitsCount(text, length, &at, "precision too big");
    }
    if (spec.precision < 0) spec.precision = 0;
  }
  while (at < length && (text[at] == 'h' || text[at] == 'l' || text[at] == 'L'))
    ++at;
  if (at >= length) RaiseValueError("incomplete format");
  size_t type_at = at;
  uint32_t type = arguments->bytes ? static_cast<uint8_t>(text[at++])
                                   : DecodeUtf8(text, length, &at);
  *position = at;
  spec.align = left ? '<' : '>';
  // bytes take %b as %s; str has no %b.
  if (type == 'b' && arguments->bytes) type = 's';
  switch (type) {
    case 's':
    case 'r':
    case 'a':
    case 'c': {
      Value item = arguments->Next();
      if (arguments->bytes) {
        WriteBytesConversion(printer, item, static_cast<char>(type), spec);
        return;
      }
      Value shown;
      if (type == 'c') {
        if (item.IsSmallInt() || item.IsBool()) {
          spec.sign = 0;
          spec.alternate = false;
          spec.type = 'c';
          FormatInteger(printer, ToIntptr(item), spec);
          return;
        }
        if (!IsInstance(item, &kStrType) || Length(item) != 1) {
          RaiseMessage(&kTypeErrorType, "%c requires int or char");
        }
        shown = item;
      } else {
        shown = ConvertForFormat(item, static_cast<char>(type));
      }
      spec.sign = 0;
      spec.alternate = false;
      size_t shown_length;
      const char* data = StrData(shown, &shown_length);
      FormatStrValue(printer, data, shown_length, spec);
      return;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      Value number =
          IntegerArgument(arguments->Next(), static_cast<char>(type));
      if (zero && !left) {
        spec.zero_pad = true;
        spec.fill[0] = '0';
        spec.align = '=';
      }
      spec.type = type == 'd' || type == 'i' || type == 'u'
                      ? 'd'
                      : static_cast<char>(type);
      FormatNumber(printer, number, spec);
      return;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      Value item = arguments->Next();
#if MP_HAS_FLOAT
      item = NumberOfInstance(item, q::dunder_float, &kFloatType);
      bool is_real = IsInt(item) || item.IsBool() || IsFloat(item);
#else
      item = NumberOfInstance(item, q::dunder_int, &kIntType);
      bool is_real = IsInt(item) || item.IsBool();
#endif
      if (!is_real) {
        RaiseFormat(&kTypeErrorType, "must be real number, not %q",
                    TypeName(item));
      }
      if (zero && !left) {
        spec.zero_pad = true;
        spec.fill[0] = '0';
        spec.align = '=';
      }
      spec.type = static_cast<char>(type);
      FormatNumber(printer, item, spec);
      return;
    }
    default: {
      // CPython takes the argument before it looks at the type letter.
      arguments->Next();
      char shown = type >= 0x20 && type < 0x7F ? static_cast<char>(type) : '?';
      RaiseFormat(&kValueErrorType,
                  "unsupported format character '%c' (0x%x) at index %zu",
                  shown, static_cast<unsigned>(type),
                  arguments->bytes ? type_at : CharCount(text, type_at));
    }
  }
}

}  // namespace

Value StrFormatMethod(size_t n_args, size_t n_kw, const Value* args) {
  FormatArguments arguments;
  arguments.positional = args + 1;
  arguments.n_positional = n_args - 1;
  arguments.keywords = args + n_args;
  arguments.n_keywords = n_kw;
  return Format(args[0], &arguments);
}

Value StrFormatMapMethod(size_t, size_t, const Value* args) {
  FormatArguments arguments;
  arguments.mapping = args[1];
  return Format(args[0], &arguments);
}

Value StrModulo(Value format, Value args) {
  Text text = SelfText(format);
  if (text.type == &kByteArrayType) {
    // Conversions run Python code (__repr__, __getitem__), which may change
    // a bytearray format under our feet.
    text = ArgText(NewBytes(text.data, text.length), text);
  }
  PercentArguments arguments;
  arguments.bytes = IsBytesText(text);
  const Type* type = TypeOf(args);
  if (type == &kTupleType) {
    arguments.items = args.As<Tuple>()->items;
    arguments.count = args.As<Tuple>()->length;
  } else {
    arguments.items = &arguments.keyed;
    arguments.keyed = args;
    arguments.count = 1;
    // As in CPython, bytes format bytes % b'...' with that one argument.
    if (type->subscr != nullptr && !IsInstance(args, &kStrType) &&
        !(arguments.bytes && IsInstance(args, &kBytesType))) {
      arguments.mapping = args;
    }
  }
  Vstr out(text.length + 16);
  Printer printer = out.printer();
  size_t at = 0;
  while (at < text.length) {
    size_t run = at;
    const void* percent = memchr(text.data + at, '%', text.length - at);
    at = percent == nullptr
             ? text.length
             : static_cast<size_t>(static_cast<const char*>(percent) -
                                   text.data);
    out.Append(text.data + run, at - run);
    if (at == text.length) break;
    ++at;
    if (at < text.length && text.data[at] == '%') {
      out.AppendChar('%');
      ++at;
      continue;
    }
    WriteConversion(printer, text.data, text.length, &at, &arguments);
  }
  if (arguments.used < arguments.count && arguments.mapping.IsNull()) {
    RaiseFormat(&kTypeErrorType,
                "not all arguments converted during "
                "%s formatting",
                arguments.bytes ? "bytes" : "string");
  }
  if (arguments.bytes) {
    return NewBytesOfType(text.type, out.data(), out.length());
  }
  return NewStr(out.data(), out.length());
}

}  // namespace mp::objects
