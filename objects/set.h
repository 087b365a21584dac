// set and frozenset: collections of distinct hashable values, over Map (the
// values unused).
#ifndef MP_OBJECTS_SET_H_
#define MP_OBJECTS_SET_H_

#include "objects/map.h"
#include "objects/object.h"

namespace mp::objects {

extern const Type kSetType;
extern const Type kFrozenSetType;

struct Set {
  Object base;
  Map map;
};

Set* NewSet(const Type* type);
void SetAdd(Set* set, Value item);
inline bool IsSetOrFrozenSet(const Type* type) {
  return type == &kSetType || type == &kFrozenSetType;
}

}  // namespace mp::objects

#endif  // MP_OBJECTS_SET_H_
