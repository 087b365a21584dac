// The parser's machinery and the statements. Expressions are in
// parser_expressions.cc, match statements and their patterns in
// parser_patterns.cc.
#include "parser/parser.h"

#include <string.h>

#include "parser/parser_internal.h"

namespace mp::parser {
namespace {

using lexer::TokenKind;

constexpr size_t kChunkBytes = 256;

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

}  // namespace

bool EndsStatement(TokenKind kind) {
  return kind == TokenKind::kNewline || kind == TokenKind::kSemicolon ||
         kind == TokenKind::kEnd;
}

bool EndsExpressionList(TokenKind kind) {
  return EndsStatement(kind) || kind == TokenKind::kEqual ||
         kind == TokenKind::kRightParen || kind == TokenKind::kRightBracket ||
         kind == TokenKind::kRightBrace || kind == TokenKind::kColon ||
         kind == TokenKind::kIn || IsAugmentedAssign(kind) ||
         kind == TokenKind::kExclamation || kind == TokenKind::kFStringDebug;
}

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
  if (replay_ != nullptr) {
    allocator_.Free(replay_, replay_capacity_ * sizeof(lexer::Token));
  }
  if (replay_text_ != nullptr) {
    allocator_.Free(replay_text_, replay_text_capacity_);
  }
  stack_ = nullptr;
  text_ = nullptr;
  replay_ = nullptr;
  replay_text_ = nullptr;
  stack_size_ = stack_capacity_ = text_length_ = text_capacity_ = 0;
  replay_count_ = replay_next_ = replay_capacity_ = 0;
  replay_text_length_ = replay_text_capacity_ = tree_bytes_ = 0;
  // These pointed into memory just freed.
  result_ = ParseResult{};
  current_ = lexer::Token{};
}

void Parser::Fail(ErrorKind kind, const char* message) {
  result_.root = 0;
  result_.error = kind;
  result_.line = current_.line;
  result_.column = current_.column;
  result_.message = message;
  longjmp(error_jump_, 1);
}

void* Parser::AllocateOrFail(size_t bytes) {
  void* memory = allocator_.Allocate(bytes);
  if (memory == nullptr) Fail(ErrorKind::kOutOfMemory, "out of memory");
  return memory;
}

void* Parser::GrowOrFail(void* memory, size_t old_bytes, size_t new_bytes) {
  void* grown = memory == nullptr
                    ? allocator_.Allocate(new_bytes)
                    : allocator_.Reallocate(memory, old_bytes, new_bytes);
  if (grown == nullptr) Fail(ErrorKind::kOutOfMemory, "out of memory");
  return grown;
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
    stack_ = static_cast<Node*>(GrowOrFail(
        stack_, stack_capacity_ * sizeof(Node), new_capacity * sizeof(Node)));
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
  if (count > 0) {
    memcpy(node->children, stack_ + stack_size_, count * sizeof(Node));
  }
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

void Parser::AppendText(const char* bytes, size_t length) {
  if (length > text_capacity_ - text_length_) {
    size_t new_capacity = (text_length_ + length) * 2;
    text_ = static_cast<char*>(GrowOrFail(text_, text_capacity_, new_capacity));
    text_capacity_ = new_capacity;
  }
  if (length > 0) memcpy(text_ + text_length_, bytes, length);
  text_length_ += length;
}

void Parser::EnterNesting() {
  CheckStack();
  if (++nesting_ > max_nesting_) {
    Fail(ErrorKind::kSyntax, "too many nested parentheses");
  }
}

void Parser::CheckStack() {
  if (reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < stack_limit_) {
    Fail(ErrorKind::kTooDeep, "maximum recursion depth exceeded");
  }
}

bool Parser::IsName(const char* text) const {
  return current_.kind == TokenKind::kName && current_.length == strlen(text) &&
         memcmp(current_.text, text, current_.length) == 0;
}

void Parser::Advance() {
  if (replay_next_ < replay_count_) {
    current_ = replay_[replay_next_++];
    return;
  }
  replay_count_ = replay_next_ = replay_text_length_ = 0;
  current_ = lexer_.Next();
  if (lexer::IsError(current_.kind)) FailLexerError();
}

void Parser::FailLexerError() {
  switch (current_.kind) {
    case TokenKind::kErrorDedentMismatch:
      Fail(ErrorKind::kIndentation,
           "unindent doesn't match any outer indent level");
    case TokenKind::kErrorOutOfMemory:
      Fail(ErrorKind::kOutOfMemory, "out of memory");
    case TokenKind::kErrorInvalidCharacter:
      FailSyntax();
    default:
      // The lexer's descriptions of its other errors are the messages.
      Fail(ErrorKind::kSyntax, lexer::TokenKindText(current_.kind));
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
  Node name =
      LeafNode(LeafKind::kName, names_.Intern(current_.text, current_.length));
  Advance();
  return name;
}

void Parser::BufferToken(const lexer::Token& token) {
  if (replay_count_ == replay_capacity_) {
    size_t new_capacity = replay_capacity_ == 0 ? 16 : replay_capacity_ * 2;
    replay_ = static_cast<lexer::Token*>(
        GrowOrFail(replay_, replay_capacity_ * sizeof(lexer::Token),
                   new_capacity * sizeof(lexer::Token)));
    replay_capacity_ = new_capacity;
  }
  if (token.length > replay_text_capacity_ - replay_text_length_) {
    size_t new_capacity = (replay_text_length_ + token.length) * 2;
    replay_text_ = static_cast<char*>(
        GrowOrFail(replay_text_, replay_text_capacity_, new_capacity));
    replay_text_capacity_ = new_capacity;
  }
  lexer::Token copy = token;
  // The text's offset for now: the buffer may still move.
  copy.text = reinterpret_cast<const char*>(replay_text_length_);
  if (token.length > 0) {
    memcpy(replay_text_ + replay_text_length_, token.text, token.length);
  }
  replay_text_length_ += token.length;
  replay_[replay_count_++] = copy;
}

// `match` is a keyword only at the start of a match statement, and
// `match(x)`, `match[x] = y` or `match = 1` are ordinary statements. A match
// statement's line ends with a colon and no other simple statement's does, so
// the line is buffered, checked, and then replayed token by token.
bool Parser::IsMatchStatement() {
  replay_count_ = replay_next_ = replay_text_length_ = 0;
  BufferToken(current_);
  TokenKind last = TokenKind::kEnd;
  for (;;) {
    const lexer::Token& next = lexer_.Next();
    if (lexer::IsError(next.kind)) {
      current_ = next;
      FailLexerError();
    }
    BufferToken(next);
    if (next.kind == TokenKind::kNewline || next.kind == TokenKind::kEnd) break;
    last = next.kind;
  }
  for (size_t i = 0; i < replay_count_; ++i) {
    replay_[i].text = replay_text_ + reinterpret_cast<size_t>(replay_[i].text);
  }
  current_ = replay_[0];
  replay_next_ = 1;
  return last == TokenKind::kColon && replay_count_ > 3;
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
  uint32_t statement_line = line();
  switch (kind()) {
    case TokenKind::kIf:
      statement = ParseIf();
      break;
    case TokenKind::kWhile:
      statement = ParseWhile();
      break;
    case TokenKind::kFor:
      statement = ParseFor(false, statement_line);
      break;
    case TokenKind::kTry:
      statement = ParseTry();
      break;
    case TokenKind::kWith:
      statement = ParseWith(false, statement_line);
      break;
    case TokenKind::kDef:
      statement = ParseFunctionDef(false, statement_line);
      break;
    case TokenKind::kClass:
      statement = ParseClassDef();
      break;
    case TokenKind::kAt:
      statement = ParseDecorated();
      break;
    case TokenKind::kAsync:
      statement = ParseAsync();
      break;
    case TokenKind::kIndent:
      Fail(ErrorKind::kIndentation, "unexpected indent");
    default:
      if (IsName("match") && IsMatchStatement()) {
        statement = ParseMatch();
        break;
      }
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
    case TokenKind::kImport:
      return ParseImport();
    case TokenKind::kFrom:
      return ParseImportFrom();
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

// What an assignment may assign: an expression list, or a yield expression.
Node Parser::ParseAssignedValue() {
  return kind() == TokenKind::kYield ? ParseYield() : ParseTestList(true);
}

Node Parser::ParseExpressionStatement() {
  uint32_t statement_line = line();
  Node first = ParseAssignedValue();
  if (IsAugmentedAssign(kind())) {
    TokenKind op = kind();
    Advance();
    Push(first);
    Push(SmallIntNode(static_cast<intptr_t>(op)));
    Push(ParseAssignedValue());
    return MakeStruct(NodeKind::kAugmentedAssign, statement_line, 3);
  }
  if (kind() == TokenKind::kColon) {
    Advance();
    Push(first);
    Push(ParseTest());
    Push(Accept(TokenKind::kEqual) ? ParseAssignedValue() : 0);
    return MakeStruct(NodeKind::kAnnotatedAssign, statement_line, 3);
  }
  if (kind() != TokenKind::kEqual) {
    Push(first);
    return MakeStruct(NodeKind::kExpressionStatement, statement_line, 1);
  }
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kEqual)) {
    Push(ParseAssignedValue());
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

Node Parser::ParseFor(bool is_async, uint32_t statement_line) {
  Expect(TokenKind::kFor);
  Push(ParseTargetList());
  Expect(TokenKind::kIn);
  Push(ParseTestList(true));
  Push(ParseBlock());
  Push(Accept(TokenKind::kElse) ? ParseBlock() : 0);
  return MakeStruct(is_async ? NodeKind::kAsyncFor : NodeKind::kFor,
                    statement_line, 4);
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
  bool star_handlers = false;
  while (kind() == TokenKind::kExcept) {
    uint32_t handler_line = line();
    Advance();
    bool star = Accept(TokenKind::kStar);
    if (handlers > 0 && star != star_handlers) {
      Fail(ErrorKind::kSyntax,
           "cannot have both 'except' and 'except*' on the same 'try'");
    }
    star_handlers = star;
    // A bare `except:` must come last.
    if (bare_handler_seen) FailSyntax();
    Node type = 0;
    Node name = 0;
    if (kind() != TokenKind::kColon) {
      type = ParseTest();
      if (Accept(TokenKind::kAs)) name = ExpectName();
    } else if (star) {
      Fail(ErrorKind::kSyntax, "expected one or more exception types");
    } else {
      bare_handler_seen = true;
    }
    Push(type);
    Push(name);
    Push(ParseBlock());
    Push(MakeStruct(NodeKind::kExceptHandler, handler_line, 3));
    ++handlers;
  }
  if (handlers > 0 && Accept(TokenKind::kElse)) {
    // Parse first: the call may move stack_.
    Node block = ParseBlock();
    stack_[else_slot] = block;
  }
  if (Accept(TokenKind::kFinally)) {
    // Parse first: the call may move stack_.
    Node block = ParseBlock();
    stack_[else_slot + 1] = block;
  } else if (handlers == 0) {
    FailSyntax();
  }
  return MakeStruct(star_handlers ? NodeKind::kTryStar : NodeKind::kTry,
                    statement_line, 3 + handlers);
}

// with a as b, c: / with (a as b, c,): / with (a, b) as c: ...
Node Parser::ParseWith(bool is_async, uint32_t statement_line) {
  Expect(TokenKind::kWith);
  size_t body_slot = stack_size_;
  Push(0);  // the body, filled in below
  size_t items = 0;
  if (kind() == TokenKind::kLeftParen) {
    // Either parenthesised items, or an expression that starts with a
    // parenthesis: parse the parenthesised list, then decide by what follows.
    uint32_t paren_line = line();
    Advance();
    EnterNesting();
    bool any_as = false;
    while (kind() != TokenKind::kRightParen) {
      uint32_t item_line = line();
      Push(ParseTest());
      if (Accept(TokenKind::kAs)) {
        Push(ParseWithTarget());
        any_as = true;
      } else {
        Push(0);
      }
      Push(MakeStruct(NodeKind::kWithItem, item_line, 2));
      ++items;
      if (!Accept(TokenKind::kComma)) break;
    }
    Expect(TokenKind::kRightParen);
    LeaveNesting();
    if (items == 0 || (kind() != TokenKind::kColon && !any_as)) {
      // An expression, like (a, b) as c or (f)(x): rebuild it from the items.
      for (size_t i = 0; i < items; ++i) {
        stack_[stack_size_ - items + i] =
            AsStruct(stack_[stack_size_ - items + i])->children[0];
      }
      Node first =
          items == 1 ? Pop() : MakeStruct(NodeKind::kTuple, paren_line, items);
      Node context = ParseBinary(kOr, ParseAtomExpression(first));
      Push(context);
      Push(Accept(TokenKind::kAs) ? ParseWithTarget() : 0);
      Push(MakeStruct(NodeKind::kWithItem, paren_line, 2));
      items = 1;
      while (Accept(TokenKind::kComma)) {
        uint32_t item_line = line();
        Push(ParseTest());
        Push(Accept(TokenKind::kAs) ? ParseWithTarget() : 0);
        Push(MakeStruct(NodeKind::kWithItem, item_line, 2));
        ++items;
      }
    }
  } else {
    do {
      uint32_t item_line = line();
      Push(ParseTest());
      Push(Accept(TokenKind::kAs) ? ParseWithTarget() : 0);
      Push(MakeStruct(NodeKind::kWithItem, item_line, 2));
      ++items;
    } while (Accept(TokenKind::kComma));
  }
  // Parse first: the call may move stack_.
  Node block = ParseBlock();
  stack_[body_slot] = block;
  return MakeStruct(is_async ? NodeKind::kAsyncWith : NodeKind::kWith,
                    statement_line, 1 + items);
}

// The target after a with-item's `as`: one target, since a comma there starts
// the next item (a tuple target needs its parentheses).
Node Parser::ParseWithTarget() { return ParseBinary(kBitOr); }

Node Parser::ParseFunctionDef(bool is_async, uint32_t statement_line) {
  Expect(TokenKind::kDef);
  Push(ExpectName());
  Expect(TokenKind::kLeftParen);
  Push(ParseParameters(TokenKind::kRightParen, true));
  Expect(TokenKind::kRightParen);
  Node returns = Accept(TokenKind::kArrow) ? ParseTest() : 0;
  Push(ParseBlock());
  Push(returns);
  return MakeStruct(
      is_async ? NodeKind::kAsyncFunctionDef : NodeKind::kFunctionDef,
      statement_line, 4);
}

Node Parser::ParseClassDef() {
  uint32_t statement_line = line();
  Advance();
  Push(ExpectName());
  size_t body_slot = stack_size_;
  Push(0);
  size_t arguments = 0;
  if (Accept(TokenKind::kLeftParen)) {
    EnterNesting();
    arguments = ParseArguments();
    Expect(TokenKind::kRightParen);
    LeaveNesting();
  }
  // Parse first: the call may move stack_.
  Node block = ParseBlock();
  stack_[body_slot] = block;
  return MakeStruct(NodeKind::kClassDef, statement_line, 2 + arguments);
}

Node Parser::ParseDecorated() {
  uint32_t statement_line = line();
  size_t decorators = 0;
  while (Accept(TokenKind::kAt)) {
    Push(ParseNamedExpressionTest());
    Expect(TokenKind::kNewline);
    ++decorators;
  }
  uint32_t definition_line = line();
  switch (kind()) {
    case TokenKind::kDef:
      Push(ParseFunctionDef(false, definition_line));
      break;
    case TokenKind::kClass:
      Push(ParseClassDef());
      break;
    case TokenKind::kAsync:
      Advance();
      Push(ParseFunctionDef(true, definition_line));
      break;
    default:
      FailSyntax();
  }
  return MakeStruct(NodeKind::kDecorated, statement_line, decorators + 1);
}

Node Parser::ParseAsync() {
  uint32_t statement_line = line();
  Advance();
  switch (kind()) {
    case TokenKind::kDef:
      return ParseFunctionDef(true, statement_line);
    case TokenKind::kFor:
      return ParseFor(true, statement_line);
    case TokenKind::kWith:
      return ParseWith(true, statement_line);
    default:
      FailSyntax();
  }
}

Node Parser::ParseDottedName() {
  uint32_t name_line = line();
  Node first = ExpectName();
  if (kind() != TokenKind::kDot) return first;
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kDot)) {
    Push(ExpectName());
    ++count;
  }
  return MakeStruct(NodeKind::kDottedName, name_line, count);
}

// import a.b as c, d
Node Parser::ParseImport() {
  uint32_t statement_line = line();
  Advance();
  size_t count = 0;
  do {
    uint32_t alias_line = line();
    Push(ParseDottedName());
    Push(Accept(TokenKind::kAs) ? ExpectName() : 0);
    Push(MakeStruct(NodeKind::kAlias, alias_line, 2));
    ++count;
  } while (Accept(TokenKind::kComma));
  return MakeStruct(NodeKind::kImport, statement_line, count);
}

// from ..a import (b as c, d) / from . import * ...
Node Parser::ParseImportFrom() {
  uint32_t statement_line = line();
  Advance();
  intptr_t level = 0;
  for (;;) {
    if (Accept(TokenKind::kDot)) {
      ++level;
    } else if (Accept(TokenKind::kEllipsis)) {
      level += 3;
    } else {
      break;
    }
  }
  Push(SmallIntNode(level));
  if (kind() == TokenKind::kImport) {
    if (level == 0) FailSyntax();
    Push(0);
  } else {
    Push(ParseDottedName());
  }
  Expect(TokenKind::kImport);
  if (kind() == TokenKind::kStar) {
    Push(LeafNode(LeafKind::kToken, static_cast<uint32_t>(TokenKind::kStar)));
    Advance();
    return MakeStruct(NodeKind::kImportFrom, statement_line, 3);
  }
  bool parenthesised = Accept(TokenKind::kLeftParen);
  size_t count = 0;
  do {
    if (parenthesised && kind() == TokenKind::kRightParen) break;
    uint32_t alias_line = line();
    Push(ExpectName());
    Push(Accept(TokenKind::kAs) ? ExpectName() : 0);
    Push(MakeStruct(NodeKind::kAlias, alias_line, 2));
    ++count;
  } while (Accept(TokenKind::kComma));
  if (count == 0) FailSyntax();
  if (parenthesised) Expect(TokenKind::kRightParen);
  return MakeStruct(NodeKind::kImportFrom, statement_line, 2 + count);
}

Node Parser::ParseParameters(TokenKind end, bool allow_annotations) {
  uint32_t parameters_line = line();
  size_t count = 0;
  bool default_seen = false;
  bool star_seen = false;
  bool slash_seen = false;
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
    } else if (Accept(TokenKind::kSlash)) {
      // Parameters before / are positional-only; at least one must come first.
      if (slash_seen || star_seen || count == 0) FailSyntax();
      slash_seen = true;
      Push(MakeStruct(NodeKind::kSlashParameter, parameter_line, 0));
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

}  // namespace mp::parser
