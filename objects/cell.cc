#include "objects/cell.h"

#include "objects/state.h"

namespace mp::objects {

const Type kCellType = {
    .base = {&kTypeType},
    .name = q::cell,
};

Cell* NewCell(Value value) {
  auto* cell = New<Cell>();
  cell->base.type = &kCellType;
  cell->value = value;
  return cell;
}

}  // namespace mp::objects
