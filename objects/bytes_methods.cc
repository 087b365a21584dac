// The methods of bytes beyond those it shares with str: decode, hex and
// fromhex; the UTF-8 and ASCII codecs behind decode and str.encode; and the
// table of bytes' methods.
#include <string.h>

#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/str.h"
#include "objects/str_text.h"
#include "objects/unicode.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

enum class ErrorHandler { kStrict, kIgnore, kReplace };

bool TextEquals(const char* text, size_t length, const char* literal) {
  return length == strlen(literal) && memcmp(text, literal, length) == 0;
}

// The `errors` argument of the codecs; LookupError for a name CPython does
// not know (asked only once an error happens, as CPython does).
ErrorHandler ParseErrorHandler(Value errors) {
  if (errors.IsNull()) return ErrorHandler::kStrict;
  size_t length;
  const char* name = StrArgData(errors, &length);
  if (TextEquals(name, length, "strict")) return ErrorHandler::kStrict;
  if (TextEquals(name, length, "ignore")) return ErrorHandler::kIgnore;
  if (TextEquals(name, length, "replace")) return ErrorHandler::kReplace;
  RaiseFormat(&kLookupErrorType, "unknown error handler name '%.*s'",
              static_cast<int>(length), name);
}

// The length of the well-formed character at data[0, length), or 0 when
// there is none; then *invalid is how many bytes make up the error.
size_t CharacterLength(const char* data, size_t length, bool ascii,
                       size_t* invalid) {
  if (!ascii) return ValidUtf8Length(data, length, invalid);
  *invalid = 1;
  return static_cast<uint8_t>(data[0]) < 0x80 ? 1 : 0;
}

int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// b.decode(encoding='utf-8', errors='strict')
Value DecodeMethod(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr Qstr kNames[] = {q::empty, q::encoding, q::errors};
  Value bound[3];
  BindArguments(n_args, n_kw, args, 3, kNames, bound);
  Buffer buffer = BufferArg(bound[0]);
  return DecodeBytes(buffer.data, buffer.length, bound[1], bound[2]);
}

// b.hex(sep=None, bytes_per_sep=1): sep goes between groups of bytes_per_sep
// bytes, counted from the right (from the left when negative).
Value HexMethod(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr Qstr kNames[] = {q::empty, q::sep, q::bytes_per_sep};
  Value bound[3];
  BindArguments(n_args, n_kw, args, 3, kNames, bound);
  char separator = 0;
  if (!bound[1].IsNull()) {
    Buffer sep;
    if (!GetBuffer(bound[1], &sep))
      sep.data = const_cast<char*>(StrArgData(bound[1], &sep.length));
    if (sep.length != 1)
      RaiseMessage(&kValueErrorType, "sep must be length 1.");
    if (static_cast<uint8_t>(sep.data[0]) >= 0x80) {
      RaiseMessage(&kValueErrorType, "sep must be ASCII.");
    }
    separator = sep.data[0];
  }
  intptr_t group = bound[2].IsNull() ? 1 : ToIntptr(bound[2]);
  size_t per_group =
      group < 0 ? 0 - static_cast<size_t>(group) : static_cast<size_t>(group);
  if (separator == 0) per_group = 0;
  Buffer buffer = BufferArg(bound[0]);
  size_t n = buffer.length;
  size_t separators = per_group > 0 && n > 0 ? (n - 1) / per_group : 0;
  char* out;
  Value result =
      NewStrUninitialized(AddLengths(MultiplyLength(n, 2), separators), &out);
  result.As<Str>()->is_ascii = true;
  static constexpr char kDigits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && per_group > 0 && (group > 0 ? n - i : i) % per_group == 0) {
      *out++ = separator;
    }
    auto byte = static_cast<uint8_t>(buffer.data[i]);
    *out++ = kDigits[byte >> 4];
    *out++ = kDigits[byte & 15];
  }
  return result;
}

// bytes.fromhex(string), a classmethod: pairs of hex digits, whitespace
// between them.
Value FromHexMethod(size_t, size_t, const Value* args) {
  size_t length;
  const char* text = StrArgData(args[1], &length);
  Vstr out(length / 2);
  for (size_t i = 0; i < length;) {
    char c = text[i];
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      ++i;
      continue;
    }
    int high = HexDigitValue(c);
    int low = i + 1 < length ? HexDigitValue(text[i + 1]) : -1;
    if (high < 0 || low < 0) {
      RaiseFormat(
          &kValueErrorType,
          "non-hexadecimal number found in fromhex() arg at position %zu",
          high < 0 ? i : i + 1);
    }
    out.AppendChar(static_cast<char>(high * 16 + low));
    i += 2;
  }
  const Type* type = args[0].As<Type>();
  if (type == &kBytesType || type == &kByteArrayType) {
    return NewBytesOfType(type, out.data(), out.length());
  }
  // A subclass: made from the bytes, as CPython does.
  Value bytes = NewBytes(out.data(), out.length());
  return Call(args[0], 1, 0, &bytes);
}

constexpr BuiltinFunction kFromHexFunction = {
    {&kBuiltinFunctionType}, q::fromhex, 2, 2, false, FromHexMethod};

}  // namespace

const BuiltinFunction kBytesDecode = {
    {&kBuiltinFunctionType}, q::decode, 1, 3, true, DecodeMethod};
const BuiltinFunction kBytesHex = {
    {&kBuiltinFunctionType}, q::hex, 1, 3, true, HexMethod};
const MethodWrapper kBytesFromHex = {{&kClassMethodType},
                                     Value(&kFromHexFunction.base)};

namespace {

constexpr auto kBytesMethods = BytesMethodTable(MapEntry{
    Value::FromQstr(q::dunder_new), Value(&kBuiltinTypeNew<&kBytesType>.base)});

}  // namespace

constexpr StaticMap kBytesLocals = kBytesMethods.map();

bool IsAsciiEncoding(Value encoding) {
  if (encoding.IsNull()) return false;
  size_t length;
  const char* name = StrArgData(encoding, &length);
  // Compared as CPython normalises names: any case, '-' and '_' ignored.
  char normal[6];
  size_t n = 0;
  for (size_t i = 0; i < length && n <= sizeof(normal); ++i) {
    char c = name[i];
    if (c == '-' || c == '_') continue;
    if (n < sizeof(normal)) {
      normal[n] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    ++n;
  }
  if (TextEquals(normal, n, "utf8")) return false;
  if (TextEquals(normal, n, "ascii")) return true;
  RaiseFormat(&kLookupErrorType, "unknown encoding: %.*s",
              static_cast<int>(length), name);
}

Value EncodeStr(Value str, Value encoding, Value errors) {
  size_t length;
  const char* data = StrArgData(str, &length);
  if (!IsAsciiEncoding(encoding) || IsAsciiText(data, length)) {
    return NewBytes(data, length);
  }
  ErrorHandler handler = ParseErrorHandler(errors);
  Vstr out(length);
  for (size_t at = 0; at < length;) {
    size_t start = at;
    uint32_t c = DecodeUtf8(data, length, &at);
    if (c < 0x80) {
      out.AppendChar(static_cast<char>(c));
    } else if (handler == ErrorHandler::kStrict) {
      RaiseFormat(&kUnicodeErrorType,
                  "'ascii' codec can't encode character in position %zu",
                  CharCount(data, start));
    } else if (handler == ErrorHandler::kReplace) {
      out.AppendChar('?');
    }
  }
  return NewBytes(out.data(), out.length());
}

Value DecodeBytes(const char* data, size_t length, Value encoding,
                  Value errors) {
  bool ascii = IsAsciiEncoding(encoding);
  size_t at = 0;
  size_t invalid;
  while (at < length) {
    size_t n = CharacterLength(data + at, length - at, ascii, &invalid);
    if (n == 0) break;
    at += n;
  }
  if (at == length) return NewStr(data, length);
  ErrorHandler handler = ParseErrorHandler(errors);
  Vstr out(length + 2);
  out.Append(data, at);
  while (at < length) {
    size_t n = CharacterLength(data + at, length - at, ascii, &invalid);
    if (n > 0) {
      out.Append(data + at, n);
      at += n;
      continue;
    }
    if (handler == ErrorHandler::kStrict) {
      RaiseFormat(&kUnicodeErrorType,
                  "'%s' codec can't decode byte 0x%02x in position %zu",
                  ascii ? "ascii" : "utf-8",
                  static_cast<unsigned>(static_cast<uint8_t>(data[at])), at);
    }
    if (handler == ErrorHandler::kReplace) out.Append("\xEF\xBF\xBD");
    at += invalid;
  }
  return NewStr(out.data(), out.length());
}

}  // namespace mp::objects
