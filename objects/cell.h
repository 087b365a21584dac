// A cell: the box through which a function and the functions inside it share a
// variable.
#ifndef MP_OBJECTS_CELL_H_
#define MP_OBJECTS_CELL_H_

#include "objects/object.h"

namespace mp::objects {

extern const Type kCellType;

struct Cell {
  Object base;
  Value value;  // null while the variable is unbound
};

Cell* NewCell(Value value);

}  // namespace mp::objects

#endif  // MP_OBJECTS_CELL_H_
