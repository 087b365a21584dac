#include "parser/node.h"

namespace mp::parser {
namespace {

constexpr const char* kNames[] = {
#define MP_X(kind, children) #kind,
    MP_NODE_KINDS(MP_X)
#undef MP_X
};

}  // namespace

const char* NodeKindName(NodeKind kind) {
  // Without the leading 'k'.
  return kind < NodeKind::kCount ? kNames[static_cast<int>(kind)] + 1 : "?";
}

}  // namespace mp::parser
