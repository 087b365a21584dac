// Prints a parse tree as nested S-expressions, for tests and tools on the host
// (not for the firmware: it uses std::string).
#ifndef MP_PARSER_DUMP_H_
#define MP_PARSER_DUMP_H_

#include <stdint.h>

#include <functional>
#include <string>

#include "parser/node.h"

namespace mp::parser {

// `name_of` turns a name id back into its text. With `indent`, each node that
// has children starts a new line, indented by its depth.
std::string DumpTree(Node node,
                     const std::function<std::string(uint32_t)>& name_of,
                     bool indent = false);

}  // namespace mp::parser

#endif  // MP_PARSER_DUMP_H_
