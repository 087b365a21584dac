// The methods of bytes beyond those it shares with str: decode, hex and
// fromhex (the codecs behind decode and str.encode are objects/codec.cc); and
// the table of bytes' methods.
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/str.h"
#include "objects/str_text.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

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

}  // namespace mp::objects
