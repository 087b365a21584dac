// Constant folding of int expressions, and micropython.const(). Folding only
// happens where it cannot change what the program does: 1 // 0 still raises
// at run time, and results that would not fit a small int (2 ** 10000) are
// left to the run time, so compiling stays cheap.
#include "compiler/compiler_internal.h"
#include "objects/exception.h"
#include "objects/value.h"

namespace mp::compiler {
namespace {

bool Fits(intptr_t n) { return objects::Value::FitsSmallInt(n); }

// Python's floor division and modulo; the divisor is not zero.
intptr_t FloorDivide(intptr_t a, intptr_t b) {
  intptr_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

intptr_t FloorModulo(intptr_t a, intptr_t b) {
  intptr_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

bool FoldBinary(TokenKind op, intptr_t a, intptr_t b, intptr_t* out) {
  intptr_t r;
  switch (op) {
    case TokenKind::kPlus:
      if (__builtin_add_overflow(a, b, &r)) return false;
      break;
    case TokenKind::kMinus:
      if (__builtin_sub_overflow(a, b, &r)) return false;
      break;
    case TokenKind::kStar:
      if (__builtin_mul_overflow(a, b, &r)) return false;
      break;
    case TokenKind::kDoubleSlash:
      if (b == 0 || (a == objects::Value::kSmallIntMin && b == -1))
        return false;
      r = FloorDivide(a, b);
      break;
    case TokenKind::kPercent:
      if (b == 0) return false;
      r = FloorModulo(a, b);
      break;
    case TokenKind::kDoubleStar: {
      if (b < 0) return false;  // a float at run time
      r = 1;
      for (intptr_t i = 0; i < b; ++i) {
        if (__builtin_mul_overflow(r, a, &r) || !Fits(r)) return false;
        if (r == 0 || r == 1) break;
      }
      if (a == -1) r = (b % 2 == 0) ? 1 : -1;
      break;
    }
    case TokenKind::kLeftShift:
      if (b < 0) return false;  // ValueError at run time
      if (b >= static_cast<intptr_t>(8 * sizeof(intptr_t) - 2)) {
        if (a != 0) return false;
        r = 0;
        break;
      }
      r = a * (static_cast<intptr_t>(1) << b);
      if (r / (static_cast<intptr_t>(1) << b) != a) return false;
      break;
    case TokenKind::kRightShift:
      if (b < 0) return false;
      r = b >= static_cast<intptr_t>(8 * sizeof(intptr_t)) ? (a < 0 ? -1 : 0)
                                                           : a >> b;
      break;
    case TokenKind::kAmpersand:
      r = a & b;
      break;
    case TokenKind::kPipe:
      r = a | b;
      break;
    case TokenKind::kCaret:
      r = a ^ b;
      break;
    default:
      return false;  // / gives a float; @ is no int operator
  }
  if (!Fits(r)) return false;
  *out = r;
  return true;
}

}  // namespace

bool Compiler::FoldConstant(Node expression, intptr_t* out) {
  objects::CheckStack();
  if (IsSmallInt(expression)) {
    *out = SmallIntValue(expression);
    return true;
  }
  if (IsName(expression)) return FindConstant(LeafArgument(expression), out);
  if (!IsStruct(expression)) return false;
  const StructNode* node = AsStruct(expression);
  switch (node->node_kind()) {
    case NodeKind::kUnaryOp: {
      intptr_t operand;
      if (!FoldConstant(node->children[1], &operand)) return false;
      switch (static_cast<TokenKind>(SmallIntValue(node->children[0]))) {
        case TokenKind::kMinus:
          if (!Fits(-operand)) return false;
          *out = -operand;
          return true;
        case TokenKind::kPlus:
          *out = operand;
          return true;
        case TokenKind::kTilde:
          *out = ~operand;
          return true;
        default:
          return false;
      }
    }
    case NodeKind::kBinaryOp: {
      intptr_t a;
      intptr_t b;
      return FoldConstant(node->children[0], &a) &&
             FoldConstant(node->children[2], &b) &&
             FoldBinary(
                 static_cast<TokenKind>(SmallIntValue(node->children[1])), a, b,
                 out);
    }
    default:
      return false;
  }
}

bool Compiler::FindConstant(Qstr name, intptr_t* out) {
  // A const() name counts only where it names the module-level one.
  if (scope_->kind != ScopeKind::kModule) {
    NameInfo* info = scope_->Find(name);
    if (info != nullptr && info->kind != NameKind::kGlobalImplicit &&
        info->kind != NameKind::kGlobalExplicit) {
      return false;
    }
  }
  for (size_t i = 0; i < constant_count_; ++i) {
    if (constants_[i].name == name) {
      *out = constants_[i].value;
      return true;
    }
  }
  return false;
}

// NAME = const(expr) or NAME = micropython.const(expr) at module level, with
// an int expression the compiler can fold: later uses of NAME become the
// number. As in MicroPython, a name starting with _ is not stored at all.
bool Compiler::CompileConstAssignment(const StructNode* node) {
  if (scope_->kind != ScopeKind::kModule || node->count != 2 ||
      !IsName(node->children[0]) ||
      !IsStructOf(node->children[1], NodeKind::kCall)) {
    return false;
  }
  const StructNode* call = AsStruct(node->children[1]);
  Node function = call->children[0];
  bool is_const =
      (IsName(function) && LeafArgument(function) == objects::q::const_) ||
      (IsStructOf(function, NodeKind::kAttribute) &&
       IsName(AsStruct(function)->children[0]) &&
       LeafArgument(AsStruct(function)->children[0]) ==
           objects::q::micropython &&
       LeafArgument(AsStruct(function)->children[1]) == objects::q::const_);
  intptr_t value;
  if (!is_const || call->count != 2 || !FoldConstant(call->children[1], &value))
    return false;
  Qstr name = LeafArgument(node->children[0]);
  if (constant_count_ == constant_capacity_) {
    size_t capacity = constant_capacity_ == 0 ? 8 : constant_capacity_ * 2;
    constants_ = static_cast<Constant*>(
        objects::Reallocate(constants_, capacity * sizeof(Constant)));
    constant_capacity_ = capacity;
  }
  constants_[constant_count_++] = Constant{name, value};
  size_t length = objects::Shared().qstrs.Length(name);
  const char* text = objects::Shared().qstrs.Data(name);
  if (length > 0 && text[0] == '_') return true;
  emitter_->EmitSmallInt(value);
  CompileName(name, NameOp::kStore);
  return true;
}

}  // namespace mp::compiler
