// Expressions: names, literals, operators, comparisons, displays and calls.
#include "compiler/compiler_internal.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"

namespace mp::compiler {

BinaryOp BinaryOpFor(TokenKind token) {
  switch (token) {
    case TokenKind::kPipe:
    case TokenKind::kPipeEqual:
      return BinaryOp::kOr;
    case TokenKind::kCaret:
    case TokenKind::kCaretEqual:
      return BinaryOp::kXor;
    case TokenKind::kAmpersand:
    case TokenKind::kAmpersandEqual:
      return BinaryOp::kAnd;
    case TokenKind::kLeftShift:
    case TokenKind::kLeftShiftEqual:
      return BinaryOp::kLeftShift;
    case TokenKind::kRightShift:
    case TokenKind::kRightShiftEqual:
      return BinaryOp::kRightShift;
    case TokenKind::kPlus:
    case TokenKind::kPlusEqual:
      return BinaryOp::kAdd;
    case TokenKind::kMinus:
    case TokenKind::kMinusEqual:
      return BinaryOp::kSubtract;
    case TokenKind::kStar:
    case TokenKind::kStarEqual:
      return BinaryOp::kMultiply;
    case TokenKind::kAt:
    case TokenKind::kAtEqual:
      return BinaryOp::kMatrixMultiply;
    case TokenKind::kDoubleSlash:
    case TokenKind::kDoubleSlashEqual:
      return BinaryOp::kFloorDivide;
    case TokenKind::kSlash:
    case TokenKind::kSlashEqual:
      return BinaryOp::kTrueDivide;
    case TokenKind::kPercent:
    case TokenKind::kPercentEqual:
      return BinaryOp::kModulo;
    default:  // ** and **=
      return BinaryOp::kPower;
  }
}

BinaryOp InplaceOpFor(TokenKind token) {
  return static_cast<BinaryOp>(static_cast<int>(BinaryOpFor(token)) +
                               objects::kInplaceOffset);
}

// Jumps to target when the condition's truth equals jump_if; and/or/not
// become jumps.
void Compiler::CompileJumpIf(Node condition, bool jump_if, Label target) {
  objects::CheckStack();
  if (IsStruct(condition)) {
    const StructNode* node = AsStruct(condition);
    switch (node->node_kind()) {
      case NodeKind::kNot:
        CompileJumpIf(node->children[0], !jump_if, target);
        return;
      case NodeKind::kAnd:
      case NodeKind::kOr: {
        // `a and b` jumps if false as soon as one is false; jumps if true
        // only when all are.
        bool is_and = node->node_kind() == NodeKind::kAnd;
        if (jump_if != is_and) {
          for (size_t i = 0; i < node->count; ++i) {
            CompileJumpIf(node->children[i], jump_if, target);
          }
        } else {
          Label skip = emitter_->NewLabel();
          for (size_t i = 0; i + 1 < node->count; ++i) {
            CompileJumpIf(node->children[i], !jump_if, skip);
          }
          CompileJumpIf(node->children[node->count - 1], jump_if, target);
          emitter_->Place(skip);
        }
        return;
      }
      default:
        break;
    }
  }
  CompileExpression(condition);
  emitter_->EmitJump(jump_if ? Opcode::kPopJumpIfTrue : Opcode::kPopJumpIfFalse,
                     target);
}

void Compiler::CompileExpression(Node expression) {
  objects::CheckStack();
  if (IsSmallInt(expression)) {
    emitter_->EmitSmallInt(SmallIntValue(expression));
    return;
  }
  if (IsLeaf(expression)) {
    if (LeafKindOf(expression) == LeafKind::kName) {
      intptr_t constant;
      if (FindConstant(LeafArgument(expression), &constant)) {
        emitter_->EmitSmallInt(constant);
        return;
      }
      CompileName(LeafArgument(expression), NameOp::kLoad);
      return;
    }
    switch (static_cast<TokenKind>(LeafArgument(expression))) {
      case TokenKind::kNone:
        emitter_->Emit(Opcode::kLoadNone);
        return;
      case TokenKind::kTrue:
        emitter_->Emit(Opcode::kLoadTrue);
        return;
      case TokenKind::kFalse:
        emitter_->Emit(Opcode::kLoadFalse);
        return;
      default:
        emitter_->EmitConstant(objects::Value::Ellipsis());
        return;
    }
  }
  const StructNode* node = AsStruct(expression);
  switch (node->node_kind()) {
    case NodeKind::kString:
      emitter_->EmitConstant(StringConstant(node));
      return;
    case NodeKind::kBytes:
      emitter_->EmitConstant(objects::NewBytes(node->bytes(), node->count));
      return;
    case NodeKind::kFloat: {
      // Null when the build leaves floats (or complex numbers) out.
      objects::Value number =
          objects::ParseFloatLiteral(node->bytes(), node->count);
      if (number.IsNull()) {
        bool imaginary = (node->bytes()[node->count - 1] | 0x20) == 'j';
        Error(imaginary ? "complex values not supported"
                        : "decimal numbers not supported");
      }
      emitter_->EmitConstant(number);
      return;
    }
    case NodeKind::kBigInteger:
      // Arbitrary precision is still to come: ParseInt raises OverflowError.
      emitter_->EmitConstant(objects::ParseInt(node->bytes(), node->count, 0));
      return;
    case NodeKind::kTuple:
    case NodeKind::kList:
    case NodeKind::kSet:
      CompileSequenceDisplay(node);
      return;
    case NodeKind::kDict:
      CompileDictDisplay(node);
      return;
    case NodeKind::kSlice:
      // Only inside a subscript (the parser puts it nowhere else).
      for (size_t i = 0; i < 3; ++i) {
        if (node->children[i] == 0) {
          emitter_->Emit(Opcode::kLoadNone);
        } else {
          CompileExpression(node->children[i]);
        }
      }
      emitter_->Emit(Opcode::kBuildSlice);
      return;
    case NodeKind::kBinaryOp: {
      intptr_t folded;
      if (FoldConstant(expression, &folded)) {
        emitter_->EmitSmallInt(folded);
        return;
      }
    }
      CompileExpression(node->children[0]);
      CompileExpression(node->children[2]);
      emitter_->Emit(Opcode::kBinaryOp,
                     static_cast<uint32_t>(BinaryOpFor(static_cast<TokenKind>(
                         SmallIntValue(node->children[1])))));
      return;
    case NodeKind::kUnaryOp: {
      intptr_t folded;
      if (FoldConstant(expression, &folded)) {
        emitter_->EmitSmallInt(folded);
        return;
      }
    }
      CompileUnary(node);
      return;
    case NodeKind::kNot:
      CompileExpression(node->children[0]);
      emitter_->Emit(Opcode::kUnaryOp, static_cast<uint32_t>(UnaryOp::kNot));
      return;
    case NodeKind::kAnd:
    case NodeKind::kOr: {
      Label end = emitter_->NewLabel();
      Opcode jump = node->node_kind() == NodeKind::kAnd
                        ? Opcode::kJumpIfFalseOrPop
                        : Opcode::kJumpIfTrueOrPop;
      for (size_t i = 0; i < node->count; ++i) {
        CompileExpression(node->children[i]);
        if (i + 1 < node->count) emitter_->EmitJump(jump, end);
      }
      emitter_->Place(end);
      return;
    }
    case NodeKind::kCompare:
      CompileCompare(node);
      return;
    case NodeKind::kConditional: {
      Label orelse = emitter_->NewLabel();
      Label end = emitter_->NewLabel();
      CompileJumpIf(node->children[0], false, orelse);
      CompileExpression(node->children[1]);
      emitter_->EmitJump(Opcode::kJump, end);
      emitter_->Place(orelse);
      CompileExpression(node->children[2]);
      emitter_->Place(end);
      return;
    }
    case NodeKind::kCall:
      CompileCall(node);
      return;
    case NodeKind::kAttribute:
      CompileExpression(node->children[0]);
      emitter_->Emit(Opcode::kLoadAttr, LeafArgument(node->children[1]));
      return;
    case NodeKind::kSubscript:
      CompileExpression(node->children[0]);
      CompileExpression(node->children[1]);
      emitter_->Emit(Opcode::kLoadSubscript);
      return;
    case NodeKind::kLambda:
      CompileFunction(node, true);
      return;
    case NodeKind::kListComprehension:
    case NodeKind::kSetComprehension:
    case NodeKind::kDictComprehension:
    case NodeKind::kGenerator:
      CompileComprehension(node);
      return;
    case NodeKind::kYield:
      if (node->children[0] != 0) {
        CompileExpression(node->children[0]);
      } else {
        emitter_->Emit(Opcode::kLoadNone);
      }
      emitter_->Emit(Opcode::kYieldValue);
      return;
    case NodeKind::kYieldFrom:
      CompileExpression(node->children[0]);
      emitter_->Emit(Opcode::kGetYieldFromIter);
      emitter_->Emit(Opcode::kLoadNone);
      emitter_->Emit(Opcode::kYieldFrom);
      return;
    case NodeKind::kAwait:
      CompileExpression(node->children[0]);
      EmitAwait();
      return;
    case NodeKind::kNamedExpression:
      CompileExpression(node->children[1]);
      emitter_->Emit(Opcode::kDupTop);
      CompileName(LeafArgument(node->children[0]), NameOp::kStore);
      return;
    case NodeKind::kFString:
      CompileFString(node);
      return;
    case NodeKind::kStarred:
      Error("can't use starred expression here");
    default:
      ErrorUnsupported(node->node_kind());
  }
}

objects::Value Compiler::StringConstant(const StructNode* node) {
  if (node->count <= kInternStringMax) {
    return objects::Value::FromQstr(
        objects::Shared().qstrs.Intern(node->bytes(), node->count));
  }
  return objects::NewStr(node->bytes(), node->count);
}

void Compiler::CompileUnary(const StructNode* node) {
  auto op = static_cast<TokenKind>(SmallIntValue(node->children[0]));
  Node operand = node->children[1];
  // -5 is a constant; folding it keeps negative literals as cheap as positive
  // ones.
  if (op == TokenKind::kMinus && IsSmallInt(operand)) {
    emitter_->EmitSmallInt(-SmallIntValue(operand));
    return;
  }
  CompileExpression(operand);
  UnaryOp unary = op == TokenKind::kMinus  ? UnaryOp::kNegative
                  : op == TokenKind::kPlus ? UnaryOp::kPositive
                                           : UnaryOp::kInvert;
  emitter_->Emit(Opcode::kUnaryOp, static_cast<uint32_t>(unary));
}

// a < b < c evaluates b once: a, b -> (dup b under the result) -> compare,
// then c.
void Compiler::CompileCompare(const StructNode* node) {
  CompileExpression(node->children[0]);
  size_t comparisons = (node->count - 1) / 2;
  Label cleanup = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  for (size_t i = 0; i < comparisons; ++i) {
    CompileExpression(node->children[2 + 2 * i]);
    bool last = i + 1 == comparisons;
    if (!last) {
      emitter_->Emit(Opcode::kDupTop);
      emitter_->Emit(Opcode::kRotThree);
    }
    auto op = static_cast<CompareOp>(SmallIntValue(node->children[1 + 2 * i]));
    bool negate = op == CompareOp::kNotIn || op == CompareOp::kIsNot;
    BinaryOp binary;
    switch (op) {
      case CompareOp::kLess:
        binary = BinaryOp::kLess;
        break;
      case CompareOp::kMore:
        binary = BinaryOp::kMore;
        break;
      case CompareOp::kEqual:
        binary = BinaryOp::kEqual;
        break;
      case CompareOp::kLessEqual:
        binary = BinaryOp::kLessEqual;
        break;
      case CompareOp::kMoreEqual:
        binary = BinaryOp::kMoreEqual;
        break;
      case CompareOp::kNotEqual:
        binary = BinaryOp::kNotEqual;
        break;
      case CompareOp::kIn:
      case CompareOp::kNotIn:
        binary = BinaryOp::kIn;
        break;
      default:
        binary = BinaryOp::kIs;
        break;
    }
    emitter_->Emit(Opcode::kBinaryOp, static_cast<uint32_t>(binary));
    if (negate)
      emitter_->Emit(Opcode::kUnaryOp, static_cast<uint32_t>(UnaryOp::kNot));
    if (!last) emitter_->EmitJump(Opcode::kJumpIfFalseOrPop, cleanup);
  }
  if (comparisons > 1) {
    emitter_->EmitJump(Opcode::kJump, end);
    // A comparison failed early: drop the operand kept for the next one.
    emitter_->Place(cleanup);
    emitter_->Emit(Opcode::kRotTwo);
    emitter_->Emit(Opcode::kPopTop);
    emitter_->Place(end);
  }
}

// (a, *b), [a, *b], {a, *b}: built whole when nothing is unpacked, else
// item by item into an empty list or set (a tuple from a list).
void Compiler::CompileSequenceDisplay(const StructNode* node) {
  NodeKind kind = node->node_kind();
  bool any_starred = false;
  for (size_t i = 0; i < node->count; ++i) {
    any_starred =
        any_starred || IsStructOf(node->children[i], NodeKind::kStarred);
  }
  if (!any_starred) {
    for (size_t i = 0; i < node->count; ++i)
      CompileExpression(node->children[i]);
    emitter_->Emit(kind == NodeKind::kTuple  ? Opcode::kBuildTuple
                   : kind == NodeKind::kList ? Opcode::kBuildList
                                             : Opcode::kBuildSet,
                   node->count);
    return;
  }
  bool is_set = kind == NodeKind::kSet;
  emitter_->Emit(is_set ? Opcode::kBuildSet : Opcode::kBuildList, 0);
  for (size_t i = 0; i < node->count; ++i) {
    Node item = node->children[i];
    if (IsStructOf(item, NodeKind::kStarred)) {
      CompileExpression(AsStruct(item)->children[0]);
      emitter_->Emit(is_set ? Opcode::kSetUpdate : Opcode::kListExtend, 1);
    } else {
      CompileExpression(item);
      emitter_->Emit(is_set ? Opcode::kSetAdd : Opcode::kListAppend, 1);
    }
  }
  if (kind == NodeKind::kTuple) emitter_->Emit(Opcode::kListToTuple);
}

// {k: v, **m}: pairs as children; a **m entry is a kDoubleStarred key with
// no value.
void Compiler::CompileDictDisplay(const StructNode* node) {
  size_t pairs = node->count / 2;
  bool any_unpacked = false;
  for (size_t i = 0; i < pairs; ++i) {
    any_unpacked = any_unpacked || node->children[2 * i + 1] == 0;
  }
  if (!any_unpacked) {
    for (size_t i = 0; i < node->count; ++i)
      CompileExpression(node->children[i]);
    emitter_->Emit(Opcode::kBuildMap, static_cast<uint32_t>(pairs));
    return;
  }
  emitter_->Emit(Opcode::kBuildMap, 0);
  for (size_t i = 0; i < pairs; ++i) {
    Node key = node->children[2 * i];
    Node value = node->children[2 * i + 1];
    if (value == 0) {
      CompileExpression(AsStruct(key)->children[0]);
      emitter_->Emit(Opcode::kDictUpdate, 1);
    } else {
      CompileExpression(key);
      CompileExpression(value);
      emitter_->Emit(Opcode::kMapAdd, 1);
    }
  }
}

// f(a, *b, k=c, **d): the positional arguments into a tuple and the keyword
// ones into a dict, for CallFunctionEx. The callable and `n_pushed` positional
// arguments are on the stack already; the arguments are node's children from
// `first` on.
void Compiler::EmitCallWithUnpacking(const StructNode* node, size_t first,
                                     uint32_t n_pushed) {
  emitter_->Emit(Opcode::kBuildList, n_pushed);
  bool any_keywords = false;
  for (size_t i = first; i < node->count; ++i) {
    Node argument = node->children[i];
    if (IsStructOf(argument, NodeKind::kStarred)) {
      CompileExpression(AsStruct(argument)->children[0]);
      emitter_->Emit(Opcode::kListExtend, 1);
    } else if (!IsStructOf(argument, NodeKind::kKeywordArgument) &&
               !IsStructOf(argument, NodeKind::kDoubleStarred)) {
      CompileExpression(argument);
      emitter_->Emit(Opcode::kListAppend, 1);
    } else {
      any_keywords = true;
    }
  }
  emitter_->Emit(Opcode::kListToTuple);
  if (any_keywords) {
    emitter_->Emit(Opcode::kBuildMap, 0);
    for (size_t i = first; i < node->count; ++i) {
      Node argument = node->children[i];
      if (IsStructOf(argument, NodeKind::kKeywordArgument)) {
        const StructNode* keyword = AsStruct(argument);
        emitter_->EmitConstant(
            objects::Value::FromQstr(LeafArgument(keyword->children[0])));
        CompileExpression(keyword->children[1]);
        emitter_->Emit(Opcode::kMapAdd, 1);
      } else if (IsStructOf(argument, NodeKind::kDoubleStarred)) {
        CompileExpression(AsStruct(argument)->children[0]);
        emitter_->Emit(Opcode::kDictUpdate, 1);
      }
    }
  }
  emitter_->Emit(Opcode::kCallFunctionEx, any_keywords ? 1 : 0);
}

bool Compiler::HasUnpacking(const StructNode* node, size_t first) {
  for (size_t i = first; i < node->count; ++i) {
    if (IsStructOf(node->children[i], NodeKind::kStarred) ||
        IsStructOf(node->children[i], NodeKind::kDoubleStarred)) {
      return true;
    }
  }
  return false;
}

// Pushes the arguments (node's children from `first` on, none unpacked) and
// calls: CallMethod when a method and its self were loaded, else CallFunction
// with `n_pushed` positional arguments already on the stack.
void Compiler::EmitCall(const StructNode* node, size_t first, uint32_t n_pushed,
                        bool is_method) {
  size_t n_positional = n_pushed;
  size_t n_keyword = 0;
  for (size_t i = first; i < node->count; ++i) {
    Node argument = node->children[i];
    if (IsStructOf(argument, NodeKind::kKeywordArgument)) {
      const StructNode* keyword = AsStruct(argument);
      emitter_->EmitConstant(
          objects::Value::FromQstr(LeafArgument(keyword->children[0])));
      CompileExpression(keyword->children[1]);
      ++n_keyword;
    } else {
      CompileExpression(argument);
      ++n_positional;
    }
  }
  if (n_positional > kMaxCallArguments || n_keyword > kMaxCallArguments) {
    Error("too many arguments");
  }
  auto arg = static_cast<uint32_t>(n_positional | (n_keyword << 8));
  emitter_->Emit(is_method ? Opcode::kCallMethod : Opcode::kCallFunction, arg);
}

void Compiler::CompileCall(const StructNode* node) {
  Node function = node->children[0];
  if (HasUnpacking(node, 1)) {
    CompileExpression(function);
    EmitCallWithUnpacking(node, 1, 0);
    return;
  }
  if (node->count == 1 && IsName(function) &&
      LeafArgument(function) == objects::q::super && CompileBareSuper()) {
    return;
  }
  bool is_method = IsStructOf(function, NodeKind::kAttribute);
  if (is_method) {
    const StructNode* attribute = AsStruct(function);
    CompileExpression(attribute->children[0]);
    emitter_->Emit(Opcode::kLoadMethod, LeafArgument(attribute->children[1]));
  } else {
    CompileExpression(function);
  }
  EmitCall(node, 1, 0, is_method);
}

// super() with no arguments, in a method, is super(__class__, <its first
// argument>), as CPython finds them at run time. Returns false where that does
// not apply (the call then fails at run time, as in CPython).
bool Compiler::CompileBareSuper() {
  NameInfo* super_name = scope_->Find(objects::q::super);
  if (super_name != nullptr && super_name->kind != NameKind::kGlobalImplicit &&
      super_name->kind != NameKind::kUnresolved) {
    return false;  // a local or captured `super` is not the built-in
  }
  NameInfo* class_cell = scope_->Find(objects::q::dunder_class);
  if (class_cell == nullptr || class_cell->kind != NameKind::kFree ||
      scope_->name_count == 0 || !scope_->names[0].is_parameter) {
    return false;
  }
  CompileName(objects::q::super, NameOp::kLoad);
  CompileName(objects::q::dunder_class, NameOp::kLoad);
  CompileName(scope_->names[0].name, NameOp::kLoad);
  emitter_->Emit(Opcode::kCallFunction, 2);
  return true;
}

// f"a{x!r:>{w}}b": each part as a str, joined by BuildString. A replacement
// field is its expression, then its spec (itself an f-string), then
// FormatValue.
void Compiler::CompileFString(const StructNode* node) {
  if (node->count == 0) {
    emitter_->EmitConstant(objects::Value::FromQstr(objects::q::empty));
    return;
  }
  for (size_t i = 0; i < node->count; ++i) {
    const StructNode* part = AsStruct(node->children[i]);
    if (part->node_kind() == NodeKind::kString) {
      emitter_->EmitConstant(StringConstant(part));
      continue;
    }
    CompileExpression(part->children[0]);
    uint32_t flags = 0;
    switch (SmallIntValue(part->children[1])) {
      case 's':
        flags = 1;
        break;
      case 'r':
        flags = 2;
        break;
      case 'a':
        flags = 3;
        break;
      default:
        break;
    }
    if (part->children[2] != 0) {
      CompileFString(AsStruct(part->children[2]));
      flags |= 4;
    }
    emitter_->Emit(Opcode::kFormatValue, flags);
  }
  if (node->count > 1) emitter_->Emit(Opcode::kBuildString, node->count);
}

}  // namespace mp::compiler
