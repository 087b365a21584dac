// The builtins table: the functions of builtins.h, the built-in types and the
// exceptions, sorted at compile time so that it lives in flash and is searched
// by halving.
#include "vm/builtins.h"

#include "objects/builtin_iterators.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/complex.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/exception_group.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/super.h"
#include "objects/tuple.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace builtins {

void TakeKeywords(size_t n_kw, const objects::Value* keywords, size_t n_names,
                  const objects::Qstr* names, objects::Value* values) {
  objects::BindArguments(0, n_kw, keywords, n_names, names, values);
}

}  // namespace builtins

namespace {

using objects::Qstr;
using objects::Value;
namespace q = objects::q;

constexpr objects::MapEntry Entry(Qstr name, const objects::Object* object) {
  return objects::MapEntry{Value::FromQstr(name), Value(object)};
}

#define MP_FUNCTION_ENTRY(name) Entry(q::name, &builtins::name.base),
#define MP_EXCEPTION_ENTRY(name, parent) \
  Entry(q::name, &objects::k##name##Type.base),

constexpr objects::MapEntry kUnsortedBuiltins[] = {
    MP_BUILTIN_FUNCTIONS(MP_FUNCTION_ENTRY)
        Entry(q::bool_, &objects::kBoolType.base),
    Entry(q::int_, &objects::kIntType.base),
#if MP_HAS_FLOAT
    Entry(q::float_, &objects::kFloatType.base),
#endif
#if MP_HAS_COMPLEX
    Entry(q::complex, &objects::kComplexType.base),
#endif
    Entry(q::str, &objects::kStrType.base),
    Entry(q::bytes, &objects::kBytesType.base),
    Entry(q::bytearray, &objects::kByteArrayType.base),
    Entry(q::memoryview, &objects::kMemoryViewType.base),
    Entry(q::tuple, &objects::kTupleType.base),
    Entry(q::list, &objects::kListType.base),
    Entry(q::dict, &objects::kDictType.base),
    Entry(q::set, &objects::kSetType.base),
    Entry(q::frozenset, &objects::kFrozenSetType.base),
    Entry(q::slice, &objects::kSliceType.base),
    Entry(q::range, &objects::kRangeType.base),
    Entry(q::type, &objects::kTypeType.base),
    Entry(q::enumerate, &objects::kEnumerateType.base),
    Entry(q::zip, &objects::kZipType.base),
    Entry(q::map, &objects::kMapType.base),
    Entry(q::filter, &objects::kFilterType.base),
    Entry(q::reversed, &objects::kReversedType.base),
    Entry(q::object, &objects::kObjectType.base),
    Entry(q::property, &objects::kPropertyType.base),
    Entry(q::classmethod, &objects::kClassMethodType.base),
    Entry(q::staticmethod, &objects::kStaticMethodType.base),
    Entry(q::super, &objects::kSuperType.base),
    Entry(q::NotImplemented, &objects::kNotImplementedObject),
    // As in CPython, code run with globals that lack __name__ (a class body
    // reads it for __module__) finds the builtins module's.
    {Value::FromQstr(q::dunder_name), Value::FromQstr(q::builtins)},
    Entry(q::BaseException, &objects::kBaseExceptionType.base),
    Entry(q::BaseExceptionGroup, &objects::kBaseExceptionGroupType.base),
    Entry(q::ExceptionGroup, &objects::kExceptionGroupType.base),
    MP_EXCEPTION_TYPES(MP_EXCEPTION_ENTRY)};
#undef MP_FUNCTION_ENTRY
#undef MP_EXCEPTION_ENTRY

constexpr size_t kBuiltinCount =
    sizeof(kUnsortedBuiltins) / sizeof(kUnsortedBuiltins[0]);

consteval objects::StaticMapTable<kBuiltinCount> BuiltinTable() {
  objects::StaticMapTable<kBuiltinCount> table{};
  for (size_t i = 0; i < kBuiltinCount; ++i)
    table.entries[i] = kUnsortedBuiltins[i];
  return objects::SortedByKey(table);
}

constexpr objects::StaticMapTable<kBuiltinCount> kBuiltins = BuiltinTable();
constexpr objects::StaticMap kBuiltinMap = kBuiltins.map();

}  // namespace

const Value* LookupBuiltin(Qstr name) {
  return objects::StaticMapFind(kBuiltinMap, name);
}

const objects::StaticMap& Builtins() { return kBuiltinMap; }

}  // namespace mp::vm
