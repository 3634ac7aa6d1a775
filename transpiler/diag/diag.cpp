#include "diag/diag.hpp"

#include <algorithm>
#include <mutex>
#include <set>

namespace diag {

std::string Pos::str() const {
  std::string s = file ? *file : std::string("<unknown>");
  s += ":" + std::to_string(line);
  if (col > 0) s += ":" + std::to_string(col);
  return s;
}

const std::string* internFile(const std::string& path) {
  static std::mutex mu;
  static std::set<std::string> names;  // node-based: addresses stay valid
  std::lock_guard<std::mutex> lock(mu);
  return &*names.insert(path).first;
}

void Diagnostics::error(Pos pos, std::string message) {
  // As gc's ErrorfAt: an error equal to the one just reported on the same
  // line is dropped (1.<<s == 1.<<s is one error, not two).
  if (!errors_.empty()) {
    const Diagnostic& last = errors_.back();
    if (last.pos.file == pos.file && last.pos.line == pos.line && last.message == message) return;
  }
  errors_.push_back({pos, std::move(message)});
}

std::vector<std::string> Diagnostics::formatted(size_t limit) const {
  std::vector<Diagnostic> sorted = errors_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    std::string fa = a.pos.file ? *a.pos.file : "", fb = b.pos.file ? *b.pos.file : "";
    if (fa != fb) return fa < fb;
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
  std::vector<std::string> out;
  std::string previous;
  for (const auto& d : sorted) {
    // As gc's FlushErrors: an error is shown once per position.
    std::string line = d.pos.str() + ": " + d.message;
    if (line == previous) continue;
    previous = line;
    if (out.size() == limit) {
      out.push_back("too many errors");
      break;
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace diag
