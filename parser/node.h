// The parse tree, compact because on a board it lives in a few KiB of RAM. A
// node is one word:
//
//   0                     none: an optional part that is absent
//   ...xxxx1              a small int literal (value << 1 | 1)
//   ...xxx10              a leaf: LeafKind in bits 2-3, its argument from bit 4
//   up
//   ...xxx00 (non-zero)   a pointer to a StructNode: kind, line, children
//
// Names are ids from the caller's NameTable, so the tree holds no identifier
// text. String, bytes and number literals that are not small ints keep their
// bytes inline in a StructNode.
#ifndef MP_PARSER_NODE_H_
#define MP_PARSER_NODE_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::parser {

using Node = uintptr_t;

enum class LeafKind : uint8_t {
  kName,   // argument: the name's id
  kToken,  // argument: a lexer::TokenKind (None, True, False, ...)
};

// X(kind, children): what each kind of StructNode holds, in order.
#define MP_NODE_KINDS(X)                                                    \
  X(kModule, "statements...")                                               \
  X(kBlock, "statements...")                                                \
  X(kExpressionStatement, "expression")                                     \
  X(kAssign, "targets..., value")                                           \
  X(kAugmentedAssign, "target, operator (a TokenKind such as +=), value")   \
  X(kAnnotatedAssign, "target, annotation, value or none")                  \
  X(kDelete, "targets...")                                                  \
  X(kPass, "")                                                              \
  X(kBreak, "")                                                             \
  X(kContinue, "")                                                          \
  X(kReturn, "value or none")                                               \
  X(kRaise, "exception or none, cause or none")                             \
  X(kGlobal, "names...")                                                    \
  X(kNonlocal, "names...")                                                  \
  X(kAssert, "test, message or none")                                       \
  X(kImport, "kAlias...")                                                   \
  X(kImportFrom,                                                            \
    "level (dots, a small int), module (name, kDottedName or none), then "  \
    "kAlias... or the token * alone")                                       \
  X(kAlias, "name (a name or kDottedName), as-name or none")                \
  X(kDottedName, "names...")                                                \
  X(kIf, "test, body, else (a block, an elif's kIf, or none)")              \
  X(kWhile, "test, body, else or none")                                     \
  X(kFor, "target, iterable, body, else or none")                           \
  X(kAsyncFor, "as kFor")                                                   \
  X(kTry, "body, else or none, finally or none, handlers...")               \
  X(kTryStar, "as kTry, with except* handlers")                             \
  X(kExceptHandler, "type or none, name or none, body")                     \
  X(kWith, "body, kWithItem...")                                            \
  X(kAsyncWith, "as kWith")                                                 \
  X(kWithItem, "context, target or none")                                   \
  X(kFunctionDef, "name, parameters, body, return annotation or none")      \
  X(kAsyncFunctionDef, "as kFunctionDef")                                   \
  X(kClassDef,                                                              \
    "name, body, then bases and keywords (expressions, kKeywordArgument, "  \
    "kStarred, kDoubleStarred)...")                                         \
  X(kDecorated,                                                             \
    "decorators..., the kFunctionDef, kAsyncFunctionDef or "                \
    "kClassDef")                                                            \
  X(kParameters,                                                            \
    "parameters (kParameter, kStarParameter, kDoubleStarParameter, "        \
    "kSlashParameter)...")                                                  \
  X(kParameter, "name, default or none, annotation or none")                \
  X(kStarParameter, "name or none (a bare *), annotation or none")          \
  X(kDoubleStarParameter, "name, annotation or none")                       \
  X(kSlashParameter, "(the / that ends positional-only parameters)")        \
  X(kLambda, "parameters, body")                                            \
  X(kMatch, "subject, kMatchCase...")                                       \
  X(kMatchCase, "pattern, guard or none, body")                             \
  X(kMatchValue, "expression: a literal or a dotted name")                  \
  X(kMatchSingleton, "None, True or False (a token leaf)")                  \
  X(kMatchCapture, "name")                                                  \
  X(kMatchWildcard, "(the _ pattern)")                                      \
  X(kMatchSequence, "patterns (kMatchStar among them)...")                  \
  X(kMatchStar, "name or none (for *_)")                                    \
  X(kMatchMapping,                                                          \
    "key, pattern, key, pattern..., then kMatchRest or nothing")            \
  X(kMatchRest, "name (of **rest)")                                         \
  X(kMatchClass, "class, positional patterns..., kMatchKeyword...")         \
  X(kMatchKeyword, "name, pattern")                                         \
  X(kMatchOr, "patterns...")                                                \
  X(kMatchAs, "pattern, name")                                              \
  X(kString, "the text's bytes, inline")                                    \
  X(kBytes, "the bytes, inline")                                            \
  X(kBigInteger, "the literal as written, inline")                          \
  X(kFloat, "the literal as written (a float or imaginary number), inline") \
  X(kFString, "parts: kString and kFormattedValue...")                      \
  X(kFormattedValue,                                                        \
    "expression, conversion (a small int: 0, or 'r', 's', 'a'), format "    \
    "spec (a kFString) or none")                                            \
  X(kTuple, "items...")                                                     \
  X(kList, "items...")                                                      \
  X(kDict,                                                                  \
    "key, value, key, value... (a kDoubleStarred key with no value for "    \
    "**mapping)")                                                           \
  X(kSet, "items...")                                                       \
  X(kListComprehension, "element, kComprehensionFor...")                    \
  X(kSetComprehension, "element, kComprehensionFor...")                     \
  X(kDictComprehension, "key, value, kComprehensionFor...")                 \
  X(kGenerator, "element, kComprehensionFor...")                            \
  X(kComprehensionFor, "target, iterable, conditions...")                   \
  X(kComprehensionAsyncFor, "as kComprehensionFor")                         \
  X(kBinaryOp, "left, operator (a TokenKind), right")                       \
  X(kUnaryOp, "operator (a TokenKind: +, - or ~), operand")                 \
  X(kNot, "operand")                                                        \
  X(kAnd, "operands...")                                                    \
  X(kOr, "operands...")                                                     \
  X(kCompare, "left, then (CompareOp, right) pairs")                        \
  X(kConditional, "test, value if true, value if false")                    \
  X(kCall,                                                                  \
    "function, arguments (expressions, kKeywordArgument, kStarred, "        \
    "kDoubleStarred)...")                                                   \
  X(kKeywordArgument, "name, value")                                        \
  X(kStarred, "expression")                                                 \
  X(kDoubleStarred, "expression")                                           \
  X(kAttribute, "object, name")                                             \
  X(kSubscript, "object, index")                                            \
  X(kSlice, "lower, upper, step (each or none)")                            \
  X(kNamedExpression, "name, value")                                        \
  X(kYield, "value or none")                                                \
  X(kYieldFrom, "iterable")                                                 \
  X(kAwait, "value")

enum class NodeKind : uint8_t {
#define MP_X(kind, children) kind,
  MP_NODE_KINDS(MP_X)
#undef MP_X
      kCount
};

const char* NodeKindName(NodeKind kind);

// The operators of kCompare.
enum class CompareOp : uint8_t {
  kLess,
  kMore,
  kEqual,
  kLessEqual,
  kMoreEqual,
  kNotEqual,
  kIn,
  kNotIn,
  kIs,
  kIsNot,
};

struct StructNode {
  uint32_t kind : 8;
  uint32_t count : 24;  // children, or inline bytes for literals
  uint32_t line;
  Node children[];

  NodeKind node_kind() const { return static_cast<NodeKind>(kind); }
  const char* bytes() const { return reinterpret_cast<const char*>(children); }
};

inline constexpr size_t kMaxStructCount = (1u << 24) - 1;

// Small ints in the tree have one bit less than a word.
inline constexpr intptr_t kNodeSmallIntMax = INTPTR_MAX >> 1;
inline constexpr intptr_t kNodeSmallIntMin = INTPTR_MIN >> 1;

inline bool IsNone(Node node) { return node == 0; }
inline bool IsSmallInt(Node node) { return (node & 1) != 0; }
inline intptr_t SmallIntValue(Node node) {
  return static_cast<intptr_t>(node) >> 1;
}
inline Node SmallIntNode(intptr_t value) {
  return (static_cast<uintptr_t>(value) << 1) | 1;
}
inline bool IsLeaf(Node node) { return (node & 3) == 2; }
inline LeafKind LeafKindOf(Node node) {
  return static_cast<LeafKind>((node >> 2) & 3);
}
inline uint32_t LeafArgument(Node node) {
  return static_cast<uint32_t>(node >> 4);
}
inline Node LeafNode(LeafKind kind, uint32_t argument) {
  return (static_cast<uintptr_t>(argument) << 4) |
         (static_cast<uintptr_t>(kind) << 2) | 2;
}
inline bool IsName(Node node) {
  return IsLeaf(node) && LeafKindOf(node) == LeafKind::kName;
}
inline bool IsStruct(Node node) { return node != 0 && (node & 3) == 0; }
inline const StructNode* AsStruct(Node node) {
  return reinterpret_cast<const StructNode*>(node);
}
inline bool IsStructOf(Node node, NodeKind kind) {
  return IsStruct(node) && AsStruct(node)->node_kind() == kind;
}

}  // namespace mp::parser

#endif  // MP_PARSER_NODE_H_
