#include "compiler/disassembler.h"

#include <string.h>

#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/bytecode.h"
#include "compiler/instruction.h"
#include "compiler/opcodes.h"
#include "compiler/testing.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "objects/object.h"
#include "objects/state.h"
#include "objects/testing.h"

namespace mp::compiler {
namespace {

using ::testing::HasSubstr;

void AppendTo(void* context, const char* data, size_t length) {
  static_cast<std::string*>(context)->append(data, length);
}

std::string Listing(const RawCode& code) {
  std::string text;
  Disassemble(objects::Printer{&AppendTo, &text}, code);
  return text;
}

std::string Listing(const std::string& source) {
  RawCode* code = nullptr;
  std::string error =
      objects::testing::RaisedBy([&] { code = testing::Compile(source); });
  EXPECT_EQ(error, "") << source;
  return code != nullptr ? Listing(*code) : "";
}

Qstr Q(const char* text) {
  return objects::Shared().qstrs.Intern(text, strlen(text));
}

// The instruction lines ("NN NAME operands") of a listing, offsets dropped.
std::vector<std::string> Instructions(const std::string& listing) {
  std::vector<std::string> lines;
  std::istringstream in(listing);
  static const std::regex kInstruction("^[0-9]+ ([A-Z_]+.*)$");
  std::smatch match;
  for (std::string line; std::getline(in, line);) {
    if (std::regex_match(line, match, kInstruction)) lines.push_back(match[1]);
  }
  return lines;
}

bool Contains(const std::vector<std::string>& lines, const std::string& line) {
  for (const std::string& l : lines) {
    if (l == line) return true;
  }
  return false;
}

TEST(DisassemblerTest, ModuleHeaderHasMicroPythonsShape) {
  std::string listing = Listing("x = 1\n\ny = x\n");
  EXPECT_TRUE(std::regex_search(
      listing,
      std::regex("^File <string>, code block '<module>' \\(descriptor: "
                 "0x[0-9a-f]+, bytecode @0x[0-9a-f]+ [0-9]+ bytes\\)\n"
                 "Raw bytecode \\(line_table_size=[0-9]+, bytecode_size="
                 "[0-9]+\\):\n( [0-9a-f]{2})+\n"
                 "arg names:\n"
                 "\\(N_STATE [0-9]+\\)\n"
                 "\\(N_EXC_STACK 0\\)\n")))
      << listing;
  EXPECT_THAT(listing, HasSubstr("  bc=0 line=1\n"));
  EXPECT_TRUE(
      std::regex_search(listing, std::regex("\n  bc=[1-9][0-9]* line=3\n")))
      << listing;
  EXPECT_THAT(listing, HasSubstr("\n00 LOAD_SMALL_INT 1\n"));
}

TEST(DisassemblerTest, NamesConstantsAndOperators) {
  std::vector<std::string> lines =
      Instructions(Listing("s = 'hi'\n"
                           "n = \"it's\"\n"
                           "print(s + s, -len(n), sep='')\n"
                           "del s\n"));
  EXPECT_TRUE(Contains(lines, "LOAD_CONST 0 'hi'"));
  EXPECT_TRUE(Contains(lines, "LOAD_CONST 1 \"it's\""));
  EXPECT_TRUE(Contains(lines, "STORE_NAME s"));
  EXPECT_TRUE(Contains(lines, "LOAD_NAME print"));
  EXPECT_TRUE(Contains(lines, "BINARY_OP 14 Add"));
  EXPECT_TRUE(Contains(lines, "UNARY_OP 1 Negative"));
  EXPECT_TRUE(Contains(lines, "CALL_FUNCTION n=2 nkw=1"));
  EXPECT_TRUE(Contains(lines, "DELETE_NAME s"));
  EXPECT_EQ(lines.back(), "RETURN_VALUE");
}

TEST(DisassemblerTest, FunctionsListArgumentsSlotsCellsAndChildren) {
  std::string listing = Listing(
      "def f(a, b=2, *c, d, **e):\n"
      "    def g():\n"
      "        return a + d\n"
      "    x = b\n"
      "    return g\n");
  EXPECT_THAT(listing, HasSubstr("code block 'f'"));
  EXPECT_THAT(listing, HasSubstr("arg names: a b *c d **e\n"));
  EXPECT_THAT(listing, HasSubstr("flags: varargs varkeywords\n"));
  EXPECT_THAT(listing, HasSubstr("cells: a d\n"));
  EXPECT_THAT(listing, HasSubstr("code block 'g'"));
  EXPECT_THAT(listing, HasSubstr("free: a d\n"));
  std::vector<std::string> lines = Instructions(listing);
  EXPECT_TRUE(Contains(lines, "MAKE_FUNCTION 0 f defaults")) << listing;
  EXPECT_TRUE(Contains(lines, "MAKE_FUNCTION 0 g closure")) << listing;
  EXPECT_TRUE(Contains(lines, "LOAD_FAST 1 b")) << listing;
  EXPECT_TRUE(Contains(lines, "STORE_FAST 6 x")) << listing;
  EXPECT_TRUE(Contains(lines, "LOAD_DEREF 0 a")) << listing;
  // The blocks come parent first: the module, f, then g.
  EXPECT_LT(listing.find("'<module>'"), listing.find("'f'"));
  EXPECT_LT(listing.find("'f'"), listing.find("'g'"));
}

TEST(DisassemblerTest, GeneratorsAreFlagged) {
  std::string listing = Listing("def gen():\n    yield 1\n");
  EXPECT_THAT(listing, HasSubstr("flags: generator\n"));
  EXPECT_TRUE(Contains(Instructions(listing), "YIELD_VALUE"));
}

TEST(DisassemblerTest, JumpTargetsAreOffsetsOfInstructions) {
  std::string listing = Listing(
      "i = 0\n"
      "while i < 3:\n"
      "    i += 1\n"
      "for x in [1, 2]:\n"
      "    if x and i:\n"
      "        continue\n"
      "try:\n"
      "    pass\n"
      "except ValueError:\n"
      "    pass\n");
  std::set<int> offsets;
  std::vector<int> targets;
  static const std::regex kLine("^([0-9]+) ([A-Z_]+)(?: ([0-9]+))?");
  std::istringstream in(listing);
  std::smatch match;
  bool saw_backward = false;
  for (std::string line; std::getline(in, line);) {
    if (!std::regex_search(line, match, kLine)) continue;
    int offset = std::stoi(match[1]);
    offsets.insert(offset);
    std::string name = match[2];
    Opcode op = Opcode::kCount;
    for (int i = 0; i < static_cast<int>(Opcode::kCount); ++i) {
      std::string upper;
      for (const char* c = OpcodeName(static_cast<Opcode>(i)); *c; ++c) {
        if (isupper(*c) && upper.size() > 0) upper += '_';
        upper += static_cast<char>(toupper(*c));
      }
      if (upper == name) op = static_cast<Opcode>(i);
    }
    ASSERT_NE(op, Opcode::kCount) << line;
    if (OperandFormatOf(op) == OperandFormat::kJump) {
      targets.push_back(std::stoi(match[3]));
      saw_backward = saw_backward || targets.back() <= offset;
    }
  }
  EXPECT_GE(targets.size(), 5u) << listing;
  EXPECT_TRUE(saw_backward) << listing;
  for (int target : targets) {
    EXPECT_TRUE(offsets.count(target)) << target << "\n" << listing;
  }
}

// A one-instruction block for each opcode with an operand of its format: the
// disassembler decodes every opcode the table lists, and the operand in the
// way its format says.
TEST(DisassemblerTest, EveryOpcodeInTheTableDecodes) {
  static const Qstr kSlotNames[] = {Q("alpha"), Q("beta")};
  static const Value kConstants[] = {Value::FromQstr(Q("text"))};
  RawCode child{};
  child.name = Q("child");
  static const RawCode* const kChildren[] = {&child};
  for (int i = 0; i < static_cast<int>(Opcode::kCount); ++i) {
    auto op = static_cast<Opcode>(i);
    OperandFormat format = OperandFormatOf(op);
    uint8_t bytes[16] = {static_cast<uint8_t>(op)};
    size_t length = 1;
    uint32_t arg = 1;
    switch (format) {
      case OperandFormat::kConst:
        arg = 0;
        break;
      case OperandFormat::kFunction:
        arg = kHasClosure;
        break;
      case OperandFormat::kCallArgs:
      case OperandFormat::kUnpackCounts:
        arg = 2 | 3 << 8;
        break;
      case OperandFormat::kQstr:
        arg = Q("spam");
        break;
      default:
        break;
    }
    switch (EncodingOf(format)) {
      case OperandEncoding::kNone:
        break;
      case OperandEncoding::kByte:
        bytes[length++] = static_cast<uint8_t>(arg);
        break;
      case OperandEncoding::kUint:
        length += EncodeUint(arg, bytes + length);
        break;
      case OperandEncoding::kSint:
        length += EncodeSint(-5, bytes + length);
        break;
      case OperandEncoding::kJump:
        bytes[length++] = 0xfd;  // -3: back to the start
        bytes[length++] = 0xff;
        break;
    }
    RawCode code{};
    code.bytecode = bytes;
    code.bytecode_length = static_cast<uint32_t>(length);
    code.slot_names = kSlotNames;
    code.n_slots = 2;
    code.constants = kConstants;
    code.constant_count = 1;
    code.children = kChildren;
    code.child_count = 1;
    std::string text;
    size_t next = PrintInstruction(objects::Printer{&AppendTo, &text}, code, 0);
    EXPECT_EQ(next, length) << OpcodeName(op);
    const char* expected_operand = "";
    switch (format) {
      case OperandFormat::kNone:
        break;
      case OperandFormat::kByte:
      case OperandFormat::kUint:
        expected_operand = " 1";
        break;
      case OperandFormat::kQstr:
        expected_operand = " spam";
        break;
      case OperandFormat::kSint:
        expected_operand = " -5";
        break;
      case OperandFormat::kJump:
        expected_operand = " 0";
        break;
      case OperandFormat::kConst:
        expected_operand = " 0 'text'";
        break;
      case OperandFormat::kSlot:
        expected_operand = " 1 beta";
        break;
      case OperandFormat::kCallArgs:
        expected_operand = " n=2 nkw=3";
        break;
      case OperandFormat::kFunction:
        expected_operand = " 0 child closure";
        break;
      case OperandFormat::kUnpackCounts:
        expected_operand = " before=2 after=3";
        break;
      case OperandFormat::kUnaryOp:
        expected_operand = " 1 Negative";
        break;
      case OperandFormat::kBinaryOp:
        expected_operand = " 1 More";
        break;
    }
    EXPECT_TRUE(std::regex_match(
        text, std::regex("[A-Z]+(_[A-Z]+)*" + std::string(expected_operand))))
        << OpcodeName(op) << ": " << text;
    Instruction instruction;
    ASSERT_TRUE(DecodeInstruction(bytes, length, 0, &instruction));
    EXPECT_EQ(instruction.op, op);
    // Cut short, the operand is not an instruction.
    if (length > 1) {
      EXPECT_FALSE(DecodeInstruction(bytes, length - 1, 0, &instruction))
          << OpcodeName(op);
    }
  }
}

TEST(DisassemblerTest, AnUnknownOpcodeEndsTheListing) {
  const uint8_t bytes[] = {static_cast<uint8_t>(Opcode::kLoadNone), 0xff,
                           static_cast<uint8_t>(Opcode::kReturnValue)};
  RawCode code{};
  code.bytecode = bytes;
  code.bytecode_length = sizeof(bytes);
  code.name = Q("broken");
  code.source_file = Q("x.py");
  std::string listing = Listing(code);
  EXPECT_THAT(listing, HasSubstr("\n00 LOAD_NONE\n01 <invalid byte 0xff>\n"));
  EXPECT_EQ(listing.find("RETURN_VALUE"), std::string::npos);
}

}  // namespace
}  // namespace mp::compiler
