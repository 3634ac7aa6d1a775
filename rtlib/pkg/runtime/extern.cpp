// This file implements the natives of extern.go: what the running
// program can learn of the Go installation from its environment.
#include "runtime/runtime.hpp"

#include <cstdlib>
#include <cstring>

namespace runtime {

go::string GOROOT() {
  const char* root = std::getenv("GOROOT");
  return root == nullptr ? go::string{} : go::make_string(root);
}

}  // namespace runtime
