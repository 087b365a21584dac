#include "parser/dump.h"

#include "lexer/token.h"

namespace mp::parser {
namespace {

const char* CompareOpText(intptr_t op) {
  static const char* const kTexts[] = {
      "<", ">", "==", "<=", ">=", "!=", "in", "not in", "is", "is not"};
  return op >= 0 && op < 10 ? kTexts[op] : "?";
}

std::string Quote(const char* bytes, size_t length) {
  std::string text = "'";
  for (size_t i = 0; i < length; ++i) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '\\' || c == '\'') {
      text += '\\';
      text += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      static const char kHex[] = "0123456789abcdef";
      text += "\\x";
      text += kHex[c >> 4];
      text += kHex[c & 15];
    } else {
      text += static_cast<char>(c);
    }
  }
  return text + "'";
}

// depth < 0 prints on one line; otherwise nodes with children start new lines.
void Dump(Node node, const std::function<std::string(uint32_t)>& name_of,
          int depth, std::string& out) {
  if (IsNone(node)) {
    out += "_";
  } else if (IsSmallInt(node)) {
    out += std::to_string(SmallIntValue(node));
  } else if (IsLeaf(node)) {
    if (LeafKindOf(node) == LeafKind::kName) {
      out += name_of(LeafArgument(node));
    } else {
      out += lexer::TokenKindText(
          static_cast<lexer::TokenKind>(LeafArgument(node)));
    }
  } else {
    const StructNode* s = AsStruct(node);
    NodeKind kind = s->node_kind();
    if (depth > 0) {
      if (!out.empty() && out.back() == ' ') out.pop_back();
      out += "\n" + std::string(2 * depth, ' ');
    }
    out += "(";
    out += NodeKindName(kind);
    if (kind == NodeKind::kString || kind == NodeKind::kBytes ||
        kind == NodeKind::kBigInteger || kind == NodeKind::kFloat) {
      out += " " + Quote(s->bytes(), s->count) + ")";
      return;
    }
    for (size_t i = 0; i < s->count; ++i) {
      out += " ";
      Node child = s->children[i];
      bool is_operator = (kind == NodeKind::kBinaryOp && i == 1) ||
                         (kind == NodeKind::kAugmentedAssign && i == 1) ||
                         (kind == NodeKind::kUnaryOp && i == 0);
      if (is_operator) {
        out += lexer::TokenKindText(
            static_cast<lexer::TokenKind>(SmallIntValue(child)));
      } else if (kind == NodeKind::kCompare && i % 2 == 1) {
        out += CompareOpText(SmallIntValue(child));
      } else if (kind == NodeKind::kFormattedValue && i == 1) {
        intptr_t conversion = SmallIntValue(child);
        out += conversion == 0
                   ? "_"
                   : std::string("!") + static_cast<char>(conversion);
      } else {
        Dump(child, name_of, depth < 0 ? depth : depth + 1, out);
      }
    }
    out += ")";
  }
}

}  // namespace

std::string DumpTree(Node node,
                     const std::function<std::string(uint32_t)>& name_of,
                     bool indent) {
  std::string out;
  Dump(node, name_of, indent ? 0 : -1, out);
  return out;
}

}  // namespace mp::parser
