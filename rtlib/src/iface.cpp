// This file implements itabs (gc's runtime/iface.go: getitab, the itab
// cache) and the panics of failed type assertions (runtime/error.go's
// TypeAssertionError texts).
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "go/iface.hpp"
#include "go/memory.hpp"

namespace go {

namespace {

struct itab_cache {
  std::mutex mu;
  // nullptr records a pair known not to match.
  std::map<std::pair<const type_desc*, const type_desc*>, const itab*> tabs;
};

itab_cache& cache() {
  static itab_cache* c = new itab_cache;  // never destroyed: goroutines may outlive main's statics
  return *c;
}

// The name of the first method of inter that type lacks, or empty; fills
// fun with the matching thunks otherwise. Both lists are sorted by name.
std::string_view match_methods(const type_desc* inter, const type_desc* type, std::vector<void*>& fun) {
  for (int_ i = 0; i < inter->nimethods; i++) {
    const imethod_desc& want = inter->imethods[i];
    const method_desc* have = type->find_method(want.name, want.pkgpath);
    if (have == nullptr || have->sig != want.sig) return want.name;
    fun.push_back(have->fn);
  }
  return {};
}

}  // namespace

const itab* get_itab(const type_desc* inter, const type_desc* type, bool can_fail) {
  itab_cache& c = cache();
  {
    std::lock_guard<std::mutex> lock(c.mu);
    if (auto it = c.tabs.find({inter, type}); it != c.tabs.end()) {
      if (it->second != nullptr || can_fail) return it->second;
    }
  }
  std::vector<void*> fun;
  std::string_view missing = match_methods(inter, type, fun);
  const itab* tab = nullptr;
  if (missing.empty()) {
    // Itabs live as long as the program, outside the collected heap.
    auto** table = new void*[fun.size() + 1];
    for (std::size_t i = 0; i < fun.size(); i++) table[i] = fun[i];
    tab = new itab{inter, type, table};
  }
  {
    std::lock_guard<std::mutex> lock(c.mu);
    const itab*& slot = c.tabs[{inter, type}];
    if (slot == nullptr) slot = tab;
    else tab = slot;  // another thread built it first
  }
  if (tab == nullptr && !can_fail) {
    panic_type_assertion("interface conversion: " + std::string(type->name) + " is not " +
                         std::string(inter->name) + ": missing method " + std::string(missing));
  }
  return tab;
}

bool implements(const type_desc* type, const type_desc& inter) {
  if (type == nullptr) return false;
  if (inter.nimethods == 0) return true;
  return get_itab(&inter, type, true) != nullptr;
}

void panic_type_assert(const type_desc* have, const type_desc& want, const type_desc* src) {
  std::string inter = src ? std::string(src->name) : "interface";
  std::string as(want.name);
  if (have == nullptr) panic_type_assertion("interface conversion: " + inter + " is nil, not " + as);
  std::string msg = "interface conversion: " + inter + " is " + std::string(have->name) + ", not " + as;
  // gc's wording when the two print alike: their packages tell them apart,
  // or else their scopes do (a type declared in a function).
  if (have->name == want.name)
    msg += have->pkgpath != want.pkgpath ? " (types from different packages)" : " (types from different scopes)";
  panic_type_assertion(msg);
}

}  // namespace go
