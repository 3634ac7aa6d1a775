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
  pos = diag::presented(pos);  // through the file's //line directives
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
  mappedFile_ = &*files_.insert(file).first;
  mappedLine_ = line - 1;  // the directive's own '\n' moves to line
}

std::string Printer::finish() {
  startLine();
  return std::move(out_);
}

}  // namespace emit
