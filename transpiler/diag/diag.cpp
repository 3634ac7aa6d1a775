#include "diag/diag.hpp"

#include <algorithm>
#include <map>
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

namespace {
std::mutex baseMu;
std::map<const std::string*, std::vector<LineBase>>& lineBases() {
  static std::map<const std::string*, std::vector<LineBase>> bases;
  return bases;
}
}  // namespace

void setLineBases(const std::string* realFile, std::vector<LineBase> bases) {
  std::lock_guard<std::mutex> lock(baseMu);
  if (bases.empty()) lineBases().erase(realFile);
  else lineBases()[realFile] = std::move(bases);
}

Pos presented(Pos pos) {
  std::lock_guard<std::mutex> lock(baseMu);
  auto it = lineBases().find(pos.file);
  if (it == lineBases().end()) return pos;
  const LineBase* base = nullptr;
  for (const LineBase& b : it->second) {
    if (b.fromLine > pos.line || (b.fromLine == pos.line && b.fromCol > pos.col)) break;
    base = &b;
  }
  if (!base) return pos;
  return Pos{base->file, base->line + (pos.line - base->fromLine), pos.col};
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
