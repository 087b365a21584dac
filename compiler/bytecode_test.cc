#include "compiler/bytecode.h"

#include <stdint.h>

#include <set>
#include <string>

#include "compiler/instruction.h"
#include "compiler/opcodes.h"
#include "gtest/gtest.h"

namespace mp::compiler {
namespace {

TEST(BytecodeTest, UnsignedRoundTrip) {
  for (uintptr_t value : {uintptr_t{0}, uintptr_t{1}, uintptr_t{127},
                          uintptr_t{128}, uintptr_t{300}, uintptr_t{16383},
                          uintptr_t{16384}, uintptr_t{0xffffffff}}) {
    uint8_t buffer[10];
    size_t n = EncodeUint(value, buffer);
    EXPECT_EQ(n, value < 128 ? 1u : value < 16384 ? 2u : n);
    const uint8_t* p = buffer;
    EXPECT_EQ(DecodeUint(p), static_cast<uint32_t>(value));
    EXPECT_EQ(p, buffer + n);
  }
}

TEST(BytecodeTest, SignedRoundTripIsZigzag) {
  for (intptr_t value :
       {intptr_t{0}, intptr_t{-1}, intptr_t{1}, intptr_t{-64}, intptr_t{63},
        intptr_t{-65}, intptr_t{1000000}, intptr_t{-1000000}, INTPTR_MAX >> 1,
        INTPTR_MIN >> 1}) {
    uint8_t buffer[10];
    size_t n = EncodeSint(value, buffer);
    const uint8_t* p = buffer;
    EXPECT_EQ(DecodeSint(p), value);
    EXPECT_EQ(p, buffer + n);
    if (value >= -64 && value < 64) {
      EXPECT_EQ(n, 1u) << value;
    }
  }
}

TEST(BytecodeTest, JumpOffsetsAreLittleEndianSigned) {
  const uint8_t bytes[] = {0xfe, 0xff, 0x10, 0x00};
  const uint8_t* p = bytes;
  EXPECT_EQ(DecodeJump(p), -2);
  EXPECT_EQ(DecodeJump(p), 16);
}

TEST(OpcodeTableTest, EveryOpcodeHasAUniqueName) {
  std::set<std::string> names;
  for (int op = 0; op < static_cast<int>(Opcode::kCount); ++op) {
    std::string name = OpcodeName(static_cast<Opcode>(op));
    EXPECT_NE(name, "?");
    EXPECT_TRUE(names.insert(name).second) << name;
  }
  EXPECT_EQ(names.size(), static_cast<size_t>(Opcode::kCount));
}

TEST(OpcodeTableTest, StackEffectsFollowOperands) {
  EXPECT_EQ(StackEffect(Opcode::kCallFunction, 3 | (2 << 8)), -7);
  EXPECT_EQ(StackEffect(Opcode::kCallMethod, 1), -2);
  EXPECT_EQ(StackEffect(Opcode::kBuildTuple, 4), -3);
  EXPECT_EQ(StackEffect(Opcode::kUnpackSequence, 3), 2);
  EXPECT_EQ(StackEffect(Opcode::kMakeFunction, (5 << kMakeFunctionFlagBits) |
                                                   kHasDefaults | kHasClosure),
            -1);
  EXPECT_EQ(StackEffect(Opcode::kForIter, 0), 1);
  EXPECT_EQ(JumpStackEffect(Opcode::kForIter, 0), -1);
  EXPECT_EQ(JumpStackEffect(Opcode::kSetupExcept, 0), 2);
  EXPECT_TRUE(EndsFlow(Opcode::kReturnValue));
  EXPECT_FALSE(EndsFlow(Opcode::kPopJumpIfFalse));
}

TEST(OpcodeTableTest, JumpsAndOnlyJumpsHaveJumpOperands) {
  for (Opcode op :
       {Opcode::kJump, Opcode::kPopJumpIfFalse, Opcode::kPopJumpIfTrue,
        Opcode::kJumpIfFalseOrPop, Opcode::kJumpIfTrueOrPop, Opcode::kForIter,
        Opcode::kSetupExcept}) {
    EXPECT_EQ(OperandFormatOf(op), OperandFormat::kJump) << OpcodeName(op);
  }
  EXPECT_EQ(OperandFormatOf(Opcode::kLoadConst), OperandFormat::kConst);
  EXPECT_EQ(EncodingOf(OperandFormat::kConst), OperandEncoding::kUint);
  EXPECT_EQ(EncodingOf(OperandFormat::kBinaryOp), OperandEncoding::kByte);
  EXPECT_EQ(OperandFormatOf(Opcode::kLoadName), OperandFormat::kQstr);
}

TEST(InstructionTest, DecodesOperandsAndJumpTargets) {
  const uint8_t code[] = {
      static_cast<uint8_t>(Opcode::kLoadSmallInt), 0x81, 0x01,  // -65
      static_cast<uint8_t>(Opcode::kLoadFast),     0x80, 0x02,  // 256
      static_cast<uint8_t>(Opcode::kJump),         0xf7, 0xff,  // back to 0
      static_cast<uint8_t>(Opcode::kBinaryOp),     14,
  };
  Instruction in;
  ASSERT_TRUE(DecodeInstruction(code, sizeof(code), 0, &in));
  EXPECT_EQ(in.op, Opcode::kLoadSmallInt);
  EXPECT_EQ(in.signed_arg, -65);
  EXPECT_EQ(in.next, 3u);
  ASSERT_TRUE(DecodeInstruction(code, sizeof(code), 3, &in));
  EXPECT_EQ(in.arg, 256u);
  EXPECT_EQ(in.offset, 3u);
  ASSERT_TRUE(DecodeInstruction(code, sizeof(code), 6, &in));
  EXPECT_EQ(in.target, 0u);
  EXPECT_EQ(in.next, 9u);
  ASSERT_TRUE(DecodeInstruction(code, sizeof(code), 9, &in));
  EXPECT_EQ(in.arg, 14u);
  EXPECT_EQ(in.next, sizeof(code));
}

TEST(InstructionTest, RejectsWhatIsNotAnInstruction) {
  const uint8_t unknown[] = {static_cast<uint8_t>(Opcode::kCount)};
  const uint8_t unterminated[] = {static_cast<uint8_t>(Opcode::kLoadConst),
                                  0x80, 0x80};
  const uint8_t short_jump[] = {static_cast<uint8_t>(Opcode::kJump), 0x00};
  // More continuation bytes than a word holds.
  uint8_t too_long[16];
  too_long[0] = static_cast<uint8_t>(Opcode::kLoadConst);
  for (size_t i = 1; i < sizeof(too_long); ++i) too_long[i] = 0x80;
  too_long[sizeof(too_long) - 1] = 0x01;
  Instruction in;
  EXPECT_FALSE(DecodeInstruction(unknown, sizeof(unknown), 0, &in));
  EXPECT_FALSE(DecodeInstruction(unterminated, sizeof(unterminated), 0, &in));
  EXPECT_FALSE(DecodeInstruction(short_jump, sizeof(short_jump), 0, &in));
  EXPECT_FALSE(DecodeInstruction(too_long, sizeof(too_long), 0, &in));
  EXPECT_FALSE(DecodeInstruction(unknown, sizeof(unknown), 1, &in));
}

}  // namespace
}  // namespace mp::compiler
