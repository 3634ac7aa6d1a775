// What the map printer (maps.cpp) tells the other printers: which Go types
// the runtime can hash today, so which types may be map keys and which
// structs get a go_hash next to their operator==.
#pragma once

#include "types/type.hpp"

namespace emit {

// Whether go::hash_of can hash values of type t: basic types, pointers,
// channels, strings, arrays of such, and structs whose fields all are.
bool isHashable(const types::Type* t);

}  // namespace emit
