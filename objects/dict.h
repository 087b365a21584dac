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

// What keys(), values() and items() give: live views of the dict
// (objects/dict_view.cc).
struct DictView {
  Object base;
  Dict* dict;
};

Dict* NewDict();
Value NewDictView(const Type* type, Dict* dict);
// An iterator over a dict's keys, values or items (kind is the view type);
// it raises RuntimeError if the dict changes size meanwhile.
Value NewDictIterator(const Dict* dict, const Type* kind);
// Whether `value` is a keys() or items() view: those act as sets too.
bool IsSetLikeView(Value value);
// d[key], raising KeyError(key) when absent.
Value DictGet(Dict* dict, Value key);
// Adds the items of a mapping or of an iterable of pairs (dict.update's rules).
void DictUpdate(Dict* dict, Value source);
// Adds the items of a mapping ({**m}, f(**m)): a dict, or anything with
// keys() and __getitem__; TypeError for other values.
void DictUpdateFromMapping(Dict* dict, Value mapping);

}  // namespace mp::objects

#endif  // MP_OBJECTS_DICT_H_
