#include "objects/str.h"

#include <string.h>

#include "objects/big_int.h"
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/slice.h"
#include "objects/state.h"
#include "objects/unicode.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

struct StrIterator {
  Object base;
  Value str;
  size_t offset;
};

Value StrIteratorNext(Value self) {
  auto* iterator = self.As<StrIterator>();
  size_t length;
  const char* data = StrData(iterator->str, &length);
  if (iterator->offset >= length) return Value();
  size_t char_length = CharLengthAt(data, length, iterator->offset);
  Value result = NewStr(data + iterator->offset, char_length);
  iterator->offset += char_length;
  return result;
}

const Type kStrIteratorType = {
    .base = {&kTypeType},
    .name = q::iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = StrIteratorNext,
};

void PrintStr(const Printer& printer, Value self, PrintKind kind) {
  size_t length;
  const char* data = StrData(self, &length);
  if (kind == PrintKind::kRepr) {
    PrintStrRepr(printer, data, length);
  } else {
    printer.Write(data, length);
  }
}

// str(object=''), and str(object, encoding='utf-8', errors='strict') that
// decodes a bytes-like object.
Value MakeNewStr(const Type* /*type*/, size_t n_args, size_t n_kw,
                 const Value* args) {
  static constexpr Qstr kNames[] = {q::object, q::encoding, q::errors};
  CheckArgCount(n_args, n_kw, 0, 3, true);
  Value bound[3];
  BindArguments(n_args, n_kw, args, 3, kNames, bound);
  Value object = bound[0];
  if (object.IsNull()) return Value::FromQstr(q::empty);
  if (!bound[1].IsNull() || !bound[2].IsNull()) {
    Buffer buffer;
    if (!GetBuffer(object, &buffer)) {
      RaiseFormat(&kTypeErrorType,
                  "decoding to str: need a bytes-like object, %q found",
                  TypeName(object));
    }
    return DecodeBytes(buffer.data, buffer.length, bound[1], bound[2]);
  }
  return ToStr(object);
}

Value StrUnaryOp(UnaryOp op, Value self) {
  size_t length;
  const char* data = StrData(self, &length);
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(length != 0);
    case UnaryOp::kLen:
      return Value::SmallInt(static_cast<intptr_t>(
          IsAsciiValue(self) ? length : CharCount(data, length)));
    case UnaryOp::kHash:
      return Value::SmallInt(StrHash(self));
    default:
      return Value();
  }
}

Value Concatenate(const char* a, size_t a_length, const char* b,
                  size_t b_length) {
  if (a_length > SIZE_MAX - b_length) RaiseMemoryError(SIZE_MAX);
  char* data;
  Value result = NewStrUninitialized(a_length + b_length, &data);
  memcpy(data, a, a_length);
  memcpy(data + a_length, b, b_length);
  result.As<Str>()->is_ascii = IsAsciiText(data, a_length + b_length);
  return result;
}

Value Repeat(const char* data, size_t length, intptr_t times) {
  if (times <= 0 || length == 0) return Value::FromQstr(q::empty);
  if (static_cast<size_t>(times) > SIZE_MAX / length)
    RaiseMemoryError(SIZE_MAX);
  char* out;
  Value result = NewStrUninitialized(length * static_cast<size_t>(times), &out);
  for (intptr_t i = 0; i < times; ++i) memcpy(out + i * length, data, length);
  result.As<Str>()->is_ascii = IsAsciiText(data, length);
  return result;
}

int Compare(const char* a, size_t a_length, const char* b, size_t b_length) {
  int order = memcmp(a, b, a_length < b_length ? a_length : b_length);
  if (order != 0) return order;
  return a_length < b_length ? -1 : a_length > b_length ? 1 : 0;
}

bool Contains(const char* haystack, size_t haystack_length, const char* needle,
              size_t needle_length) {
  if (needle_length == 0) return true;
  for (size_t i = 0; i + needle_length <= haystack_length; ++i) {
    if (memcmp(haystack + i, needle, needle_length) == 0) return true;
  }
  return false;
}

Value StrBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  size_t a_length;
  const char* a = StrData(lhs, &a_length);
  op = PlainBinaryOp(op);
  if (op == BinaryOp::kMultiply) {
    if (!IsInt(rhs) && !rhs.IsBool()) return Value();
    return Repeat(a, a_length, ToIntptr(rhs));
  }
  if (op == BinaryOp::kModulo) return StrModulo(lhs, rhs);
  bool rhs_is_str = IsInstance(rhs, &kStrType);
  if (!rhs_is_str) {
    if (op == BinaryOp::kAdd || op == BinaryOp::kIn) {
      // MicroPython's wording for 'a' + 1 and 1 in 'a'.
      RaiseFormat(&kTypeErrorType,
                  "can't convert '%q' object to str implicitly", TypeName(rhs));
    }
    if (op == BinaryOp::kEqual) return Value::False();
    return Value();
  }
  size_t b_length;
  const char* b = StrData(rhs, &b_length);
  switch (op) {
    case BinaryOp::kAdd:
      return Concatenate(a, a_length, b, b_length);
    case BinaryOp::kIn:
      return Value::Bool(Contains(a, a_length, b, b_length));
    case BinaryOp::kEqual:
      return Value::Bool(a_length == b_length && memcmp(a, b, a_length) == 0);
    case BinaryOp::kLess:
      return Value::Bool(Compare(a, a_length, b, b_length) < 0);
    case BinaryOp::kMore:
      return Value::Bool(Compare(a, a_length, b, b_length) > 0);
    case BinaryOp::kLessEqual:
      return Value::Bool(Compare(a, a_length, b, b_length) <= 0);
    case BinaryOp::kMoreEqual:
      return Value::Bool(Compare(a, a_length, b, b_length) >= 0);
    default:
      return Value();
  }
}

// s[a:b:c]: by characters, so non-ASCII text is walked once to find them.
Value SliceStr(const char* data, size_t length, const Slice* slice) {
  bool ascii = IsAsciiText(data, length);
  size_t chars = ascii ? length : CharCount(data, length);
  SliceRange range = ResolveSlice(slice, chars);
  if (ascii) {
    char* out;
    Value result = NewStrUninitialized(range.count, &out);
    for (size_t i = 0; i < range.count; ++i) {
      out[i] = data[range.start + static_cast<intptr_t>(i) * range.step];
    }
    result.As<Str>()->is_ascii = true;
    return result;
  }
  Vstr text;
  for (size_t i = 0; i < range.count; ++i) {
    auto position = static_cast<size_t>(range.start +
                                        static_cast<intptr_t>(i) * range.step);
    size_t offset = ByteOffsetOfChar(data, length, position);
    text.Append(data + offset, CharLengthAt(data, length, offset));
  }
  return NewStr(text.data(), text.length());
}

Value StrSubscr(Value self, Value index, Value value) {
  if (value != Value::Sentinel()) return Value();
  size_t length;
  const char* data = StrData(self, &length);
  if (IsSlice(index)) return SliceStr(data, length, index.As<Slice>());
  if (IsAsciiValue(self)) {
    size_t i = NormalizeIndex(index, length, "string");
    return NewStr(data + i, 1);
  }
  size_t i = NormalizeIndex(index, CharCount(data, length), "string");
  size_t offset = ByteOffsetOfChar(data, length, i);
  return NewStr(data + offset, CharLengthAt(data, length, offset));
}

Value StrGetIter(Value self) {
  auto* iterator = New<StrIterator>();
  iterator->base.type = &kStrIteratorType;
  iterator->str = self;
  return Value(&iterator->base);
}

Str* NewStrHeader(size_t inline_bytes) {
  if (inline_bytes > SIZE_MAX - sizeof(Str) - 1) RaiseMemoryError(SIZE_MAX);
  // One spare byte keeps the text NUL-terminated, which C interfaces want.
  auto* str = static_cast<Str*>(Allocate(sizeof(Str) + inline_bytes + 1));
  str->base.type = &kStrType;
  str->data = reinterpret_cast<const char*>(str + 1);
  return str;
}

}  // namespace

bool IsAsciiText(const char* data, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (static_cast<uint8_t>(data[i]) >= 0x80) return false;
  }
  return true;
}

const char* NumberTextToAscii(const char* data, size_t* length) {
  if (IsAsciiText(data, *length)) return data;
  // Each character shrinks or keeps its size.
  auto* ascii = static_cast<char*>(Allocate(*length));
  size_t n = 0;
  for (size_t at = 0; at < *length;) {
    size_t start = at;
    uint32_t c = DecodeUtf8(data, *length, &at);
    int digit = DecimalDigitValue(c);
    if (digit >= 0) {
      ascii[n++] = static_cast<char>('0' + digit);
    } else if (IsSpaceChar(c)) {
      ascii[n++] = ' ';
    } else {
      while (start < at) ascii[n++] = data[start++];
    }
  }
  *length = n;
  return ascii;
}

size_t CharCount(const char* data, size_t length) {
  size_t count = 0;
  for (size_t i = 0; i < length; ++i) count += !IsContinuationByte(data[i]);
  return count;
}

size_t ByteOffsetOfChar(const char* data, size_t length, size_t index) {
  size_t offset = 0;
  while (index > 0 && offset < length) {
    ++offset;
    while (offset < length && IsContinuationByte(data[offset])) ++offset;
    --index;
  }
  return offset;
}

size_t CharLengthAt(const char* data, size_t length, size_t offset) {
  size_t end = offset + 1;
  while (end < length && IsContinuationByte(data[end])) ++end;
  return end - offset;
}

bool IsAsciiValue(Value value) {
  if (value.IsQstr()) {
    const QstrPool& qstrs = Shared().qstrs;
    Qstr q = value.AsQstr();
    return IsAsciiText(qstrs.Data(q), qstrs.Length(q));
  }
  return value.As<Str>()->is_ascii;
}

const char* StrArgData(Value value, size_t* length) {
  if (!IsInstance(value, &kStrType)) {
    RaiseFormat(&kTypeErrorType, "can't convert '%q' object to str implicitly",
                TypeName(value));
  }
  return StrData(value, length);
}

Value NewStrUninitialized(size_t length, char** data) {
  Str* str = NewStrHeader(length);
  str->length = length;
  str->is_ascii = false;
  *data = const_cast<char*>(str->data);
  return Value(&str->base);
}

Value NewStr(const char* data, size_t length) {
  Str* str = NewStrHeader(length);
  memcpy(const_cast<char*>(str->data), data, length);
  str->length = length;
  str->is_ascii = IsAsciiText(data, length);
  return Value(&str->base);
}

Value NewStaticStr(const char* data, size_t length) {
  auto* str = New<Str>();
  str->base.type = &kStrType;
  str->data = data;
  str->length = length;
  str->is_ascii = IsAsciiText(data, length);
  return Value(&str->base);
}

const char* StrData(Value value, size_t* length) {
  if (value.IsQstr()) {
    const QstrPool& qstrs = Shared().qstrs;
    *length = qstrs.Length(value.AsQstr());
    return qstrs.Data(value.AsQstr());
  }
  // An instance of a str subclass holds its text in a str inside.
  if (IsInstanceObject(value)) return StrData(NativeValue(value), length);
  const auto* str = value.As<Str>();
  *length = str->length;
  return str->data;
}

uint32_t StrHash(Value value) {
  if (value.IsQstr()) return Shared().qstrs.Hash(value.AsQstr());
  auto* str = value.As<Str>();
  if (str->hash == 0) str->hash = HashBytes(str->data, str->length);
  return str->hash;
}

void PrintCharEscape(const Printer& printer, uint32_t c) {
  if (c <= 0xFF) {
    Printf(printer, "\\x%02x", static_cast<unsigned>(c));
  } else if (c <= 0xFFFF) {
    Printf(printer, "\\u%04x", static_cast<unsigned>(c));
  } else {
    Printf(printer, "\\U%08x", static_cast<unsigned>(c));
  }
}

void PrintStrRepr(const Printer& printer, const char* data, size_t length) {
  PrintQuoted(printer, data, length, false);
}

void PrintQuoted(const Printer& printer, const char* data, size_t length,
                 bool bytes) {
  // CPython's choice: single quotes, unless the text has ' and no ".
  bool has_single = memchr(data, '\'', length) != nullptr;
  bool has_double = memchr(data, '"', length) != nullptr;
  char quote = has_single && !has_double ? '"' : '\'';
  printer.Char(quote);
  for (size_t i = 0; i < length;) {
    size_t start = i;
    uint32_t c =
        bytes ? static_cast<uint8_t>(data[i++]) : DecodeUtf8(data, length, &i);
    if (c == static_cast<uint8_t>(quote) || c == '\\') {
      printer.Char('\\');
      printer.Char(static_cast<char>(c));
    } else if (c == '\n') {
      printer.Write("\\n");
    } else if (c == '\r') {
      printer.Write("\\r");
    } else if (c == '\t') {
      printer.Write("\\t");
    } else if (bytes ? c < 0x20 || c >= 0x7F : !IsPrintableChar(c)) {
      PrintCharEscape(printer, c);
    } else {
      printer.Write(data + start, i - start);
    }
  }
  printer.Char(quote);
}

const Type kStrType = {
    .base = {&kTypeType},
    .name = q::str,
    .print = PrintStr,
    .make_new = MakeNewStr,
    .unary_op = StrUnaryOp,
    .binary_op = StrBinaryOp,
    .subscr = StrSubscr,
    .get_iter = StrGetIter,
    .locals = &kStrLocals,
};

}  // namespace mp::objects
