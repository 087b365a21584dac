// The object model: every heap object starts with its type, and a type is a
// table of slots (functions that implement the operations). Built-in types are
// static const tables in flash.
#ifndef MP_OBJECTS_OBJECT_H_
#define MP_OBJECTS_OBJECT_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/qstr.h"
#include "objects/value.h"

namespace mp::objects {

struct Type;
struct Printer;
struct StaticMap;

struct Object {
  const Type* type;
};

// Operators, in the order the compiler numbers them in bytecode operands. Each
// X(name, qstr) names the special method that the operator calls, used in error
// messages.
#define MP_UNARY_OPS(X)     \
  X(kPositive, dunder_pos)  \
  X(kNegative, dunder_neg)  \
  X(kInvert, dunder_invert) \
  X(kNot, dunder_bool)      \
  X(kBool, dunder_bool)     \
  X(kLen, dunder_len)       \
  X(kHash, dunder_hash)

enum class UnaryOp : uint8_t {
#define MP_X(name, qstr) name,
  MP_UNARY_OPS(MP_X)
#undef MP_X
};

// In-place operators come in the same order as their plain forms,
// kInplaceOffset after them.
#define MP_BINARY_OPS(X)                    \
  X(kLess, dunder_lt)                       \
  X(kMore, dunder_gt)                       \
  X(kEqual, dunder_eq)                      \
  X(kLessEqual, dunder_le)                  \
  X(kMoreEqual, dunder_ge)                  \
  X(kNotEqual, dunder_ne)                   \
  X(kIn, dunder_contains)                   \
  X(kIs, empty)                             \
  X(kExceptionMatch, empty)                 \
  X(kOr, dunder_or)                         \
  X(kXor, dunder_xor)                       \
  X(kAnd, dunder_and)                       \
  X(kLeftShift, dunder_lshift)              \
  X(kRightShift, dunder_rshift)             \
  X(kAdd, dunder_add)                       \
  X(kSubtract, dunder_sub)                  \
  X(kMultiply, dunder_mul)                  \
  X(kMatrixMultiply, dunder_matmul)         \
  X(kFloorDivide, dunder_floordiv)          \
  X(kTrueDivide, dunder_truediv)            \
  X(kModulo, dunder_mod)                    \
  X(kPower, dunder_pow)                     \
  X(kInplaceOr, dunder_ior)                 \
  X(kInplaceXor, dunder_ixor)               \
  X(kInplaceAnd, dunder_iand)               \
  X(kInplaceLeftShift, dunder_ilshift)      \
  X(kInplaceRightShift, dunder_irshift)     \
  X(kInplaceAdd, dunder_iadd)               \
  X(kInplaceSubtract, dunder_isub)          \
  X(kInplaceMultiply, dunder_imul)          \
  X(kInplaceMatrixMultiply, dunder_imatmul) \
  X(kInplaceFloorDivide, dunder_ifloordiv)  \
  X(kInplaceTrueDivide, dunder_itruediv)    \
  X(kInplaceModulo, dunder_imod)            \
  X(kInplacePower, dunder_ipow)

enum class BinaryOp : uint8_t {
#define MP_X(name, qstr) name,
  MP_BINARY_OPS(MP_X)
#undef MP_X
};

inline constexpr int kInplaceOffset =
    static_cast<int>(BinaryOp::kInplaceOr) - static_cast<int>(BinaryOp::kOr);

// The plain operator for an in-place one (kInplaceAdd -> kAdd); others are
// returned as they are.
constexpr BinaryOp PlainBinaryOp(BinaryOp op) {
  return op >= BinaryOp::kInplaceOr
             ? static_cast<BinaryOp>(static_cast<int>(op) - kInplaceOffset)
             : op;
}

// The comparison that asks the same of swapped operands (a < b is b > a);
// other operators are returned as they are.
constexpr BinaryOp SwappedComparison(BinaryOp op) {
  switch (PlainBinaryOp(op)) {
    case BinaryOp::kLess:
      return BinaryOp::kMore;
    case BinaryOp::kMore:
      return BinaryOp::kLess;
    case BinaryOp::kLessEqual:
      return BinaryOp::kMoreEqual;
    case BinaryOp::kMoreEqual:
      return BinaryOp::kLessEqual;
    default:
      return op;
  }
}

Qstr UnaryOpName(UnaryOp op);
Qstr BinaryOpName(BinaryOp op);

enum class PrintKind : uint8_t { kStr, kRepr };

// What an attribute slot is asked to do. To load, dest[0] is null on entry; the
// slot sets dest[0] to the value, or, for a method, dest[0] to the function and
// dest[1] to self. To store, dest[0] is Value::Sentinel() and dest[1] the
// value; to delete, dest[0] is the sentinel and dest[1] null. A slot that
// handles a store or delete sets dest[0] to null.
using PrintFn = void (*)(const Printer& printer, Value self, PrintKind kind);
using MakeNewFn = Value (*)(const Type* type, size_t n_args, size_t n_kw,
                            const Value* args);
// Arguments are the positional ones, then n_kw (name, value) pairs.
using CallFn = Value (*)(Value self, size_t n_args, size_t n_kw,
                         const Value* args);
// Unary and binary slots return the null Value when they do not support the
// operation.
using UnaryOpFn = Value (*)(UnaryOp op, Value self);
using BinaryOpFn = Value (*)(BinaryOp op, Value lhs, Value rhs);
using AttrFn = void (*)(Value self, Qstr attr, Value* dest);
// value is Value::Sentinel() to load (returning the item), null to delete, or
// the value to store; returns null when the operation is not supported.
using SubscrFn = Value (*)(Value self, Value index, Value value);
using GetIterFn = Value (*)(Value self);
// Returns the null Value when the iterator is exhausted.
using IterNextFn = Value (*)(Value self);

// The bytes an object lends to bytes(), memoryview and the methods that take
// bytes-like arguments. They stay valid until the object is next resized (a
// bytearray may move them), so users fetch them again after running Python
// code.
struct Buffer {
  char* data;
  size_t length;
  bool writable;
};
using BufferFn = void (*)(Value self, Buffer* out);

enum TypeFlags : uint16_t {
  // Instances have no hash (lists, dicts, sets): hash() raises TypeError.
  kTypeUnhashable = 1,
};

struct Type {
  Object base;
  Qstr name;
  uint16_t flags;
  PrintFn print;
  MakeNewFn make_new;
  CallFn call;
  UnaryOpFn unary_op;
  BinaryOpFn binary_op;
  AttrFn attr;
  SubscrFn subscr;
  GetIterFn get_iter;
  IterNextFn iter_next;
  const Type* base_type;
  const StaticMap* locals;
  BufferFn buffer;
};

extern const Type kTypeType;

}  // namespace mp::objects

#endif  // MP_OBJECTS_OBJECT_H_
