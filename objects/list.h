// list: a growable array of values.
#ifndef MP_OBJECTS_LIST_H_
#define MP_OBJECTS_LIST_H_

#include <stddef.h>

#include "objects/object.h"

namespace mp::objects {

extern const Type kListType;

struct List {
  Object base;
  size_t length;
  size_t capacity;
  Value* items;
};

// A list of copies of the n values.
List* NewList(size_t n, const Value* items);
void ListAppend(List* list, Value item);
// Sorts in place, stably, by key(item) (or the items themselves when key is
// None).
void ListSort(List* list, Value key, bool reverse);

}  // namespace mp::objects

#endif  // MP_OBJECTS_LIST_H_
