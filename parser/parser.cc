#include "parser/parser.h"

#include <string.h>

namespace mp::parser {
namespace {

using lexer::TokenKind;

constexpr size_t kChunkBytes = 256;

// Binding strength of binary operators; higher binds tighter.
enum Precedence : int {
  kNone = 0,
  kOr = 1,
  kAnd = 2,
  kNot = 3,
  kComparison = 4,
  kBitOr = 5,
  kBitXor = 6,
  kBitAnd = 7,
  kShift = 8,
  kArithmetic = 9,
  kTerm = 10,
  kUnary = 11,
  kPower = 12,
};

int BinaryPrecedence(TokenKind kind) {
  switch (kind) {
    case TokenKind::kOr:
      return kOr;
    case TokenKind::kAnd:
      return kAnd;
    case TokenKind::kLess:
    case TokenKind::kMore:
    case TokenKind::kEqualEqual:
    case TokenKind::kLessEqual:
    case TokenKind::kMoreEqual:
    case TokenKind::kNotEqual:
    case TokenKind::kIn:
    case TokenKind::kNot:  // as in `not in`
    case TokenKind::kIs:
      return kComparison;
    case TokenKind::kPipe:
      return kBitOr;
    case TokenKind::kCaret:
      return kBitXor;
    case TokenKind::kAmpersand:
      return kBitAnd;
    case TokenKind::kLeftShift:
    case TokenKind::kRightShift:
      return kShift;
    case TokenKind::kPlus:
    case TokenKind::kMinus:
      return kArithmetic;
    case TokenKind::kStar:
    case TokenKind::kSlash:
    case TokenKind::kDoubleSlash:
    case TokenKind::kPercent:
    case TokenKind::kAt:
      return kTerm;
    case TokenKind::kDoubleStar:
      return kPower;
    default:
      return kNone;
  }
}

bool IsAugmentedAssign(TokenKind kind) {
  switch (kind) {
    case TokenKind::kPlusEqual:
    case TokenKind::kMinusEqual:
    case TokenKind::kStarEqual:
    case TokenKind::kSlashEqual:
    case TokenKind::kDoubleSlashEqual:
    case TokenKind::kPercentEqual:
    case TokenKind::kAtEqual:
    case TokenKind::kAmpersandEqual:
    case TokenKind::kPipeEqual:
    case TokenKind::kCaretEqual:
    case TokenKind::kLeftShiftEqual:
    case TokenKind::kRightShiftEqual:
    case TokenKind::kDoubleStarEqual:
      return true;
    default:
      return false;
  }
}

// Tokens that may end an expression list (`return` alone, `x = 1,`).
bool EndsStatement(TokenKind kind) {
  return kind == TokenKind::kNewline || kind == TokenKind::kSemicolon ||
         kind == TokenKind::kEnd;
}

bool IsDigitIn(char c, unsigned base) {
  unsigned digit;
  if (c >= '0' && c <= '9') {
    digit = static_cast<unsigned>(c - '0');
  } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
    digit = static_cast<unsigned>((c | 0x20) - 'a' + 10);
  } else {
    return false;
  }
  return digit < base;
}

// Digits with single underscores between them; returns where the run stops.
const char* SkipDigits(const char* p, const char* end, unsigned base) {
  if (p == end || !IsDigitIn(*p, base)) return p;
  ++p;
  while (p < end) {
    if (*p == '_' && p + 1 < end && IsDigitIn(p[1], base)) {
      p += 2;
    } else if (IsDigitIn(*p, base)) {
      ++p;
    } else {
      break;
    }
  }
  return p;
}

bool IsValidFloat(const char* text, size_t length) {
  const char* p = text;
  const char* end = text + length;
  const char* integer_end = SkipDigits(p, end, 10);
  bool has_digits = integer_end > p;
  p = integer_end;
  if (p < end && *p == '.') {
    const char* fraction_end = SkipDigits(p + 1, end, 10);
    has_digits = has_digits || fraction_end > p + 1;
    p = fraction_end;
  }
  if (!has_digits) return false;
  if (p < end && (*p == 'e' || *p == 'E')) {
    ++p;
    if (p < end && (*p == '+' || *p == '-')) ++p;
    const char* exponent_end = SkipDigits(p, end, 10);
    if (exponent_end == p) return false;
    p = exponent_end;
  }
  if (p < end && (*p == 'j' || *p == 'J')) ++p;
  return p == end;
}

}  // namespace

Parser::Parser(lexer::Reader& reader, lexer::Allocator& allocator,
               NameTable& names)
    : lexer_(reader, allocator), allocator_(allocator), names_(names) {}

void Parser::Release() {
  lexer_.Release();
  while (chunks_ != nullptr) {
    Chunk* next = chunks_->next;
    allocator_.Free(chunks_, chunks_->size);
    chunks_ = next;
  }
  if (stack_ != nullptr)
    allocator_.Free(stack_, stack_capacity_ * sizeof(Node));
  if (text_ != nullptr) allocator_.Free(text_, text_capacity_);
  stack_ = nullptr;
  text_ = nullptr;
  stack_size_ = stack_capacity_ = text_capacity_ = tree_bytes_ = 0;
  // The root pointed into the chunks just freed.
  result_ = ParseResult{};
}

void Parser::Fail(ErrorKind kind, const char* message) {
  result_.root = 0;
  result_.error = kind;
  result_.line = lexer_.token().line;
  result_.column = lexer_.token().column;
  result_.message = message;
  longjmp(error_jump_, 1);
}

void* Parser::AllocateOrFail(size_t bytes) {
  void* memory = allocator_.Allocate(bytes);
  if (memory == nullptr) Fail(ErrorKind::kOutOfMemory, "out of memory");
  return memory;
}

void* Parser::AllocateNodeMemory(size_t bytes) {
  bytes = (bytes + sizeof(Node) - 1) & ~(sizeof(Node) - 1);
  if (chunks_ == nullptr || chunks_->size - chunks_->used < bytes) {
    size_t header = (sizeof(Chunk) + sizeof(Node) - 1) & ~(sizeof(Node) - 1);
    size_t size =
        header + (bytes > kChunkBytes - header ? bytes : kChunkBytes - header);
    auto* chunk = static_cast<Chunk*>(AllocateOrFail(size));
    chunk->next = chunks_;
    chunk->size = size;
    chunk->used = header;
    chunks_ = chunk;
    tree_bytes_ += size;
  }
  void* memory = reinterpret_cast<char*>(chunks_) + chunks_->used;
  chunks_->used += bytes;
  return memory;
}

void Parser::Push(Node node) {
  if (stack_size_ == stack_capacity_) {
    size_t new_capacity = stack_capacity_ == 0 ? 32 : stack_capacity_ * 2;
    void* grown =
        stack_ == nullptr
            ? allocator_.Allocate(new_capacity * sizeof(Node))
            : allocator_.Reallocate(stack_, stack_capacity_ * sizeof(Node),
                                    new_capacity * sizeof(Node));
    if (grown == nullptr) Fail(ErrorKind::kOutOfMemory, "out of memory");
    stack_ = static_cast<Node*>(grown);
    stack_capacity_ = new_capacity;
  }
  stack_[stack_size_++] = node;
}

Node Parser::MakeStruct(NodeKind kind, uint32_t line, size_t count) {
  if (count > kMaxStructCount) Fail(ErrorKind::kSyntax, "too many items");
  auto* node = static_cast<StructNode*>(
      AllocateNodeMemory(sizeof(StructNode) + count * sizeof(Node)));
  node->kind = static_cast<uint32_t>(kind);
  node->count = static_cast<uint32_t>(count);
  node->line = line;
  stack_size_ -= count;
  if (count > 0)
    memcpy(node->children, stack_ + stack_size_, count * sizeof(Node));
  return reinterpret_cast<Node>(node);
}

Node Parser::MakeInline(NodeKind kind, uint32_t line, const char* bytes,
                        size_t length) {
  if (length > kMaxStructCount) Fail(ErrorKind::kSyntax, "literal too long");
  auto* node =
      static_cast<StructNode*>(AllocateNodeMemory(sizeof(StructNode) + length));
  node->kind = static_cast<uint32_t>(kind);
  node->count = static_cast<uint32_t>(length);
  node->line = line;
  if (length > 0) memcpy(node->children, bytes, length);
  return reinterpret_cast<Node>(node);
}

void Parser::EnterNesting() {
  if (++nesting_ > max_nesting_)
    Fail(ErrorKind::kSyntax, "too many nested parentheses");
}

void Parser::Advance() {
  const lexer::Token& token = lexer_.Next();
  if (!lexer::IsError(token.kind)) return;
  switch (token.kind) {
    case TokenKind::kErrorDedentMismatch:
      Fail(ErrorKind::kIndentation,
           "unindent doesn't match any outer indent level");
    case TokenKind::kErrorOutOfMemory:
      Fail(ErrorKind::kOutOfMemory, "out of memory");
    case TokenKind::kErrorUnterminatedString:
      Fail(ErrorKind::kSyntax, "unterminated string");
    case TokenKind::kErrorBadEscape:
      Fail(ErrorKind::kSyntax, "invalid escape sequence");
    case TokenKind::kErrorNonAsciiBytes:
      Fail(ErrorKind::kSyntax,
           "bytes can only contain ASCII literal characters");
    case TokenKind::kErrorUnsupported:
      Fail(ErrorKind::kSyntax,
           "f-strings and \\N{} escapes are not supported yet");
    default:
      FailSyntax();
  }
}

bool Parser::Accept(TokenKind token_kind) {
  if (kind() != token_kind) return false;
  Advance();
  return true;
}

void Parser::Expect(TokenKind token_kind) {
  if (!Accept(token_kind)) FailSyntax();
}

Node Parser::ExpectName() {
  if (kind() != TokenKind::kName) FailSyntax();
  const lexer::Token& token = lexer_.token();
  Node name =
      LeafNode(LeafKind::kName, names_.Intern(token.text, token.length));
  Advance();
  return name;
}

ParseResult Parser::Parse(InputKind input) {
  result_ = ParseResult{};
  // setjmp leaves part of the buffer unwritten; zeroed, it holds no stale words
  // that a conservative collector scanning this frame would take for pointers.
  memset(&error_jump_, 0, sizeof(error_jump_));
  if (setjmp(error_jump_) != 0) return result_;
  Advance();
  if (input == InputKind::kEval) {
    while (Accept(TokenKind::kNewline)) {
    }
    Node expression = ParseTestList(false);
    while (Accept(TokenKind::kNewline)) {
    }
    if (kind() != TokenKind::kEnd) FailSyntax();
    result_.root = expression;
    return result_;
  }
  size_t count = 0;
  while (kind() != TokenKind::kEnd) {
    if (Accept(TokenKind::kNewline)) continue;
    count += ParseStatement();
  }
  result_.root = MakeStruct(NodeKind::kModule, 1, count);
  return result_;
}

// ---- Statements ----

size_t Parser::ParseStatement() {
  Node statement;
  switch (kind()) {
    case TokenKind::kIf:
      statement = ParseIf();
      break;
    case TokenKind::kWhile:
      statement = ParseWhile();
      break;
    case TokenKind::kFor:
      statement = ParseFor();
      break;
    case TokenKind::kTry:
      statement = ParseTry();
      break;
    case TokenKind::kDef:
      statement = ParseFunctionDef();
      break;
    case TokenKind::kIndent:
      Fail(ErrorKind::kIndentation, "unexpected indent");
    default:
      return ParseSimpleStatements();
  }
  Push(statement);
  return 1;
}

size_t Parser::ParseSimpleStatements() {
  size_t count = 0;
  do {
    Push(ParseSmallStatement());
    ++count;
  } while (Accept(TokenKind::kSemicolon) && !EndsStatement(kind()));
  if (kind() != TokenKind::kEnd) Expect(TokenKind::kNewline);
  return count;
}

Node Parser::ParseSmallStatement() {
  uint32_t statement_line = line();
  switch (kind()) {
    case TokenKind::kPass:
      Advance();
      return MakeStruct(NodeKind::kPass, statement_line, 0);
    case TokenKind::kBreak:
      Advance();
      return MakeStruct(NodeKind::kBreak, statement_line, 0);
    case TokenKind::kContinue:
      Advance();
      return MakeStruct(NodeKind::kContinue, statement_line, 0);
    case TokenKind::kReturn:
      Advance();
      Push(EndsStatement(kind()) ? 0 : ParseTestList(true));
      return MakeStruct(NodeKind::kReturn, statement_line, 1);
    case TokenKind::kRaise: {
      Advance();
      Node exception = 0;
      Node cause = 0;
      if (!EndsStatement(kind())) {
        exception = ParseTest();
        if (Accept(TokenKind::kFrom)) cause = ParseTest();
      }
      Push(exception);
      Push(cause);
      return MakeStruct(NodeKind::kRaise, statement_line, 2);
    }
    case TokenKind::kGlobal:
      Advance();
      return ParseNameList(NodeKind::kGlobal);
    case TokenKind::kNonlocal:
      Advance();
      return ParseNameList(NodeKind::kNonlocal);
    case TokenKind::kDel: {
      Advance();
      Node targets = ParseTargetList();
      if (IsStructOf(targets, NodeKind::kTuple)) {
        // `del a, b` deletes each; the tuple was only the list.
        const StructNode* tuple = AsStruct(targets);
        for (size_t i = 0; i < tuple->count; ++i) Push(tuple->children[i]);
        return MakeStruct(NodeKind::kDelete, statement_line, tuple->count);
      }
      Push(targets);
      return MakeStruct(NodeKind::kDelete, statement_line, 1);
    }
    case TokenKind::kAssert: {
      Advance();
      Push(ParseTest());
      Push(Accept(TokenKind::kComma) ? ParseTest() : 0);
      return MakeStruct(NodeKind::kAssert, statement_line, 2);
    }
    default:
      return ParseExpressionStatement();
  }
}

Node Parser::ParseNameList(NodeKind node_kind) {
  uint32_t statement_line = line();
  size_t count = 0;
  do {
    Push(ExpectName());
    ++count;
  } while (Accept(TokenKind::kComma));
  return MakeStruct(node_kind, statement_line, count);
}

Node Parser::ParseExpressionStatement() {
  uint32_t statement_line = line();
  Node first = ParseTestList(true);
  if (IsAugmentedAssign(kind())) {
    TokenKind op = kind();
    Advance();
    Push(first);
    Push(SmallIntNode(static_cast<intptr_t>(op)));
    Push(ParseTestList(false));
    return MakeStruct(NodeKind::kAugmentedAssign, statement_line, 3);
  }
  if (kind() == TokenKind::kColon) {
    Advance();
    Push(first);
    Push(ParseTest());
    Push(Accept(TokenKind::kEqual) ? ParseTestList(true) : 0);
    return MakeStruct(NodeKind::kAnnotatedAssign, statement_line, 3);
  }
  if (kind() != TokenKind::kEqual) {
    Push(first);
    return MakeStruct(NodeKind::kExpressionStatement, statement_line, 1);
  }
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kEqual)) {
    Push(ParseTestList(true));
    ++count;
  }
  return MakeStruct(NodeKind::kAssign, statement_line, count);
}

Node Parser::ParseBlock() {
  uint32_t block_line = line();
  Expect(TokenKind::kColon);
  EnterNesting();
  size_t count = 0;
  if (Accept(TokenKind::kNewline)) {
    if (kind() != TokenKind::kIndent) {
      Fail(ErrorKind::kIndentation, "expected an indented block");
    }
    Advance();
    while (kind() != TokenKind::kDedent && kind() != TokenKind::kEnd) {
      count += ParseStatement();
    }
    Accept(TokenKind::kDedent);
  } else {
    count = ParseSimpleStatements();
  }
  LeaveNesting();
  return MakeStruct(NodeKind::kBlock, block_line, count);
}

Node Parser::ParseIf() {
  // `if` and each `elif` push (line, test, body); the chain is built from the
  // end, so a long elif chain costs no recursion.
  size_t branches = 0;
  do {
    Push(SmallIntNode(line()));
    Advance();  // `if` or `elif`
    Push(ParseNamedExpressionTest());
    Push(ParseBlock());
    ++branches;
  } while (kind() == TokenKind::kElif);
  Node orelse = 0;
  if (Accept(TokenKind::kElse)) orelse = ParseBlock();
  while (branches-- > 0) {
    Node body = Pop();
    Node test = Pop();
    auto branch_line = static_cast<uint32_t>(SmallIntValue(Pop()));
    Push(test);
    Push(body);
    Push(orelse);
    orelse = MakeStruct(NodeKind::kIf, branch_line, 3);
  }
  return orelse;
}

Node Parser::ParseWhile() {
  uint32_t statement_line = line();
  Advance();
  Push(ParseNamedExpressionTest());
  Push(ParseBlock());
  Push(Accept(TokenKind::kElse) ? ParseBlock() : 0);
  return MakeStruct(NodeKind::kWhile, statement_line, 3);
}

Node Parser::ParseFor() {
  uint32_t statement_line = line();
  Advance();
  Push(ParseTargetList());
  Expect(TokenKind::kIn);
  Push(ParseTestList(true));
  Push(ParseBlock());
  Push(Accept(TokenKind::kElse) ? ParseBlock() : 0);
  return MakeStruct(NodeKind::kFor, statement_line, 4);
}

Node Parser::ParseTry() {
  uint32_t statement_line = line();
  Advance();
  Push(ParseBlock());
  size_t else_slot = stack_size_;
  Push(0);  // else, filled in below
  Push(0);  // finally
  size_t handlers = 0;
  bool bare_handler_seen = false;
  while (kind() == TokenKind::kExcept) {
    uint32_t handler_line = line();
    Advance();
    // A bare `except:` must come last.
    if (bare_handler_seen) FailSyntax();
    Node type = 0;
    Node name = 0;
    if (kind() != TokenKind::kColon) {
      type = ParseTest();
      if (Accept(TokenKind::kAs)) name = ExpectName();
    } else {
      bare_handler_seen = true;
    }
    Push(type);
    Push(name);
    Push(ParseBlock());
    Push(MakeStruct(NodeKind::kExceptHandler, handler_line, 3));
    ++handlers;
  }
  if (handlers > 0 && Accept(TokenKind::kElse))
    stack_[else_slot] = ParseBlock();
  if (Accept(TokenKind::kFinally)) {
    stack_[else_slot + 1] = ParseBlock();
  } else if (handlers == 0) {
    FailSyntax();
  }
  return MakeStruct(NodeKind::kTry, statement_line, 3 + handlers);
}

Node Parser::ParseFunctionDef() {
  uint32_t statement_line = line();
  Advance();
  Push(ExpectName());
  Expect(TokenKind::kLeftParen);
  Push(ParseParameters(TokenKind::kRightParen, true));
  Expect(TokenKind::kRightParen);
  Node returns = Accept(TokenKind::kArrow) ? ParseTest() : 0;
  Push(ParseBlock());
  Push(returns);
  return MakeStruct(NodeKind::kFunctionDef, statement_line, 4);
}

Node Parser::ParseParameters(TokenKind end, bool allow_annotations) {
  uint32_t parameters_line = line();
  size_t count = 0;
  bool default_seen = false;
  bool star_seen = false;
  bool double_star_seen = false;
  while (kind() != end) {
    if (double_star_seen) FailSyntax();  // nothing may follow **kwargs
    uint32_t parameter_line = line();
    if (Accept(TokenKind::kDoubleStar)) {
      Push(ExpectName());
      Push(allow_annotations && Accept(TokenKind::kColon) ? ParseTest() : 0);
      Push(MakeStruct(NodeKind::kDoubleStarParameter, parameter_line, 2));
      double_star_seen = true;
    } else if (Accept(TokenKind::kStar)) {
      if (star_seen) FailSyntax();
      star_seen = true;
      Node name = kind() == TokenKind::kName ? ExpectName() : 0;
      Push(name);
      Push(name != 0 && allow_annotations && Accept(TokenKind::kColon)
               ? ParseTest()
               : 0);
      Push(MakeStruct(NodeKind::kStarParameter, parameter_line, 2));
    } else {
      Push(ExpectName());
      Node annotation =
          allow_annotations && Accept(TokenKind::kColon) ? ParseTest() : 0;
      Node default_value = 0;
      if (Accept(TokenKind::kEqual)) {
        default_value = ParseTest();
        default_seen = true;
      } else if (default_seen && !star_seen) {
        Fail(ErrorKind::kSyntax,
             "non-default argument follows default argument");
      }
      Push(default_value);
      Push(annotation);
      Push(MakeStruct(NodeKind::kParameter, parameter_line, 3));
    }
    ++count;
    if (!Accept(TokenKind::kComma)) break;
  }
  return MakeStruct(NodeKind::kParameters, parameters_line, count);
}

// ---- Expressions ----

Node Parser::ParseTest() {
  if (kind() == TokenKind::kLambda) return ParseLambda();
  uint32_t test_line = line();
  Node value = ParseBinary(kOr);
  if (kind() != TokenKind::kIf) return value;
  Advance();
  Node test = ParseBinary(kOr);
  Expect(TokenKind::kElse);
  Node orelse = ParseTest();
  Push(test);
  Push(value);
  Push(orelse);
  return MakeStruct(NodeKind::kConditional, test_line, 3);
}

Node Parser::ParseNamedExpressionTest() {
  uint32_t test_line = line();
  Node test = ParseTest();
  if (kind() != TokenKind::kColonEqual) return test;
  if (!IsName(test)) FailSyntax();
  Advance();
  Push(test);
  Push(ParseTest());
  return MakeStruct(NodeKind::kNamedExpression, test_line, 2);
}

Node Parser::ParseLambda() {
  uint32_t lambda_line = line();
  Advance();
  Push(ParseParameters(TokenKind::kColon, false));
  Expect(TokenKind::kColon);
  Push(ParseTest());
  return MakeStruct(NodeKind::kLambda, lambda_line, 2);
}

Node Parser::ParseBinary(int min_precedence) {
  uint32_t expression_line = line();
  Node left;
  if (kind() == TokenKind::kNot) {
    // `not` binds looser than comparisons: `not a == b` is `not (a == b)`.
    if (min_precedence > kNot) FailSyntax();
    Advance();
    Push(ParseBinary(kNot));
    left = MakeStruct(NodeKind::kNot, expression_line, 1);
  } else if (kind() == TokenKind::kPlus || kind() == TokenKind::kMinus ||
             kind() == TokenKind::kTilde) {
    TokenKind op = kind();
    Advance();
    Push(SmallIntNode(static_cast<intptr_t>(op)));
    Push(ParseBinary(kUnary));
    left = MakeStruct(NodeKind::kUnaryOp, expression_line, 2);
  } else {
    left = ParseAtomExpression();
  }
  for (;;) {
    TokenKind op = kind();
    int precedence = BinaryPrecedence(op);
    if (precedence == kNone || precedence < min_precedence) return left;
    if (precedence == kComparison) {
      // A chain: a < b <= c.
      Push(left);
      size_t count = 1;
      while (BinaryPrecedence(kind()) == kComparison) {
        Push(SmallIntNode(static_cast<intptr_t>(ParseCompareOperator())));
        Push(ParseBinary(kBitOr));
        count += 2;
      }
      left = MakeStruct(NodeKind::kCompare, expression_line, count);
    } else if (precedence == kOr || precedence == kAnd) {
      Push(left);
      size_t count = 1;
      while (Accept(op)) {
        Push(ParseBinary(precedence + 1));
        ++count;
      }
      left = MakeStruct(precedence == kOr ? NodeKind::kOr : NodeKind::kAnd,
                        expression_line, count);
    } else {
      Advance();
      Push(left);
      Push(SmallIntNode(static_cast<intptr_t>(op)));
      // ** is right-associative, and its right side may be a unary expression
      // (2 ** -1).
      Push(ParseBinary(precedence == kPower ? kUnary : precedence + 1));
      left = MakeStruct(NodeKind::kBinaryOp, expression_line, 3);
    }
  }
}

CompareOp Parser::ParseCompareOperator() {
  TokenKind op = kind();
  Advance();
  switch (op) {
    case TokenKind::kLess:
      return CompareOp::kLess;
    case TokenKind::kMore:
      return CompareOp::kMore;
    case TokenKind::kEqualEqual:
      return CompareOp::kEqual;
    case TokenKind::kLessEqual:
      return CompareOp::kLessEqual;
    case TokenKind::kMoreEqual:
      return CompareOp::kMoreEqual;
    case TokenKind::kNotEqual:
      return CompareOp::kNotEqual;
    case TokenKind::kNot:
      if (!Accept(TokenKind::kIn)) FailSyntax();
      return CompareOp::kNotIn;
    case TokenKind::kIs:
      return Accept(TokenKind::kNot) ? CompareOp::kIsNot : CompareOp::kIs;
    default:
      return CompareOp::kIn;
  }
}

Node Parser::ParseAtomExpression() {
  Node atom = ParseAtom();
  for (;;) {
    uint32_t trailer_line = line();
    if (Accept(TokenKind::kLeftParen)) {
      EnterNesting();
      Push(atom);
      size_t count = 1 + ParseArguments();
      Expect(TokenKind::kRightParen);
      LeaveNesting();
      atom = MakeStruct(NodeKind::kCall, trailer_line, count);
    } else if (Accept(TokenKind::kLeftBracket)) {
      EnterNesting();
      Push(atom);
      Push(ParseSubscripts());
      Expect(TokenKind::kRightBracket);
      LeaveNesting();
      atom = MakeStruct(NodeKind::kSubscript, trailer_line, 2);
    } else if (Accept(TokenKind::kDot)) {
      Push(atom);
      Push(ExpectName());
      atom = MakeStruct(NodeKind::kAttribute, trailer_line, 2);
    } else {
      return atom;
    }
  }
}

Node Parser::ParseAtom() {
  const lexer::Token& token = lexer_.token();
  switch (token.kind) {
    case TokenKind::kName:
      return ExpectName();
    case TokenKind::kInteger:
      return ParseNumber(false);
    case TokenKind::kFloatOrImaginary:
      return ParseNumber(true);
    case TokenKind::kString:
    case TokenKind::kBytes:
      return ParseStrings();
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
    case TokenKind::kEllipsis: {
      Node constant =
          LeafNode(LeafKind::kToken, static_cast<uint32_t>(token.kind));
      Advance();
      return constant;
    }
    case TokenKind::kLeftParen:
      return ParseParenthesized();
    case TokenKind::kLeftBracket:
      return ParseListDisplay();
    case TokenKind::kLeftBrace:
      return ParseBraceDisplay();
    default:
      FailSyntax();
  }
}

Node Parser::ParseNumber(bool is_float) {
  const lexer::Token& token = lexer_.token();
  const char* text = token.text;
  size_t length = token.length;
  uint32_t number_line = token.line;
  if (is_float) {
    if (!IsValidFloat(text, length))
      Fail(ErrorKind::kSyntax, "invalid syntax for number");
    Node number = MakeInline(NodeKind::kFloat, number_line, text, length);
    Advance();
    return number;
  }
  const char* p = text;
  const char* end = text + length;
  unsigned base = 10;
  if (length >= 2 && p[0] == '0') {
    char letter = static_cast<char>(p[1] | 0x20);
    base = letter == 'x' ? 16 : letter == 'o' ? 8 : letter == 'b' ? 2 : 10;
    if (base != 10) {
      p += 2;
      if (p < end && *p == '_') ++p;
    }
  }
  const char* digits_end = SkipDigits(p, end, base);
  bool valid = digits_end > p && digits_end == end;
  // Decimal literals may not have leading zeros, except zero itself (00, 0_0).
  if (valid && base == 10 && *p == '0') {
    for (const char* q = p; q < end; ++q)
      valid = valid && (*q == '0' || *q == '_');
  }
  if (!valid) Fail(ErrorKind::kSyntax, "invalid syntax for number");
  intptr_t value = 0;
  bool fits = true;
  for (const char* q = p; q < end && fits; ++q) {
    if (*q == '_') continue;
    intptr_t digit =
        (*q >= '0' && *q <= '9') ? *q - '0' : (*q | 0x20) - 'a' + 10;
    fits =
        !__builtin_mul_overflow(value, static_cast<intptr_t>(base), &value) &&
        !__builtin_add_overflow(value, digit, &value) &&
        value <= kNodeSmallIntMax;
  }
  Node number =
      fits ? SmallIntNode(value)
           : MakeInline(NodeKind::kBigInteger, number_line, text, length);
  Advance();
  return number;
}

Node Parser::ParseStrings() {
  // Adjacent literals are one: 'a' "b" is 'ab'. Each token's text is gone after
  // the next token, so the pieces are joined in a scratch buffer first.
  TokenKind literal_kind = kind();
  uint32_t literal_line = line();
  size_t length = 0;
  while (kind() == TokenKind::kString || kind() == TokenKind::kBytes) {
    if (kind() != literal_kind) {
      Fail(ErrorKind::kSyntax, "cannot mix bytes and nonbytes literals");
    }
    const lexer::Token& token = lexer_.token();
    if (length + token.length > text_capacity_) {
      size_t new_capacity = (length + token.length) * 2;
      void* grown = text_ == nullptr ? allocator_.Allocate(new_capacity)
                                     : allocator_.Reallocate(
                                           text_, text_capacity_, new_capacity);
      if (grown == nullptr) Fail(ErrorKind::kOutOfMemory, "out of memory");
      text_ = static_cast<char*>(grown);
      text_capacity_ = new_capacity;
    }
    if (token.length > 0) memcpy(text_ + length, token.text, token.length);
    length += token.length;
    Advance();
  }
  return MakeInline(
      literal_kind == TokenKind::kString ? NodeKind::kString : NodeKind::kBytes,
      literal_line, text_, length);
}

Node Parser::ParseParenthesized() {
  uint32_t paren_line = line();
  EnterNesting();
  Advance();
  if (Accept(TokenKind::kRightParen)) {
    LeaveNesting();
    return MakeStruct(NodeKind::kTuple, paren_line, 0);
  }
  Node first = kind() == TokenKind::kStar ? ParseTestOrStar()
                                          : ParseNamedExpressionTest();
  if (kind() != TokenKind::kComma) {
    if (IsStructOf(first, NodeKind::kStarred)) FailSyntax();
    Expect(TokenKind::kRightParen);
    LeaveNesting();
    return first;
  }
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kComma) && kind() != TokenKind::kRightParen) {
    Push(ParseTestOrStar());
    ++count;
  }
  Expect(TokenKind::kRightParen);
  LeaveNesting();
  return MakeStruct(NodeKind::kTuple, paren_line, count);
}

Node Parser::ParseListDisplay() {
  uint32_t list_line = line();
  EnterNesting();
  Advance();
  size_t count = 0;
  while (kind() != TokenKind::kRightBracket) {
    Push(ParseTestOrStar());
    ++count;
    if (!Accept(TokenKind::kComma)) break;
  }
  Expect(TokenKind::kRightBracket);
  LeaveNesting();
  return MakeStruct(NodeKind::kList, list_line, count);
}

Node Parser::ParseBraceDisplay() {
  uint32_t brace_line = line();
  EnterNesting();
  Advance();
  if (Accept(TokenKind::kRightBrace)) {
    LeaveNesting();
    return MakeStruct(NodeKind::kDict, brace_line, 0);
  }
  Node first = ParseTestOrStar();
  bool is_dict = kind() == TokenKind::kColon;
  if (is_dict && IsStructOf(first, NodeKind::kStarred)) FailSyntax();
  Push(first);
  size_t count = 1;
  if (is_dict) {
    Advance();
    Push(ParseTest());
    ++count;
  }
  while (Accept(TokenKind::kComma) && kind() != TokenKind::kRightBrace) {
    if (is_dict) {
      Push(ParseTest());
      Expect(TokenKind::kColon);
      Push(ParseTest());
      count += 2;
    } else {
      Push(ParseTestOrStar());
      ++count;
    }
  }
  Expect(TokenKind::kRightBrace);
  LeaveNesting();
  return MakeStruct(is_dict ? NodeKind::kDict : NodeKind::kSet, brace_line,
                    count);
}

Node Parser::ParseTestOrStar() {
  if (kind() != TokenKind::kStar) return ParseTest();
  uint32_t star_line = line();
  Advance();
  Push(ParseBinary(kBitOr));
  return MakeStruct(NodeKind::kStarred, star_line, 1);
}

Node Parser::ParseTestList(bool allow_star) {
  uint32_t list_line = line();
  Node first = allow_star ? ParseTestOrStar() : ParseTest();
  if (kind() != TokenKind::kComma) return first;
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kComma)) {
    TokenKind next = kind();
    if (EndsStatement(next) || next == TokenKind::kEqual ||
        next == TokenKind::kRightParen || next == TokenKind::kColon ||
        IsAugmentedAssign(next)) {
      break;
    }
    Push(allow_star ? ParseTestOrStar() : ParseTest());
    ++count;
  }
  return MakeStruct(NodeKind::kTuple, list_line, count);
}

Node Parser::ParseTargetList() {
  // Targets of `for` and `del` stop before `in`, so they are parsed above
  // comparisons.
  uint32_t list_line = line();
  size_t count = 0;
  bool is_tuple = false;
  for (;;) {
    Push(kind() == TokenKind::kStar ? ParseTestOrStar() : ParseBinary(kBitOr));
    ++count;
    if (!Accept(TokenKind::kComma)) break;
    is_tuple = true;
    if (kind() == TokenKind::kIn || EndsStatement(kind()))
      break;  // a trailing comma
  }
  if (!is_tuple) return Pop();
  return MakeStruct(NodeKind::kTuple, list_line, count);
}

size_t Parser::ParseArguments() {
  size_t count = 0;
  bool keyword_seen = false;
  while (kind() != TokenKind::kRightParen) {
    uint32_t argument_line = line();
    if (Accept(TokenKind::kStar)) {
      Push(ParseTest());
      Push(MakeStruct(NodeKind::kStarred, argument_line, 1));
    } else if (Accept(TokenKind::kDoubleStar)) {
      Push(ParseTest());
      Push(MakeStruct(NodeKind::kDoubleStarred, argument_line, 1));
      keyword_seen = true;
    } else {
      Node argument = ParseNamedExpressionTest();
      if (kind() == TokenKind::kEqual) {
        if (!IsName(argument)) FailSyntax();
        Advance();
        Push(argument);
        Push(ParseTest());
        Push(MakeStruct(NodeKind::kKeywordArgument, argument_line, 2));
        keyword_seen = true;
      } else {
        if (keyword_seen) {
          Fail(ErrorKind::kSyntax,
               "positional argument follows keyword argument");
        }
        Push(argument);
      }
    }
    ++count;
    if (!Accept(TokenKind::kComma)) break;
  }
  return count;
}

Node Parser::ParseSubscripts() {
  uint32_t subscript_line = line();
  Node first = ParseSubscript();
  if (kind() != TokenKind::kComma) return first;
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kComma) && kind() != TokenKind::kRightBracket) {
    Push(ParseSubscript());
    ++count;
  }
  return MakeStruct(NodeKind::kTuple, subscript_line, count);
}

Node Parser::ParseSubscript() {
  uint32_t slice_line = line();
  Node lower = 0;
  if (kind() != TokenKind::kColon) {
    lower = ParseTestOrStar();
    if (kind() != TokenKind::kColon) return lower;
  }
  Advance();  // the first colon
  auto ends_part = [this] {
    TokenKind next = kind();
    return next == TokenKind::kColon || next == TokenKind::kComma ||
           next == TokenKind::kRightBracket;
  };
  Node upper = ends_part() ? 0 : ParseTest();
  Node step = 0;
  if (Accept(TokenKind::kColon) && !ends_part()) step = ParseTest();
  Push(lower);
  Push(upper);
  Push(step);
  return MakeStruct(NodeKind::kSlice, slice_line, 3);
}

}  // namespace mp::parser
