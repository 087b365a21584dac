from .. import helpers
from ..helpers import public

value = helpers.double(21)
seen_from_deep = public
