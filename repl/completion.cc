#include "repl/completion.h"

#include <string.h>

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/qstr.h"
#include "objects/state.h"
#include "objects/str.h"
#include "vm/runtime.h"

namespace mp::repl {
namespace {

using objects::Value;

constexpr size_t kColumnWidth = 16;
constexpr size_t kRowWidth = 80;

bool IsNameChar(char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || (c & 0x80) != 0;
}

// What the names that match have in common, and how many there are.
struct Matches {
  const char* prefix;
  size_t prefix_length;
  size_t count = 0;
  const char* first = nullptr;  // the first match's text...
  size_t common = 0;            // ...and the length all matches share

  bool Accepts(const char* name, size_t length) const {
    if (length < prefix_length || memcmp(name, prefix, prefix_length) != 0) {
      return false;
    }
    return name[0] != '_' || (prefix_length > 0 && prefix[0] == '_');
  }

  void Add(const char* name, size_t length) {
    if (!Accepts(name, length)) return;
    if (count++ == 0) {
      first = name;
      common = length;
      return;
    }
    size_t shared = 0;
    while (shared < common && shared < length && first[shared] == name[shared])
      ++shared;
    common = shared;
  }
};

// Calls `visit` with each name of the namespace: __main__'s globals and the
// builtins, or the attributes of `object` (dir()'s list).
template <typename Visit>
void ForEachName(Value object, Visit visit) {
  auto visit_value = [&](Value name) {
    if (!objects::IsInstance(name, &objects::kStrType)) return;
    size_t length;
    const char* text = objects::StrData(name, &length);
    visit(text, length);
  };
  if (object.IsNull()) {
    const objects::Map& globals = *vm::Vm().main_globals;
    for (size_t i = 0; i < globals.entry_count(); ++i) {
      if (!globals.entries()[i].key.IsNull()) {
        visit_value(globals.entries()[i].key);
      }
    }
    const objects::StaticMap& builtins = vm::Builtins();
    for (size_t i = 0; i < builtins.count; ++i) {
      visit_value(builtins.entries[i].key);
    }
    return;
  }
  const Value* dir = vm::LookupBuiltin(objects::q::dir);
  Value names = objects::Call(*dir, 1, 0, &object);
  const auto* list = names.As<objects::List>();
  for (size_t i = 0; i < list->length; ++i) visit_value(list->items[i]);
}

// The object a dotted name (without its last part) names, or null.
Value Resolve(const char* text, size_t length) {
  Value object;
  size_t start = 0;
  while (start < length) {
    size_t end = start;
    while (end < length && text[end] != '.') ++end;
    // Every name that exists is interned: an unknown one names nothing.
    objects::Qstr qstr;
    if (!objects::Shared().qstrs.Find(text + start, end - start, &qstr)) {
      return Value();
    }
    if (object.IsNull()) {
      Value* global = vm::Vm().main_globals->Find(Value::FromQstr(qstr));
      const Value* builtin = vm::LookupBuiltin(qstr);
      if (global == nullptr && builtin == nullptr) return Value();
      object = global != nullptr ? *global : *builtin;
    } else {
      object = objects::LoadAttr(object, qstr);
    }
    start = end + 1;
  }
  return object;
}

}  // namespace

void Complete(const char* text, size_t length, objects::Vstr& insert,
              objects::Vstr& listing) {
  size_t word = length;
  while (word > 0 && (IsNameChar(text[word - 1]) || text[word - 1] == '.')) {
    --word;
  }
  size_t last_dot = length;
  while (last_dot > word && text[last_dot - 1] != '.') --last_dot;
  Matches matches;
  matches.prefix = text + last_dot;
  matches.prefix_length = length - last_dot;
  // Attribute loads may raise (or run a property): no completion then.
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) != 0) return;
  Value object;
  if (last_dot > word) {
    object = Resolve(text + word, last_dot - 1 - word);
    if (object.IsNull()) {
      objects::NlrPop(nlr);
      return;
    }
  }
  ForEachName(object, [&](const char* name, size_t name_length) {
    matches.Add(name, name_length);
  });
  if (matches.count > 0 && matches.common > matches.prefix_length) {
    insert.Append(matches.first + matches.prefix_length,
                  matches.common - matches.prefix_length);
  } else if (matches.count > 1) {
    size_t column = 0;
    ForEachName(object, [&](const char* name, size_t name_length) {
      if (!matches.Accepts(name, name_length)) return;
      size_t cells = (name_length / kColumnWidth + 1) * kColumnWidth;
      if (column > 0 && column + cells > kRowWidth) {
        listing.Append("\r\n", 2);
        column = 0;
      }
      listing.Append(name, name_length);
      for (size_t i = name_length; i < cells; ++i) listing.AppendChar(' ');
      column += cells;
    });
    listing.Append("\r\n", 2);
  }
  objects::NlrPop(nlr);
}

}  // namespace mp::repl
