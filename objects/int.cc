#include "objects/int.h"

#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/operations.h"
#include "objects/str.h"

namespace mp::objects {
namespace {

[[noreturn]] void RaiseOverflow() {
  RaiseMessage(&kOverflowErrorType, "small int overflow");
}

[[noreturn]] void RaiseDivideByZero() {
  RaiseMessage(&kZeroDivisionErrorType, "divide by zero");
}

Value Checked(intptr_t n) {
  if (!Value::FitsSmallInt(n)) RaiseOverflow();
  return Value::SmallInt(n);
}

intptr_t FloorDivide(intptr_t a, intptr_t b) {
  intptr_t quotient = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --quotient;
  return quotient;
}

intptr_t FloorModulo(intptr_t a, intptr_t b) {
  intptr_t remainder = a % b;
  if (remainder != 0 && ((remainder < 0) != (b < 0))) remainder += b;
  return remainder;
}

Value Power(intptr_t base, intptr_t exponent) {
  if (exponent < 0) {
    RaiseMessage(&kValueErrorType, "negative power with no float support");
  }
  intptr_t result = 1;
  for (;;) {
    if (exponent & 1) {
      if (__builtin_mul_overflow(result, base, &result)) RaiseOverflow();
    }
    exponent >>= 1;
    if (exponent == 0) break;
    if (__builtin_mul_overflow(base, base, &base)) RaiseOverflow();
  }
  return Checked(result);
}

void PrintInt(const Printer& printer, Value self, PrintKind /*kind*/) {
  char digits[24];
  char* end = digits + sizeof(digits);
  char* start = FormatInt(self.AsSmallInt(), end);
  printer.Write(start, static_cast<size_t>(end - start));
}

Value MakeNewInt(const Type* /*type*/, size_t n_args, size_t n_kw,
                 const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 2, false);
  if (n_args == 0) return Value::SmallInt(0);
  // An int or str subclass's instance converts through the value inside.
  Value x = NativeValue(args[0]);
  if (n_args == 1) {
    if (x.IsSmallInt()) return x;
    if (x.IsBool()) return Value::SmallInt(x == Value::True());
    if (!IsInstance(x, &kStrType)) {
      RaiseFormat(&kTypeErrorType, "can't convert %q to int", TypeName(x));
    }
  }
  if (!IsInstance(x, &kStrType)) {
    RaiseMessage(&kTypeErrorType,
                 "int() can't convert non-string with explicit base");
  }
  intptr_t base = n_args == 2 ? ToIntptr(args[1]) : 10;
  if (base != 0 && (base < 2 || base > 36)) {
    RaiseMessage(&kValueErrorType, "int() arg 2 must be >= 2 and <= 36");
  }
  size_t length;
  const char* text = StrData(x, &length);
  return ParseInt(text, length, static_cast<unsigned>(base));
}

Value IntUnaryOp(UnaryOp op, Value self) {
  intptr_t n = self.AsSmallInt();
  switch (op) {
    case UnaryOp::kPositive:
      return self;
    case UnaryOp::kNegative:
      return Checked(-n);
    case UnaryOp::kInvert:
      return Value::SmallInt(~n);
    case UnaryOp::kBool:
      return Value::Bool(n != 0);
    case UnaryOp::kHash:
      return self;
    default:
      return Value();
  }
}

Value IntBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (rhs.IsBool()) rhs = Value::SmallInt(rhs == Value::True());
  if (!rhs.IsSmallInt()) return Value();
  return SmallIntBinaryOp(op, lhs.AsSmallInt(), rhs.AsSmallInt());
}

}  // namespace

Value NewInt(long long n) {
  if (n < Value::kSmallIntMin || n > Value::kSmallIntMax) RaiseOverflow();
  return Value::SmallInt(static_cast<intptr_t>(n));
}

Value SmallIntBinaryOp(BinaryOp op, intptr_t a, intptr_t b) {
  intptr_t result;
  switch (PlainBinaryOp(op)) {
    case BinaryOp::kLess:
      return Value::Bool(a < b);
    case BinaryOp::kMore:
      return Value::Bool(a > b);
    case BinaryOp::kEqual:
      return Value::Bool(a == b);
    case BinaryOp::kLessEqual:
      return Value::Bool(a <= b);
    case BinaryOp::kMoreEqual:
      return Value::Bool(a >= b);
    case BinaryOp::kNotEqual:
      return Value::Bool(a != b);
    case BinaryOp::kOr:
      return Value::SmallInt(a | b);
    case BinaryOp::kXor:
      return Value::SmallInt(a ^ b);
    case BinaryOp::kAnd:
      return Value::SmallInt(a & b);
    case BinaryOp::kLeftShift:
      if (b < 0) RaiseMessage(&kValueErrorType, "negative shift count");
      if (a == 0) return Value::SmallInt(0);
      if (b >= static_cast<intptr_t>(8 * sizeof(intptr_t) - 1)) RaiseOverflow();
      result = static_cast<intptr_t>(static_cast<uintptr_t>(a) << b);
      if ((result >> b) != a) RaiseOverflow();
      return Checked(result);
    case BinaryOp::kRightShift:
      if (b < 0) RaiseMessage(&kValueErrorType, "negative shift count");
      if (b >= static_cast<intptr_t>(8 * sizeof(intptr_t))) {
        return Value::SmallInt(a < 0 ? -1 : 0);
      }
      return Value::SmallInt(a >> b);
    case BinaryOp::kAdd:
      if (__builtin_add_overflow(a, b, &result)) RaiseOverflow();
      return Checked(result);
    case BinaryOp::kSubtract:
      if (__builtin_sub_overflow(a, b, &result)) RaiseOverflow();
      return Checked(result);
    case BinaryOp::kMultiply:
      if (__builtin_mul_overflow(a, b, &result)) RaiseOverflow();
      return Checked(result);
    case BinaryOp::kFloorDivide:
      if (b == 0) RaiseDivideByZero();
      return Checked(FloorDivide(a, b));
    case BinaryOp::kModulo:
      if (b == 0) RaiseDivideByZero();
      return Value::SmallInt(FloorModulo(a, b));
    case BinaryOp::kPower:
      return Power(a, b);
    default:
      return Value();
  }
}

Value ParseInt(const char* text, size_t length, unsigned base) {
  const char* p = text;
  const char* end = text + length;
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (p < end && is_space(*p)) ++p;
  while (end > p && is_space(end[-1])) --end;
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  // A prefix is allowed when it names the base (or the base is 0, meaning "from
  // the prefix").
  if (end - p >= 2 && p[0] == '0') {
    char letter = static_cast<char>(p[1] | 0x20);
    unsigned prefix_base = letter == 'x'   ? 16
                           : letter == 'o' ? 8
                           : letter == 'b' ? 2
                                           : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      p += 2;
      if (p < end && *p == '_') ++p;
    }
  }
  bool base_was_zero = base == 0;
  if (base == 0) base = 10;
  long long value = 0;
  bool any_digit = false;
  bool leading_zero_only = true;
  bool valid = p < end;
  for (; p < end; ++p) {
    char c = *p;
    if (c == '_' && any_digit && p + 1 < end && p[1] != '_') continue;
    unsigned digit;
    if (c >= '0' && c <= '9') {
      digit = static_cast<unsigned>(c - '0');
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      digit = static_cast<unsigned>((c | 0x20) - 'a' + 10);
    } else {
      valid = false;
      break;
    }
    if (digit >= base) {
      valid = false;
      break;
    }
    if (digit != 0) leading_zero_only = false;
    any_digit = true;
    if (__builtin_mul_overflow(value, static_cast<long long>(base), &value) ||
        __builtin_add_overflow(value, static_cast<long long>(digit), &value)) {
      RaiseOverflow();
    }
  }
  // With base 0, a decimal literal may not have leading zeros (except 0
  // itself).
  if (valid && base_was_zero && base == 10 && !leading_zero_only &&
      length > 0) {
    const char* first = text;
    while (first < end && (is_space(*first) || *first == '+' || *first == '-'))
      ++first;
    if (*first == '0') valid = false;
  }
  if (!valid || !any_digit) {
    RaiseFormat(&kValueErrorType,
                "invalid syntax for integer with base %u: '%.*s'",
                base_was_zero ? 0u : base, static_cast<int>(length), text);
  }
  return NewInt(negative ? -value : value);
}

const Type kIntType = {
    .base = {&kTypeType},
    .name = q::int_,
    .print = PrintInt,
    .make_new = MakeNewInt,
    .unary_op = IntUnaryOp,
    .binary_op = IntBinaryOp,
};

}  // namespace mp::objects
