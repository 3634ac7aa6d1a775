// This file implements the positional printer (see printer.hpp): line
// accounting and #line directives.
#include "emit/printer.hpp"

#include <filesystem>

namespace emit {

std::string quotePath(std::string_view path) {
  std::string q = "\"";
  for (char c : path) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return q + "\"";
}

namespace {
constexpr std::string_view kRelativeMark = "/./";
}

// What a directive for Go position pos names: real files as they are (a
// relative one joined with the working directory, as gc makes it absolute),
// the relative names of //line directives (shown.file is not pos's real
// file) marked so that they stay relative.
std::string directivePath(diag::Pos pos, diag::Pos shown, bool absolute) {
  const std::string& name = *shown.file;
  bool viaLineDirective = shown.file != pos.file && *shown.file != *pos.file;
  if (!name.empty() && name[0] == '/') return name;
  if (!viaLineDirective) {
    if (!absolute || name.empty()) return name;
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(name, ec);
    return ec ? name : abs.lexically_normal().string();
  }
  return std::string(kRelativeMark) + name;
}

void Printer::startLine() {
  if (lineOpen_) {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();  // blank lines stay empty
    out_ += '\n';
    lineOpen_ = false;
    if (mappedFile_) mappedLine_++;
  }
}

void Printer::directive(diag::Pos pos, diag::Pos shown) {
  out_ += "#line " + std::to_string(shown.line) + " " + quotePath(directivePath(pos, shown, absolutePaths_)) + "\n";
  mappedFile_ = shown.file;
  mappedLine_ = shown.line;
}

std::string Printer::directiveWithin(diag::Pos pos) const {
  // Always one: the text may be written after other lines that the
  // printer cannot foresee (a statement's hoisted operands).
  diag::Pos shown = diag::presented(pos);
  if (!lineDirectives_ || !shown.isKnown()) return "";
  return "\n#line " + std::to_string(shown.line) + " " + quotePath(directivePath(pos, shown, absolutePaths_)) + "\n";
}

void Printer::at(diag::Pos pos) {
  startLine();
  diag::Pos shown = diag::presented(pos);  // through the file's //line directives
  // Interned file names compare by pointer; compare text too in case a
  // caller built a Pos by hand.
  bool sameFile = mappedFile_ && shown.file && (mappedFile_ == shown.file || *mappedFile_ == *shown.file);
  if (lineDirectives_ && shown.isKnown() && !(sameFile && mappedLine_ == shown.line)) directive(pos, shown);
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
  lineOpen_ = true;
}

void Printer::line() {
  startLine();
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
  lineOpen_ = true;
}

void Printer::write(std::string_view text) {
  // Text may span lines, and may hold #line directives of its own (a
  // function literal printed by another Printer): those lines stay
  // unindented and move the mapping as directive() does.
  size_t eol = text.find('\n');
  out_.append(text.substr(0, eol));
  while (eol != std::string_view::npos) {
    size_t start = eol + 1;
    eol = text.find('\n', start);
    std::string_view segment = text.substr(start, eol == std::string_view::npos ? std::string_view::npos : eol - start);
    out_ += '\n';
    if (mappedFile_) mappedLine_++;
    if (segment.compare(0, 6, "#line ") == 0) {
      adoptDirective(segment);
    } else if (!segment.empty()) {
      out_.append(static_cast<size_t>(depth_) * 2, ' ');
      out_.append(segment);
    }
  }
  lineOpen_ = true;
}

void Printer::adoptDirective(std::string_view d) {
  out_.append(d);
  // #line N "file"
  size_t num = 6;
  size_t space = d.find(' ', num);
  int line = 0;
  for (size_t k = num; k < space && k < d.size(); k++) line = line * 10 + (d[k] - '0');
  std::string file;
  if (space != std::string_view::npos && space + 1 < d.size() && d[space + 1] == '"') {
    for (size_t k = space + 2; k < d.size() && d[k] != '"'; k++) {
      if (d[k] == '\\' && k + 1 < d.size()) k++;
      file += d[k];
    }
  }
  if (file.compare(0, kRelativeMark.size(), kRelativeMark) == 0) file.erase(0, kRelativeMark.size());
  mappedFile_ = &*files_.insert(file).first;
  mappedLine_ = line - 1;  // the directive's own '\n' moves to line
}

std::string Printer::finish() {
  startLine();
  return std::move(out_);
}

}  // namespace emit
