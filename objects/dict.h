// dict: a mapping that keeps insertion order, over Map.
#ifndef MP_OBJECTS_DICT_H_
#define MP_OBJECTS_DICT_H_

#include "objects/map.h"
#include "objects/object.h"

namespace mp::objects {

extern const Type kDictType;
extern const Type kDictKeysType;
extern const Type kDictValuesType;
extern const Type kDictItemsType;

struct Dict {
  Object base;
  Map map;
};

Dict* NewDict();
// d[key], raising KeyError(key) when absent.
Value DictGet(Dict* dict, Value key);
// Adds the items of a mapping or of an iterable of pairs (dict.update's rules).
void DictUpdate(Dict* dict, Value source);

}  // namespace mp::objects

#endif  // MP_OBJECTS_DICT_H_
