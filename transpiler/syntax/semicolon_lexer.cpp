// This file implements SemicolonLexer: automatic semicolon insertion
// (spec "Semicolons"), lexical checks in gc's words, the nesting guard and
// the collection of //go: directives. See semicolon_lexer.hpp.
#include "syntax/semicolon_lexer.hpp"

#include "syntax/literals.hpp"

namespace syntax {

using gogrammar::GoLexer;

bool SemicolonLexer::endsStatement(size_t type) {
  switch (type) {
    case GoLexer::IDENTIFIER:
    case GoLexer::INT_LIT:
    case GoLexer::FLOAT_LIT:
    case GoLexer::IMAGINARY_LIT:
    case GoLexer::RUNE_LIT:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT:
    case GoLexer::BREAK:
    case GoLexer::CONTINUE:
    case GoLexer::FALLTHROUGH:
    case GoLexer::RETURN:
    case GoLexer::INC:
    case GoLexer::DEC:
    case GoLexer::R_PAREN:
    case GoLexer::R_BRACKET:
    case GoLexer::R_CURLY:
      return true;
  }
  return false;
}

std::unique_ptr<antlr4::Token> SemicolonLexer::makeSemicolon(const antlr4::Token& at, const char* text) {
  auto semi = std::make_unique<antlr4::CommonToken>(
      std::make_pair(static_cast<antlr4::TokenSource*>(this), lexer_.getInputStream()), GoLexer::SEMI,
      antlr4::Token::DEFAULT_CHANNEL, at.getStartIndex(), at.getStartIndex());
  semi->setLine(at.getLine());
  semi->setCharPositionInLine(at.getCharPositionInLine());
  semi->setText(text);
  insertAtNewline_ = false;
  return semi;
}

void SemicolonLexer::fail(size_t cpIndex, int byteDelta, std::string message) {
  if (!error_) error_ = LexicalError{cpIndex, byteDelta, std::move(message)};
}

// The lexer grammar accepts unterminated and malformed literals as single
// tokens; this is where they are reported, with gc's messages.
void SemicolonLexer::checkToken(const antlr4::Token& token) {
  if (error_) return;  // only the first error is reported
  size_t type = token.getType();
  switch (type) {
    case GoLexer::INT_LIT:
    case GoLexer::FLOAT_LIT:
    case GoLexer::IMAGINARY_LIT:
      if (auto err = checkNumber(token.getText()))
        fail(token.getStartIndex(), static_cast<int>(err->offset), err->message);
      return;
    case GoLexer::STRING_LIT: {
      std::string text = token.getText();
      if (text.size() < 2 || text.back() != '"' || (text.size() >= 3 && text[text.size() - 2] == '\\' && [&] {
            size_t backslashes = 0;
            for (size_t k = text.size() - 2; k > 0 && text[k] == '\\'; --k) ++backslashes;
            return backslashes % 2 == 1;
          }())) {
        // Stopped at a newline or at the end of the file.
        size_t stop = token.getStopIndex() + 1;
        if (lexer_.getInputStream()->LA(1) == antlr4::Token::EOF) fail(token.getStartIndex(), 0, "string not terminated");
        else fail(stop, 0, "newline in string");
        return;
      }
      std::string bytes;
      if (auto err = decodeString(text, bytes)) fail(token.getStartIndex(), static_cast<int>(err->offset), err->message);
      return;
    }
    case GoLexer::RAW_STRING_LIT: {
      std::string text = token.getText();
      if (text.size() < 2 || text.back() != '`') fail(token.getStartIndex(), 0, "string not terminated");
      return;
    }
    case GoLexer::RUNE_LIT: {
      std::string text = token.getText();
      bool closed = text.size() >= 2 && text.back() == '\'' && !(text.size() == 3 && text[1] == '\\');
      if (!closed) {
        size_t stop = token.getStopIndex() + 1;
        if (lexer_.getInputStream()->LA(1) == '\n') fail(stop, 0, "newline in rune literal");
        else fail(token.getStartIndex(), 0, "rune literal not terminated");
        return;
      }
      uint32_t value;
      if (auto err = decodeRune(text, value)) fail(token.getStartIndex(), static_cast<int>(err->offset), err->message);
      return;
    }
    case GoLexer::DIGIT_START:
    case GoLexer::INVALID_CHAR: {
      // The lexer stops right after the one character it could not place.
      // gc reads any non-ASCII character as part of an identifier.
      auto c = static_cast<uint32_t>(lexer_.getInputStream()->LA(-1));
      std::string message;
      if (type == GoLexer::DIGIT_START) message = "identifier cannot begin with digit " + formatCodePoint(c);
      else if (c == 0xFEFF) message = "invalid BOM in the middle of the file";
      else if (c >= 0x80) message = "invalid character " + formatCodePoint(c) + " in identifier";
      else message = "invalid character " + formatCodePoint(c);
      fail(token.getStartIndex(), 0, std::move(message));
      return;
    }
  }
}

std::unique_ptr<antlr4::Token> SemicolonLexer::nextToken() {
  if (pending_) return std::move(pending_);
  for (;;) {
    std::unique_ptr<antlr4::Token> token = lexer_.nextToken();
    size_t type = token->getType();
    if (stopped_ && type != antlr4::Token::EOF) continue;
    switch (type) {
      case GoLexer::NEWLINE:
        if (insertAtNewline_) return makeSemicolon(*token, "\n");
        continue;
      case GoLexer::LINE_COMMENT: {
        std::string text = token->getText();
        if (text.compare(0, 5, "//go:") == 0 || text.compare(0, 9, "//go2cpp:") == 0) {
          while (!text.empty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t')) text.pop_back();
          directives_.push_back(RawDirective{token->getStartIndex(), 0, text.substr(2)});
        }
        if (text.compare(0, 7, "//line ") == 0)
          lineDirectives_.push_back({token->getStartIndex(), token->getStopIndex() + 1, true, text.substr(7)});
        continue;
      }
      case GoLexer::BLOCK_COMMENT: {
        std::string text = token->getText();
        if (text.size() < 4 || text.compare(text.size() - 2, 2, "*/") != 0)
          fail(token->getStartIndex(), 0, "comment not terminated");
        else if (text.compare(0, 7, "/*line ") == 0)
          lineDirectives_.push_back({token->getStartIndex(), token->getStopIndex() + 1, false, text.substr(7, text.size() - 9)});
        if (insertAtNewline_ && text.find('\n') != std::string::npos) return makeSemicolon(*token, "\n");
        continue;
      }
      case antlr4::Token::EOF:
        if (insertAtNewline_) {
          auto semi = makeSemicolon(*token, "EOF");
          pending_ = std::move(token);
          return semi;
        }
        return token;
      default:
        break;
    }
    // A significant token.
    for (; directivesWaiting_ < directives_.size(); ++directivesWaiting_)
      directives_[directivesWaiting_].nextTokenIndex = token->getStartIndex();
    if ((type >= GoLexer::IMAGINARY_LIT && type <= GoLexer::RAW_STRING_LIT) || type == GoLexer::INVALID_CHAR ||
        type == GoLexer::DIGIT_START)
      checkToken(*token);
    insertAtNewline_ = endsStatement(type);
    if (type == GoLexer::L_PAREN || type == GoLexer::L_BRACKET || type == GoLexer::L_CURLY) {
      if (++nesting_ > kMaxNesting) {
        fail(token->getStartIndex(), 0, "syntax error: too deeply nested (more than " +
                                            std::to_string(kMaxNesting) + " brackets)");
        stopped_ = true;
        insertAtNewline_ = false;
        continue;  // the lexer now skips to EOF
      }
    } else if (type == GoLexer::R_PAREN || type == GoLexer::R_BRACKET || type == GoLexer::R_CURLY) {
      --nesting_;
    }
    return token;
  }
}

}  // namespace syntax
