#include "compiler/compiler.h"

#include <string.h>

#include "compiler/bytecode_emitter.h"
#include "compiler/scope.h"
#include "compiler/syntax_error.h"
#include "lexer/token.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/object.h"
#include "objects/state.h"
#include "objects/str.h"

namespace mp::compiler {
namespace {

using lexer::TokenKind;
using objects::BinaryOp;
using objects::UnaryOp;
using parser::AsStruct;
using parser::CompareOp;
using parser::IsLeaf;
using parser::IsName;
using parser::IsNone;
using parser::IsSmallInt;
using parser::IsStruct;
using parser::IsStructOf;
using parser::LeafArgument;
using parser::LeafKind;
using parser::LeafKindOf;
using parser::Node;
using parser::NodeKind;
using parser::SmallIntValue;
using parser::StructNode;

// Strings up to this long become qstrs; longer ones are str constants
// (MicroPython's choice).
constexpr size_t kInternStringMax = 10;
constexpr size_t kMaxCallArguments = 255;

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

// A loop, or a construct that leaving by break/continue/return must undo.
struct Block {
  enum Kind : uint8_t {
    kLoop,          // while: nothing of its own on the stack
    kForLoop,       // for: the iterator is on the stack
    kTry,           // a try body: a handler is pushed
    kExceptClause,  // an except clause (or a finally run for an exception): two
                    // values stacked
    kFinally,       // a try body whose finally must run on the way out
  };
  Kind kind;
  Label continue_label;
  Label break_label;
  Node finally_body;
};

class Compiler {
 public:
  explicit Compiler(const CompileOptions& options) : options_(options) {}

  RawCode* CompileModule(Node module) {
    Scope* scope = AnalyzeScopes(module, options_.source_file);
    BytecodeEmitter emitter;
    scope_ = scope;
    emitter_ = &emitter;
    const StructNode* statements = AsStruct(module);
    for (size_t i = 0; i < statements->count; ++i) {
      CompileStatement(statements->children[i], /*top_level=*/true);
    }
    emitter.Emit(Opcode::kLoadNone);
    emitter.Emit(Opcode::kReturnValue);
    return EndCode(emitter, *scope);
  }

 private:
  [[noreturn]] void Error(const char* message) {
    RaiseSyntaxError(options_.source_file, line_, message);
  }

  // What the parser accepts but this compiler does not compile yet, named as
  // the user wrote it; anything else is a construct out of place.
  [[noreturn]] void ErrorUnsupported(NodeKind kind) {
    switch (kind) {
      case NodeKind::kClassDef:
        Error("classes are not supported yet");
      case NodeKind::kDecorated:
        Error("decorators are not supported yet");
      case NodeKind::kAsyncFor:
      case NodeKind::kAsyncWith:
        Error("async and await are not supported yet");
      case NodeKind::kWith:
        Error("with statements are not supported yet");
      case NodeKind::kImport:
      case NodeKind::kImportFrom:
        Error("import is not supported yet");
      case NodeKind::kMatch:
        Error("match statements are not supported yet");
      case NodeKind::kTryStar:
        Error("except* is not supported yet");
      case NodeKind::kFString:
        Error("f-strings are not supported yet");
      default:
        Error("invalid syntax");
    }
  }

  void SetLine(uint32_t line) {
    line_ = line;
    emitter_->SetLine(line);
  }

  RawCode* EndCode(BytecodeEmitter& emitter, Scope& scope) {
    CodeInfo info{};
    info.name = scope.name;
    info.source_file = options_.source_file;
    info.first_line = scope.line;
    info.n_positional = scope.n_positional;
    info.n_kwonly = scope.n_kwonly;
    info.n_slots = scope.n_slots;
    info.n_free = scope.n_free;
    info.flags = scope.flags;
    if (scope.n_slots > 0) {
      auto* names =
          static_cast<Qstr*>(objects::Allocate(scope.n_slots * sizeof(Qstr)));
      auto* cells = static_cast<uint16_t*>(
          objects::Allocate((scope.n_cells + 1) * sizeof(uint16_t)));
      uint16_t n_cells = 0;
      for (uint32_t i = 0; i < scope.name_count; ++i) {
        const NameInfo& name = scope.names[i];
        if (name.kind == NameKind::kLocal || name.kind == NameKind::kCell ||
            name.kind == NameKind::kFree) {
          names[name.slot] = name.name;
        }
        if (name.kind == NameKind::kCell) cells[n_cells++] = name.slot;
      }
      info.slot_names = names;
      info.cell_slots = cells;
      info.n_cells = n_cells;
    }
    return emitter.End(info);
  }

  // ---- Blocks ----

  void PushBlock(Block block) {
    if (block_count_ == block_capacity_) {
      size_t capacity = block_capacity_ == 0 ? 8 : block_capacity_ * 2;
      blocks_ = static_cast<Block*>(
          objects::Reallocate(blocks_, capacity * sizeof(Block)));
      block_capacity_ = capacity;
    }
    blocks_[block_count_++] = block;
  }

  void PopBlock() { --block_count_; }

  // Undoes the blocks from the innermost out to `stop` (exclusive), as leaving
  // them requires. For break/continue, except clauses drop their two values;
  // for return they stay (the frame goes anyway, and the return value is on top
  // of them).
  void UnwindBlocks(size_t stop, bool for_return) {
    for (size_t i = block_count_; i-- > stop;) {
      Block block = blocks_[i];
      switch (block.kind) {
        case Block::kTry:
          emitter_->Emit(Opcode::kPopBlock);
          break;
        case Block::kExceptClause:
          if (!for_return) emitter_->Emit(Opcode::kPopExcept);
          break;
        case Block::kFinally: {
          emitter_->Emit(Opcode::kPopBlock);
          // The finally body runs here, inside the blocks around its try only.
          size_t saved_count = block_count_;
          block_count_ = i;
          uint32_t saved_line = line_;
          CompileBlock(block.finally_body);
          SetLine(saved_line);
          block_count_ = saved_count;
          break;
        }
        default:
          break;
      }
    }
  }

  void CompileBreakOrContinue(bool is_break) {
    size_t loop = block_count_;
    while (loop > 0 && blocks_[loop - 1].kind != Block::kLoop &&
           blocks_[loop - 1].kind != Block::kForLoop) {
      --loop;
    }
    if (loop == 0)
      Error(is_break ? "'break' outside loop" : "'continue' outside loop");
    Block target = blocks_[loop - 1];
    UnwindBlocks(loop, false);
    if (is_break) {
      if (target.kind == Block::kForLoop) emitter_->Emit(Opcode::kPopTop);
      emitter_->EmitJump(Opcode::kJump, target.break_label);
    } else {
      emitter_->EmitJump(Opcode::kJump, target.continue_label);
    }
  }

  // ---- Names ----

  enum class NameOp { kLoad, kStore, kDelete };

  void CompileName(Qstr name, NameOp op) {
    NameInfo* info = scope_->Find(name);
    NameKind kind = info != nullptr ? info->kind : NameKind::kGlobalImplicit;
    if (scope_->kind == ScopeKind::kModule) {
      emitter_->Emit(op == NameOp::kLoad    ? Opcode::kLoadName
                     : op == NameOp::kStore ? Opcode::kStoreName
                                            : Opcode::kDeleteName,
                     name);
      return;
    }
    switch (kind) {
      case NameKind::kLocal:
        emitter_->Emit(op == NameOp::kLoad    ? Opcode::kLoadFast
                       : op == NameOp::kStore ? Opcode::kStoreFast
                                              : Opcode::kDeleteFast,
                       info->slot);
        return;
      case NameKind::kCell:
      case NameKind::kFree:
        if (op == NameOp::kDelete)
          Error("deleting a captured variable is not supported yet");
        emitter_->Emit(
            op == NameOp::kLoad ? Opcode::kLoadDeref : Opcode::kStoreDeref,
            info->slot);
        return;
      default:
        emitter_->Emit(op == NameOp::kLoad    ? Opcode::kLoadGlobal
                       : op == NameOp::kStore ? Opcode::kStoreGlobal
                                              : Opcode::kDeleteGlobal,
                       name);
    }
  }

  // ---- Statements ----

  void CompileBlock(Node block) {
    const StructNode* statements = AsStruct(block);
    for (size_t i = 0; i < statements->count; ++i) {
      CompileStatement(statements->children[i], false);
    }
  }

  void CompileStatement(Node statement, bool top_level) {
    const StructNode* node = AsStruct(statement);
    SetLine(node->line);
    switch (node->node_kind()) {
      case NodeKind::kExpressionStatement:
        CompileExpression(node->children[0]);
        if (top_level && options_.input == parser::InputKind::kSingle) {
          emitter_->Emit(Opcode::kPrintExpression);
        } else {
          emitter_->Emit(Opcode::kPopTop);
        }
        return;
      case NodeKind::kAssign:
        CompileExpression(node->children[node->count - 1]);
        for (size_t i = 0; i + 1 < node->count; ++i) {
          if (i + 2 < node->count) emitter_->Emit(Opcode::kDupTop);
          CompileStore(node->children[i]);
        }
        return;
      case NodeKind::kAugmentedAssign:
        CompileAugmentedAssign(node);
        return;
      case NodeKind::kAnnotatedAssign:
        // Annotations are not evaluated (as in MicroPython).
        if (node->children[2] != 0) {
          CompileExpression(node->children[2]);
          CompileStore(node->children[0]);
        }
        return;
      case NodeKind::kDelete:
        for (size_t i = 0; i < node->count; ++i)
          CompileDelete(node->children[i]);
        return;
      case NodeKind::kPass:
      case NodeKind::kGlobal:
      case NodeKind::kNonlocal:
        return;
      case NodeKind::kBreak:
        CompileBreakOrContinue(true);
        return;
      case NodeKind::kContinue:
        CompileBreakOrContinue(false);
        return;
      case NodeKind::kReturn:
        if (scope_->kind == ScopeKind::kModule)
          Error("'return' outside function");
        if (node->children[0] != 0) {
          if ((scope_->flags & (kGenerator | kCoroutine)) ==
              (kGenerator | kCoroutine)) {
            Error("'return' with value in async generator");
          }
          CompileExpression(node->children[0]);
        } else {
          emitter_->Emit(Opcode::kLoadNone);
        }
        UnwindBlocks(0, true);
        emitter_->Emit(Opcode::kReturnValue);
        return;
      case NodeKind::kRaise:
        if (node->children[0] == 0) {
          emitter_->Emit(Opcode::kRaiseVarargs, 0);
        } else {
          CompileExpression(node->children[0]);
          if (node->children[1] != 0) CompileExpression(node->children[1]);
          emitter_->Emit(Opcode::kRaiseVarargs, node->children[1] != 0 ? 2 : 1);
        }
        return;
      case NodeKind::kAssert:
        CompileAssert(node);
        return;
      case NodeKind::kIf:
        CompileIf(node);
        return;
      case NodeKind::kWhile:
        CompileWhile(node);
        return;
      case NodeKind::kFor:
        CompileFor(node);
        return;
      case NodeKind::kTry:
        if (node->children[2] != 0) {
          CompileTryFinally(node);
        } else {
          CompileTryExcept(node);
        }
        return;
      case NodeKind::kFunctionDef:
      case NodeKind::kAsyncFunctionDef:
        CompileFunction(node, false);
        CompileName(LeafArgument(node->children[0]), NameOp::kStore);
        return;
      default:
        ErrorUnsupported(node->node_kind());
    }
  }

  void CompileAugmentedAssign(const StructNode* node) {
    Node target = node->children[0];
    auto op = static_cast<TokenKind>(SmallIntValue(node->children[1]));
    Node value = node->children[2];
    BinaryOp binary = InplaceOpFor(op);
    if (IsName(target)) {
      CompileName(LeafArgument(target), NameOp::kLoad);
      CompileExpression(value);
      emitter_->Emit(Opcode::kBinaryOp, static_cast<uint32_t>(binary));
      CompileName(LeafArgument(target), NameOp::kStore);
    } else if (IsStructOf(target, NodeKind::kAttribute)) {
      const StructNode* attribute = AsStruct(target);
      Qstr name = LeafArgument(attribute->children[1]);
      CompileExpression(attribute->children[0]);
      emitter_->Emit(Opcode::kDupTop);
      emitter_->Emit(Opcode::kLoadAttr, name);
      CompileExpression(value);
      emitter_->Emit(Opcode::kBinaryOp, static_cast<uint32_t>(binary));
      emitter_->Emit(Opcode::kRotTwo);
      emitter_->Emit(Opcode::kStoreAttr, name);
    } else if (IsStructOf(target, NodeKind::kSubscript)) {
      const StructNode* subscript = AsStruct(target);
      CompileExpression(subscript->children[0]);
      CompileExpression(subscript->children[1]);
      emitter_->Emit(Opcode::kDupTopTwo);
      emitter_->Emit(Opcode::kLoadSubscript);
      CompileExpression(value);
      emitter_->Emit(Opcode::kBinaryOp, static_cast<uint32_t>(binary));
      emitter_->Emit(Opcode::kRotThree);
      emitter_->Emit(Opcode::kStoreSubscript);
    } else {
      Error("illegal expression for augmented assignment");
    }
  }

  void CompileStore(Node target) {
    if (IsName(target)) {
      CompileName(LeafArgument(target), NameOp::kStore);
      return;
    }
    if (!IsStruct(target)) Error("can't assign to literal");
    const StructNode* node = AsStruct(target);
    switch (node->node_kind()) {
      case NodeKind::kAttribute:
        CompileExpression(node->children[0]);
        emitter_->Emit(Opcode::kStoreAttr, LeafArgument(node->children[1]));
        return;
      case NodeKind::kSubscript:
        CompileExpression(node->children[0]);
        CompileExpression(node->children[1]);
        emitter_->Emit(Opcode::kStoreSubscript);
        return;
      case NodeKind::kTuple:
      case NodeKind::kList: {
        // a, *b, c = ...: the starred target takes a list of the middle items.
        size_t starred = node->count;
        for (size_t i = 0; i < node->count; ++i) {
          if (!IsStructOf(node->children[i], NodeKind::kStarred)) continue;
          if (starred != node->count) {
            Error("multiple starred expressions in assignment");
          }
          starred = i;
        }
        if (starred == node->count) {
          emitter_->Emit(Opcode::kUnpackSequence, node->count);
        } else {
          size_t after = node->count - starred - 1;
          if (starred > 0xff || after > 0xff)
            Error("too many expressions in star-unpacking assignment");
          emitter_->Emit(Opcode::kUnpackEx,
                         static_cast<uint32_t>(starred | (after << 8)));
        }
        for (size_t i = 0; i < node->count; ++i) {
          Node target = node->children[i];
          CompileStore(i == starred ? AsStruct(target)->children[0] : target);
        }
        return;
      }
      case NodeKind::kStarred:
        Error("starred assignment target must be in a list or tuple");
      case NodeKind::kString:
      case NodeKind::kBytes:
      case NodeKind::kBigInteger:
      case NodeKind::kFloat:
        Error("can't assign to literal");
      default:
        Error("can't assign to expression");
    }
  }

  void CompileDelete(Node target) {
    if (IsName(target)) {
      CompileName(LeafArgument(target), NameOp::kDelete);
      return;
    }
    if (!IsStruct(target)) Error("can't delete expression");
    const StructNode* node = AsStruct(target);
    switch (node->node_kind()) {
      case NodeKind::kAttribute:
        CompileExpression(node->children[0]);
        emitter_->Emit(Opcode::kDeleteAttr, LeafArgument(node->children[1]));
        return;
      case NodeKind::kSubscript:
        CompileExpression(node->children[0]);
        CompileExpression(node->children[1]);
        emitter_->Emit(Opcode::kDeleteSubscript);
        return;
      case NodeKind::kTuple:
      case NodeKind::kList:
        for (size_t i = 0; i < node->count; ++i)
          CompileDelete(node->children[i]);
        return;
      default:
        Error("can't delete expression");
    }
  }

  void CompileAssert(const StructNode* node) {
    if (options_.optimize > 0) return;
    Label ok = emitter_->NewLabel();
    CompileJumpIf(node->children[0], true, ok);
    emitter_->EmitConstant(objects::Value(&objects::kAssertionErrorType.base));
    if (node->children[1] != 0) {
      CompileExpression(node->children[1]);
      emitter_->Emit(Opcode::kCallFunction, 1);
    }
    emitter_->Emit(Opcode::kRaiseVarargs, 1);
    emitter_->Place(ok);
  }

  void CompileIf(const StructNode* node) {
    Label orelse = emitter_->NewLabel();
    Label end = emitter_->NewLabel();
    CompileJumpIf(node->children[0], false, orelse);
    CompileBlock(node->children[1]);
    Node orelse_node = node->children[2];
    if (orelse_node != 0) emitter_->EmitJump(Opcode::kJump, end);
    emitter_->Place(orelse);
    if (orelse_node != 0) {
      if (IsStructOf(orelse_node, NodeKind::kIf)) {
        SetLine(AsStruct(orelse_node)->line);
        CompileIf(AsStruct(orelse_node));
      } else {
        CompileBlock(orelse_node);
      }
    }
    emitter_->Place(end);
  }

  void CompileWhile(const StructNode* node) {
    Label top = emitter_->NewLabel();
    Label orelse = emitter_->NewLabel();
    Label end = emitter_->NewLabel();
    emitter_->Place(top);
    CompileJumpIf(node->children[0], false, orelse);
    PushBlock(Block{Block::kLoop, top, end, 0});
    CompileBlock(node->children[1]);
    PopBlock();
    SetLine(node->line);
    emitter_->EmitJump(Opcode::kJump, top);
    emitter_->Place(orelse);
    if (node->children[2] != 0) CompileBlock(node->children[2]);
    emitter_->Place(end);
  }

  void CompileFor(const StructNode* node) {
    Label top = emitter_->NewLabel();
    Label exhausted = emitter_->NewLabel();
    Label end = emitter_->NewLabel();
    CompileExpression(node->children[1]);
    emitter_->Emit(Opcode::kGetIter);
    emitter_->Place(top);
    emitter_->EmitJump(Opcode::kForIter, exhausted);
    CompileStore(node->children[0]);
    PushBlock(Block{Block::kForLoop, top, end, 0});
    CompileBlock(node->children[2]);
    PopBlock();
    SetLine(node->line);
    emitter_->EmitJump(Opcode::kJump, top);
    emitter_->Place(exhausted);
    if (node->children[3] != 0) CompileBlock(node->children[3]);
    emitter_->Place(end);
  }

  // try: body / except ...: / else: (children: body, else, finally,
  // handlers...).
  void CompileTryExcept(const StructNode* node) {
    Label handler = emitter_->NewLabel();
    Label orelse = emitter_->NewLabel();
    Label end = emitter_->NewLabel();
    emitter_->EmitJump(Opcode::kSetupExcept, handler);
    PushBlock(Block{Block::kTry, 0, 0, 0});
    CompileBlock(node->children[0]);
    PopBlock();
    emitter_->Emit(Opcode::kPopBlock);
    emitter_->EmitJump(Opcode::kJump, orelse);
    // Here the stack has the previously handled exception and the exception.
    emitter_->Place(handler);
    bool last_was_bare = false;
    for (size_t i = 3; i < node->count; ++i) {
      const StructNode* clause = AsStruct(node->children[i]);
      SetLine(clause->line);
      Label next = emitter_->NewLabel();
      last_was_bare = clause->children[0] == 0;
      if (!last_was_bare) {
        emitter_->Emit(Opcode::kDupTop);
        CompileExpression(clause->children[0]);
        emitter_->Emit(Opcode::kBinaryOp,
                       static_cast<uint32_t>(BinaryOp::kExceptionMatch));
        emitter_->EmitJump(Opcode::kPopJumpIfFalse, next);
      }
      Node name = clause->children[1];
      if (name != 0) {
        emitter_->Emit(Opcode::kDupTop);
        CompileName(LeafArgument(name), NameOp::kStore);
      }
      PushBlock(Block{Block::kExceptClause, 0, 0, 0});
      CompileBlock(clause->children[2]);
      PopBlock();
      emitter_->Emit(Opcode::kPopExcept);
      // As in Python, the name is unbound after the clause.
      if (name != 0) CompileName(LeafArgument(name), NameOp::kDelete);
      emitter_->EmitJump(Opcode::kJump, end);
      emitter_->Place(next);
    }
    if (!last_was_bare) emitter_->Emit(Opcode::kReraise);
    emitter_->Place(orelse);
    if (node->children[1] != 0) CompileBlock(node->children[1]);
    emitter_->Place(end);
  }

  // The finally body is compiled twice: once for leaving normally, once for an
  // exception (which it re-raises); break, continue and return inline it a
  // third way (UnwindBlocks).
  void CompileTryFinally(const StructNode* node) {
    Node finally_body = node->children[2];
    Label handler = emitter_->NewLabel();
    Label end = emitter_->NewLabel();
    emitter_->EmitJump(Opcode::kSetupExcept, handler);
    PushBlock(Block{Block::kFinally, 0, 0, finally_body});
    if (node->count > 3) {
      CompileTryExcept(node);
    } else {
      CompileBlock(node->children[0]);
    }
    PopBlock();
    emitter_->Emit(Opcode::kPopBlock);
    CompileBlock(finally_body);
    emitter_->EmitJump(Opcode::kJump, end);
    emitter_->Place(handler);
    PushBlock(Block{Block::kExceptClause, 0, 0, 0});
    CompileBlock(finally_body);
    PopBlock();
    emitter_->Emit(Opcode::kReraise);
    emitter_->Place(end);
  }

  // def and lambda: the code is compiled now; at run time, MakeFunction makes
  // the function from it with the defaults and closure cells.
  void CompileFunction(const StructNode* node, bool is_lambda) {
    Scope* scope = scope_->ChildFor(reinterpret_cast<Node>(node));
    const StructNode* parameters = AsStruct(node->children[is_lambda ? 0 : 1]);
    uint32_t flags = 0;
    // Positional defaults, in order, as a tuple.
    size_t n_defaults = 0;
    bool after_star = false;
    for (size_t i = 0; i < parameters->count; ++i) {
      const StructNode* parameter = AsStruct(parameters->children[i]);
      if (parameter->node_kind() == NodeKind::kStarParameter) after_star = true;
      if (!after_star && parameter->node_kind() == NodeKind::kParameter &&
          parameter->children[1] != 0) {
        CompileExpression(parameter->children[1]);
        ++n_defaults;
      }
    }
    if (n_defaults > 0) {
      emitter_->Emit(Opcode::kBuildTuple, static_cast<uint32_t>(n_defaults));
      flags |= kHasDefaults;
    }
    // Keyword-only defaults, as (name, value) pairs in a tuple.
    size_t n_keyword_defaults = 0;
    after_star = false;
    for (size_t i = 0; i < parameters->count; ++i) {
      const StructNode* parameter = AsStruct(parameters->children[i]);
      if (parameter->node_kind() == NodeKind::kStarParameter) after_star = true;
      if (after_star && parameter->node_kind() == NodeKind::kParameter &&
          parameter->children[1] != 0) {
        emitter_->EmitConstant(
            objects::Value::FromQstr(LeafArgument(parameter->children[0])));
        CompileExpression(parameter->children[1]);
        ++n_keyword_defaults;
      }
    }
    if (n_keyword_defaults > 0) {
      emitter_->Emit(Opcode::kBuildTuple,
                     static_cast<uint32_t>(2 * n_keyword_defaults));
      flags |= kHasKeywordDefaults;
    }
    flags |= EmitClosure(scope);
    RawCode* code = CompileNestedCode(scope, node->line, [&] {
      if (is_lambda) {
        CompileExpression(node->children[1]);
      } else {
        CompileBlock(node->children[2]);
        emitter_->Emit(Opcode::kLoadNone);
      }
      emitter_->Emit(Opcode::kReturnValue);
    });
    uint32_t child = emitter_->AddChild(code);
    emitter_->Emit(Opcode::kMakeFunction,
                   (child << kMakeFunctionFlagBits) | flags);
  }

  // Pushes the cells a nested scope captures (in the order of its free slots)
  // as a tuple; returns the MakeFunction flag for it, or 0 when it captures
  // none.
  uint32_t EmitClosure(Scope* scope) {
    if (scope->n_free == 0) return 0;
    for (uint16_t slot = scope->n_slots - scope->n_free; slot < scope->n_slots;
         ++slot) {
      for (uint32_t i = 0; i < scope->name_count; ++i) {
        if (scope->names[i].kind != NameKind::kFree ||
            scope->names[i].slot != slot) {
          continue;
        }
        NameInfo* outer = scope_->Find(scope->names[i].name);
        // The outer slot holds the cell itself: push it, not its value.
        emitter_->Emit(Opcode::kLoadFast, outer->slot);
      }
    }
    emitter_->Emit(Opcode::kBuildTuple, scope->n_free);
    return kHasClosure;
  }

  // [x for ...] and friends: a function of the first iterable's iterator, made
  // and called at once.
  void CompileComprehension(const StructNode* node) {
    NodeKind kind = node->node_kind();
    size_t first_clause = kind == NodeKind::kDictComprehension ? 2 : 1;
    Scope* scope = scope_->ChildFor(reinterpret_cast<Node>(node));
    uint32_t flags = EmitClosure(scope);
    RawCode* code = CompileNestedCode(scope, node->line, [&] {
      if (kind == NodeKind::kListComprehension) {
        emitter_->Emit(Opcode::kBuildList, 0);
      } else if (kind == NodeKind::kSetComprehension) {
        emitter_->Emit(Opcode::kBuildSet, 0);
      } else if (kind == NodeKind::kDictComprehension) {
        emitter_->Emit(Opcode::kBuildMap, 0);
      }
      emitter_->Emit(Opcode::kLoadFast, 0);
      CompileComprehensionClause(node, first_clause, first_clause);
      if (kind == NodeKind::kGenerator) emitter_->Emit(Opcode::kLoadNone);
      emitter_->Emit(Opcode::kReturnValue);
    });
    uint32_t child = emitter_->AddChild(code);
    emitter_->Emit(Opcode::kMakeFunction,
                   (child << kMakeFunctionFlagBits) | flags);
    CompileExpression(AsStruct(node->children[first_clause])->children[1]);
    emitter_->Emit(Opcode::kGetIter);
    emitter_->Emit(Opcode::kCallFunction, 1);
    // A comprehension with await in it is a coroutine, awaited at once.
    if ((scope->flags & (kGenerator | kCoroutine)) == kCoroutine) EmitAwait();
  }

  void EmitAwait() {
    emitter_->Emit(Opcode::kGetAwaitable);
    emitter_->Emit(Opcode::kLoadNone);
    emitter_->Emit(Opcode::kYieldFrom);
  }

  // One `for target in iterable if ...` clause, with the ones after it inside.
  // Each open clause keeps its iterator on the stack, above the result.
  void CompileComprehensionClause(const StructNode* node, size_t index,
                                  size_t first_clause) {
    const StructNode* clause = AsStruct(node->children[index]);
    Label top = emitter_->NewLabel();
    Label end = emitter_->NewLabel();
    if (index != first_clause) {
      CompileExpression(clause->children[1]);
      emitter_->Emit(Opcode::kGetIter);
    }
    emitter_->Place(top);
    emitter_->EmitJump(Opcode::kForIter, end);
    CompileStore(clause->children[0]);
    for (size_t i = 2; i < clause->count; ++i) {
      CompileJumpIf(clause->children[i], false, top);
    }
    if (index + 1 < node->count) {
      CompileComprehensionClause(node, index + 1, first_clause);
    } else {
      auto depth = static_cast<uint32_t>(node->count - first_clause + 1);
      switch (node->node_kind()) {
        case NodeKind::kListComprehension:
          CompileExpression(node->children[0]);
          emitter_->Emit(Opcode::kListAppend, depth);
          break;
        case NodeKind::kSetComprehension:
          CompileExpression(node->children[0]);
          emitter_->Emit(Opcode::kSetAdd, depth);
          break;
        case NodeKind::kDictComprehension:
          CompileExpression(node->children[0]);
          CompileExpression(node->children[1]);
          emitter_->Emit(Opcode::kMapAdd, depth);
          break;
        default:  // a generator expression yields each
          CompileExpression(node->children[0]);
          emitter_->Emit(Opcode::kYieldValue);
          emitter_->Emit(Opcode::kPopTop);
          break;
      }
    }
    emitter_->EmitJump(Opcode::kJump, top);
    emitter_->Place(end);
  }

  // Compiles the code of a scope nested in the current one (a function, lambda
  // or comprehension) with its own emitter and blocks; `body` emits its code.
  template <typename Body>
  RawCode* CompileNestedCode(Scope* scope, uint32_t line, Body body) {
    BytecodeEmitter emitter;
    Scope* outer_scope = scope_;
    Emitter* outer_emitter = emitter_;
    Block* outer_blocks = blocks_;
    size_t outer_block_count = block_count_;
    size_t outer_block_capacity = block_capacity_;
    uint32_t outer_line = line_;
    scope_ = scope;
    emitter_ = &emitter;
    blocks_ = nullptr;
    block_count_ = block_capacity_ = 0;
    SetLine(line);
    body();
    RawCode* code = EndCode(emitter, *scope);
    objects::Free(blocks_);
    scope_ = outer_scope;
    emitter_ = outer_emitter;
    blocks_ = outer_blocks;
    block_count_ = outer_block_count;
    block_capacity_ = outer_block_capacity;
    line_ = outer_line;
    return code;
  }

  // ---- Expressions ----

  // Jumps to target when the condition's truth equals jump_if; and/or/not
  // become jumps.
  void CompileJumpIf(Node condition, bool jump_if, Label target) {
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
    emitter_->EmitJump(
        jump_if ? Opcode::kPopJumpIfTrue : Opcode::kPopJumpIfFalse, target);
  }

  void CompileExpression(Node expression) {
    if (IsSmallInt(expression)) {
      emitter_->EmitSmallInt(SmallIntValue(expression));
      return;
    }
    if (IsLeaf(expression)) {
      if (LeafKindOf(expression) == LeafKind::kName) {
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
        Error("bytes are not supported yet");
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
        emitter_->EmitConstant(
            objects::ParseInt(node->bytes(), node->count, 0));
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
      case NodeKind::kBinaryOp:
        CompileExpression(node->children[0]);
        CompileExpression(node->children[2]);
        emitter_->Emit(Opcode::kBinaryOp,
                       static_cast<uint32_t>(BinaryOpFor(static_cast<TokenKind>(
                           SmallIntValue(node->children[1])))));
        return;
      case NodeKind::kUnaryOp:
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
      case NodeKind::kStarred:
        Error("can't use starred expression here");
      default:
        ErrorUnsupported(node->node_kind());
    }
  }

  objects::Value StringConstant(const StructNode* node) {
    if (node->count <= kInternStringMax) {
      return objects::Value::FromQstr(
          objects::Shared().qstrs.Intern(node->bytes(), node->count));
    }
    return objects::NewStr(node->bytes(), node->count);
  }

  void CompileUnary(const StructNode* node) {
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
  void CompileCompare(const StructNode* node) {
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
      auto op =
          static_cast<CompareOp>(SmallIntValue(node->children[1 + 2 * i]));
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
  void CompileSequenceDisplay(const StructNode* node) {
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
  void CompileDictDisplay(const StructNode* node) {
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
  // ones into a dict, for CallFunctionEx.
  void CompileCallWithUnpacking(const StructNode* node) {
    CompileExpression(node->children[0]);
    emitter_->Emit(Opcode::kBuildList, 0);
    bool any_keywords = false;
    for (size_t i = 1; i < node->count; ++i) {
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
      for (size_t i = 1; i < node->count; ++i) {
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

  void CompileCall(const StructNode* node) {
    Node function = node->children[0];
    size_t n_positional = 0;
    size_t n_keyword = 0;
    for (size_t i = 1; i < node->count; ++i) {
      Node argument = node->children[i];
      if (IsStructOf(argument, NodeKind::kStarred) ||
          IsStructOf(argument, NodeKind::kDoubleStarred)) {
        CompileCallWithUnpacking(node);
        return;
      }
      ++(IsStructOf(argument, NodeKind::kKeywordArgument) ? n_keyword
                                                          : n_positional);
    }
    if (n_positional > kMaxCallArguments || n_keyword > kMaxCallArguments) {
      Error("too many arguments");
    }
    bool is_method = IsStructOf(function, NodeKind::kAttribute);
    if (is_method) {
      const StructNode* attribute = AsStruct(function);
      CompileExpression(attribute->children[0]);
      emitter_->Emit(Opcode::kLoadMethod, LeafArgument(attribute->children[1]));
    } else {
      CompileExpression(function);
    }
    for (size_t i = 1; i < node->count; ++i) {
      Node argument = node->children[i];
      if (IsStructOf(argument, NodeKind::kKeywordArgument)) {
        const StructNode* keyword = AsStruct(argument);
        emitter_->EmitConstant(
            objects::Value::FromQstr(LeafArgument(keyword->children[0])));
        CompileExpression(keyword->children[1]);
      } else {
        CompileExpression(argument);
      }
    }
    auto arg = static_cast<uint32_t>(n_positional | (n_keyword << 8));
    emitter_->Emit(is_method ? Opcode::kCallMethod : Opcode::kCallFunction,
                   arg);
  }

  const CompileOptions& options_;
  Scope* scope_ = nullptr;
  Emitter* emitter_ = nullptr;
  Block* blocks_ = nullptr;
  size_t block_count_ = 0;
  size_t block_capacity_ = 0;
  uint32_t line_ = 1;
};

}  // namespace

RawCode* CompileModule(parser::Node module, const CompileOptions& options) {
  Compiler compiler(options);
  return compiler.CompileModule(module);
}

}  // namespace mp::compiler
