// This file implements the positional printer (see printer.hpp): line
// accounting and #line directives.
#include "emit/printer.hpp"

namespace emit {

std::string quotePath(std::string_view path) {
  std::string q = "\"";
  for (char c : path) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return q + "\"";
}

void Printer::startLine() {
  if (lineOpen_) {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();  // blank lines stay empty
    out_ += '\n';
    lineOpen_ = false;
    if (mappedFile_) mappedLine_++;
  }
}

void Printer::directive(diag::Pos pos) {
  out_ += "#line " + std::to_string(pos.line) + " " + quotePath(*pos.file) + "\n";
  mappedFile_ = pos.file;
  mappedLine_ = pos.line;
}

void Printer::at(diag::Pos pos) {
  startLine();
  // Interned file names compare by pointer; compare text too in case a
  // caller built a Pos by hand.
  bool sameFile = mappedFile_ && pos.file && (mappedFile_ == pos.file || *mappedFile_ == *pos.file);
  if (lineDirectives_ && pos.isKnown() && !(sameFile && mappedLine_ == pos.line)) directive(pos);
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
  lineOpen_ = true;
}

void Printer::line() {
  startLine();
  out_.append(static_cast<size_t>(depth_) * 2, ' ');
  lineOpen_ = true;
}

void Printer::write(std::string_view text) {
  for (char c : text) {
    if (c == '\n') {
      out_ += '\n';
      if (mappedFile_) mappedLine_++;
      out_.append(static_cast<size_t>(depth_) * 2, ' ');
    } else {
      out_ += c;
    }
  }
  lineOpen_ = true;
}

std::string Printer::finish() {
  startLine();
  return std::move(out_);
}

}  // namespace emit
