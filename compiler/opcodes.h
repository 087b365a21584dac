// The bytecode's opcodes, listed once. The VM's dispatch, the disassembler and
// the stack-depth computation are all generated from this table; nothing else
// lists the opcodes.
//
// X(name, operand, stack_effect, jump_stack_effect, comment)
//   operand: what the operand is (an OperandFormat), which fixes its encoding
//            (EncodingOf) and how the disassembler shows it.
//   stack_effect: the change in stack depth when execution falls through, an
//            expression in `arg` (the operand's value).
//   jump_stack_effect: the change when a jump is taken (jumps only).
#ifndef MP_COMPILER_OPCODES_H_
#define MP_COMPILER_OPCODES_H_

#include <stdint.h>

namespace mp::compiler {

// How many stack slots a call's arguments take: arg is n_positional | n_keyword
// << 8, and each keyword argument is a (name, value) pair.
constexpr int CallArgumentSlots(uint32_t arg) {
  return static_cast<int>(arg & 0xff) + 2 * static_cast<int>(arg >> 8);
}

// MakeFunction's low bits: which optional values it pops.
enum MakeFunctionFlags : uint32_t {
  kHasDefaults = 1,  // a tuple of positional defaults
  kHasKeywordDefaults =
      2,  // a tuple of keyword-only defaults (null for none), by position
  kHasClosure = 4,  // a tuple of cells
  kMakeFunctionFlagBits = 3,
};

constexpr int MakeFunctionPops(uint32_t arg) {
  return static_cast<int>((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1));
}

#define MP_OPCODES(X)                                                          \
  X(LoadConst, kConst, 1, 0, "push constants[arg]")                            \
  X(LoadSmallInt, kSint, 1, 0, "push the small int arg")                       \
  X(LoadNone, kNone, 1, 0, "push None")                                        \
  X(LoadTrue, kNone, 1, 0, "push True")                                        \
  X(LoadFalse, kNone, 1, 0, "push False")                                      \
  X(LoadFast, kSlot, 1, 0, "push local slot arg (UnboundLocalError if unset)") \
  X(StoreFast, kSlot, -1, 0, "pop into local slot arg")                        \
  X(DeleteFast, kSlot, 0, 0, "unset local slot arg")                           \
  X(LoadDeref, kSlot, 1, 0, "push the value of the cell in slot arg")          \
  X(StoreDeref, kSlot, -1, 0, "pop into the cell in slot arg")                 \
  X(DeleteDeref, kSlot, 0, 0, "empty the cell in slot arg")                    \
  X(LoadName, kQstr, 1, 0,                                                     \
    "push a module or class-body name: locals, globals, then builtins")        \
  X(StoreName, kQstr, -1, 0, "pop into a module or class-body name (locals)")  \
  X(DeleteName, kQstr, 0, 0, "delete a module or class-body name (locals)")    \
  X(LoadClassDeref, kSlot, 1, 0,                                               \
    "in a class body: push the name of slot arg from locals, else its cell")   \
  X(LoadBuildClass, kNone, 1, 0, "push __build_class__")                       \
  X(LoadGlobal, kQstr, 1, 0,                                                   \
    "push a global from inside a function: globals, then builtins")            \
  X(StoreGlobal, kQstr, -1, 0, "pop into a global")                            \
  X(DeleteGlobal, kQstr, 0, 0, "delete a global")                              \
  X(LoadAttr, kQstr, 0, 0, "object -> object.arg")                             \
  X(StoreAttr, kQstr, -2, 0, "value, object -> (object.arg = value)")          \
  X(DeleteAttr, kQstr, -1, 0, "object -> (del object.arg)")                    \
  X(LoadMethod, kQstr, 1, 0, "object -> function, self (or: attribute, null)") \
  X(LoadSubscript, kNone, -1, 0, "container, index -> container[index]")       \
  X(StoreSubscript, kNone, -3, 0,                                              \
    "value, container, index -> (container[index] = value)")                   \
  X(DeleteSubscript, kNone, -2, 0,                                             \
    "container, index -> (del container[index])")                              \
  X(PopTop, kNone, -1, 0, "drop the top of the stack")                         \
  X(DupTop, kNone, 1, 0, "a -> a, a")                                          \
  X(DupTopTwo, kNone, 2, 0, "a, b -> a, b, a, b")                              \
  X(RotTwo, kNone, 0, 0, "a, b -> b, a")                                       \
  X(RotThree, kNone, 0, 0, "a, b, c -> c, a, b")                               \
  X(UnaryOp, kUnaryOp, 0, 0,                                                   \
    "operand -> op(operand); arg is an objects::UnaryOp")                      \
  X(BinaryOp, kBinaryOp, -1, 0,                                                \
    "left, right -> left op right; arg is an objects::BinaryOp")               \
  X(Jump, kJump, 0, 0, "jump")                                                 \
  X(PopJumpIfFalse, kJump, -1, -1, "pop; jump if it was false")                \
  X(PopJumpIfTrue, kJump, -1, -1, "pop; jump if it was true")                  \
  X(JumpIfFalseOrPop, kJump, -1, 0,                                            \
    "jump if the top is false, keeping it; else pop it")                       \
  X(JumpIfTrueOrPop, kJump, -1, 0,                                             \
    "jump if the top is true, keeping it; else pop it")                        \
  X(GetIter, kNone, 0, 0, "iterable -> iterator")                              \
  X(ForIter, kJump, 1, -1,                                                     \
    "iterator -> iterator, next item; when exhausted, pop the iterator and "   \
    "jump")                                                                    \
  X(CallFunction, kCallArgs, -CallArgumentSlots(arg), 0,                       \
    "function, arguments -> result; arg is n_positional | n_keyword << 8")     \
  X(CallMethod, kCallArgs, -1 - CallArgumentSlots(arg), 0,                     \
    "function, self (or null), arguments -> result; arg as for CallFunction")  \
  X(MakeFunction, kFunction, 1 - MakeFunctionPops(arg), 0,                     \
    "[defaults, keyword defaults, closure] -> function for child code arg >> " \
    "3")                                                                       \
  X(ReturnValue, kNone, -1, 0, "return the top of the stack")                  \
  X(RaiseVarargs, kByte, -static_cast<int>(arg), 0,                            \
    "0: re-raise the handled exception; 1: raise the top; 2: raise below-top " \
    "from top")                                                                \
  X(SetupExcept, kJump, 0, 2,                                                  \
    "push a handler; an exception jumps to it with the previously handled "    \
    "exception and "                                                           \
    "the exception pushed")                                                    \
  X(PopBlock, kNone, 0, 0, "drop the innermost handler")                       \
  X(PopExcept, kNone, -2, 0,                                                   \
    "leave an except clause: drop the exception and restore the one handled "  \
    "before")                                                                  \
  X(Reraise, kNone, -2, 0,                                                     \
    "raise the top again, keeping its traceback, after restoring the "         \
    "previous exception")                                                      \
  X(BuildTuple, kUint, 1 - static_cast<int>(arg), 0, "arg items -> tuple")     \
  X(BuildList, kUint, 1 - static_cast<int>(arg), 0, "arg items -> list")       \
  X(BuildSet, kUint, 1 - static_cast<int>(arg), 0, "arg items -> set")         \
  X(BuildMap, kUint, 1 - 2 * static_cast<int>(arg), 0,                         \
    "arg (key, value) pairs -> dict")                                          \
  X(BuildSlice, kNone, -2, 0, "lower, upper, step -> slice")                   \
  X(ListToTuple, kNone, 0, 0, "list -> tuple")                                 \
  X(ListAppend, kUint, -1, 0,                                                  \
    "item -> (appended to the list arg entries below, after the pop)")         \
  X(ListExtend, kUint, -1, 0, "iterable -> (its items appended likewise)")     \
  X(SetAdd, kUint, -1, 0, "item -> (added to the set arg below)")              \
  X(SetUpdate, kUint, -1, 0, "iterable -> (its items added likewise)")         \
  X(MapAdd, kUint, -2, 0, "key, value -> (stored in the dict arg below)")      \
  X(DictUpdate, kUint, -1, 0, "mapping -> (its items stored likewise)")        \
  X(UnpackEx, kUnpackCounts, static_cast<int>((arg & 0xff) + (arg >> 8)), 0,   \
    "sequence -> arg & 0xff items, a list of the rest, arg >> 8 items; the "   \
    "first on top")                                                            \
  X(CallFunctionEx, kUint, -1 - static_cast<int>(arg & 1), 0,                  \
    "function, positional tuple, [keyword dict if arg & 1] -> result")         \
  X(UnpackSequence, kUint, static_cast<int>(arg) - 1, 0,                       \
    "sequence -> its arg items, the first on top")                             \
  X(YieldValue, kNone, 0, 0,                                                   \
    "value -> the value sent in when the generator resumes")                   \
  X(YieldFrom, kNone, -1, 0,                                                   \
    "iterator, value sent -> the iterator's return value, yielding what it "   \
    "yields")                                                                  \
  X(GetYieldFromIter, kNone, 0, 0,                                             \
    "iterable -> iterator for yield from (generators stay themselves)")        \
  X(GetAwaitable, kNone, 0, 0,                                                 \
    "awaitable -> the iterator that await drives (a coroutine, or __await__)") \
  X(BeforeWith, kNone, 2, 0,                                                   \
    "context manager -> __exit__ function, self, what __enter__() returned")   \
  X(BeforeAsyncWith, kNone, 2, 0,                                              \
    "context manager -> __aexit__ function, self, __aenter__()'s awaitable")   \
  X(WithExceptStart, kNone, 1, 0,                                              \
    "exit function, self, previous, exception -> the same, "                   \
    "exit(type, exception, None)")                                             \
  X(GetAIter, kNone, 0, 0, "async iterable -> its __aiter__()")                \
  X(GetANext, kNone, 1, 0,                                                     \
    "async iterator -> itself, the awaitable of its __anext__()")              \
  X(MatchSequence, kUint, 0, 0,                                                \
    "subject -> a tuple of its items if it is a sequence of arg >> 1 items "   \
    "(at least, if arg & 1), else None")                                       \
  X(MatchMapping, kNone, 0, 0,                                                 \
    "subject, keys -> subject, a tuple of the keys' values if it is a "        \
    "mapping with them all, else None")                                        \
  X(MatchMapRest, kNone, -1, 0,                                                \
    "mapping, keys -> a dict of the mapping's other items")                    \
  X(MatchClass, kUint, -2, 0,                                                  \
    "subject, class, keyword names -> a tuple of arg positional then "         \
    "keyword attributes if subject is an instance having them, else None")     \
  X(PrepareExceptStar, kNone, 2, 0,                                            \
    "previous, exception -> the same, the part left to match (the "            \
    "exception), a list for what handlers raise")                              \
  X(ExceptStarMatch, kNone, 0, 0,                                              \
    "left, raised, type -> left unmatched, raised, the matching group or "     \
    "None")                                                                    \
  X(ExceptStarCollect, kNone, -2, 0,                                           \
    "raised, previous, exception -> raised with the exception appended")       \
  X(ExceptStarReraise, kNone, -2, 0,                                           \
    "exception, left, raised -> what to raise on leaving, or None")            \
  X(ImportName, kQstr, -1, 0,                                                  \
    "level, fromlist -> the module arg (its top package when fromlist is "     \
    "None and level 0)")                                                       \
  X(ImportFrom, kQstr, 1, 0,                                                   \
    "module -> module, its attribute or submodule "                            \
    "arg")                                                                     \
  X(ImportStar, kNone, -1, 0, "module -> (its public names into locals)")      \
  X(FormatValue, kByte, -static_cast<int>((arg >> 2) & 1), 0,                  \
    "value [, spec] -> format(conversion(value), spec); arg: conversion "      \
    "(0, 1 s, 2 r, 3 a) | 4 if a spec is on top")                              \
  X(BuildString, kUint, 1 - static_cast<int>(arg), 0,                          \
    "arg strs -> their concatenation (an f-string)")                           \
  X(PrintExpression, kNone, -1, 0,                                             \
    "REPL: print repr of the top unless it is None")

// How an operand is encoded in the bytecode (see docs/bytecode.md).
enum class OperandEncoding : uint8_t {
  kNone,
  kByte,  // one byte
  kUint,  // unsigned LEB128
  kSint,  // zigzag LEB128
  kJump,  // 2 bytes, signed, relative to the end of the instruction
};

// What an operand is. The first six are plain values; the others are
// unsigned numbers with a meaning the disassembler shows.
enum class OperandFormat : uint8_t {
  kNone,
  kByte,
  kUint,
  kQstr,          // an interned name
  kSint,          // a signed number
  kJump,          // a jump
  kConst,         // an index into the code's constants
  kSlot,          // a local slot
  kCallArgs,      // n_positional | n_keyword << 8
  kFunction,      // child index << kMakeFunctionFlagBits | MakeFunctionFlags
  kUnpackCounts,  // items before the star | items after it << 8
  kUnaryOp,       // an objects::UnaryOp, in a byte
  kBinaryOp,      // an objects::BinaryOp, in a byte
};

constexpr OperandEncoding EncodingOf(OperandFormat format) {
  switch (format) {
    case OperandFormat::kNone:
      return OperandEncoding::kNone;
    case OperandFormat::kByte:
    case OperandFormat::kUnaryOp:
    case OperandFormat::kBinaryOp:
      return OperandEncoding::kByte;
    case OperandFormat::kSint:
      return OperandEncoding::kSint;
    case OperandFormat::kJump:
      return OperandEncoding::kJump;
    case OperandFormat::kUint:
    case OperandFormat::kQstr:
    case OperandFormat::kConst:
    case OperandFormat::kSlot:
    case OperandFormat::kCallArgs:
    case OperandFormat::kFunction:
    case OperandFormat::kUnpackCounts:
      return OperandEncoding::kUint;
  }
  return OperandEncoding::kNone;
}

enum class Opcode : uint8_t {
#define MP_X(name, operand, effect, jump_effect, comment) k##name,
  MP_OPCODES(MP_X)
#undef MP_X
      kCount
};

OperandFormat OperandFormatOf(Opcode op);
const char* OpcodeName(Opcode op);
int StackEffect(Opcode op, uint32_t arg);
int JumpStackEffect(Opcode op, uint32_t arg);
// Opcodes after which execution never falls through.
bool EndsFlow(Opcode op);

}  // namespace mp::compiler

#endif  // MP_COMPILER_OPCODES_H_
