// Tests of automatic semicolon insertion (spec "Semicolons") and of the
// lexical errors the semicolon-inserting token source reports, through
// syntax::scanTokens: the exact token stream the parser reads.
#include <gtest/gtest.h>

#include "syntax/scan.hpp"

namespace {

using syntax::ScannedToken;

// The tokens as one line: ";" for a written semicolon, ";nl" for one
// inserted at a newline, ";eof" for one inserted at the end of the file.
std::string tokens(const std::string& source) {
  syntax::ScanResult result = syntax::scanTokens(source);
  EXPECT_FALSE(result.error) << *result.error;
  std::string out;
  for (const ScannedToken& t : result.tokens) {
    if (!out.empty()) out += ' ';
    if (t.kind == ScannedToken::Kind::AutoSemicolon) out += t.text == "EOF" ? ";eof" : ";nl";
    else out += t.text;
  }
  return out;
}

std::string scanError(const std::string& source) {
  syntax::ScanResult result = syntax::scanTokens(source);
  return result.error ? *result.error : "no error";
}

TEST(SyntaxSemicolon, AfterIdentifierAtNewlineAndAtEOF) {
  EXPECT_EQ(tokens("x\ny"), "x ;nl y ;eof");
  EXPECT_EQ(tokens("x\n"), "x ;nl");
  EXPECT_EQ(tokens("x"), "x ;eof");
}

TEST(SyntaxSemicolon, AfterEveryKindOfBasicLiteral) {
  EXPECT_EQ(tokens("1\n"), "1 ;nl");
  EXPECT_EQ(tokens("0x1F\n"), "0x1F ;nl");
  EXPECT_EQ(tokens("1.5e3\n"), "1.5e3 ;nl");
  EXPECT_EQ(tokens("2i\n"), "2i ;nl");
  EXPECT_EQ(tokens("'a'\n"), "'a' ;nl");
  EXPECT_EQ(tokens("\"s\"\n"), "\"s\" ;nl");
  EXPECT_EQ(tokens("`raw\nstring`\n"), "`raw\nstring` ;nl");
}

TEST(SyntaxSemicolon, AfterTheFourKeywords) {
  EXPECT_EQ(tokens("break\n"), "break ;nl");
  EXPECT_EQ(tokens("continue\n"), "continue ;nl");
  EXPECT_EQ(tokens("fallthrough\n"), "fallthrough ;nl");
  EXPECT_EQ(tokens("return\n"), "return ;nl");
}

TEST(SyntaxSemicolon, AfterIncDecAndClosingBrackets) {
  EXPECT_EQ(tokens("i++\n"), "i ++ ;nl");
  EXPECT_EQ(tokens("i--\n"), "i -- ;nl");
  EXPECT_EQ(tokens("f()\n"), "f ( ) ;nl");
  EXPECT_EQ(tokens("a[i]\n"), "a [ i ] ;nl");
  EXPECT_EQ(tokens("{}\n"), "{ } ;nl");
}

TEST(SyntaxSemicolon, NotAfterOtherKeywords) {
  EXPECT_EQ(tokens("if\nfor\nfunc\nvar\ngo\ndefer\nswitch\ncase\ndefault\n"),
            "if for func var go defer switch case default");
  EXPECT_EQ(tokens("chan\nmap\nstruct\ninterface\n"), "chan map struct interface");
}

TEST(SyntaxSemicolon, NotAfterOperatorsOrComma) {
  EXPECT_EQ(tokens("a +\nb"), "a + b ;eof");
  EXPECT_EQ(tokens("a &&\nb"), "a && b ;eof");
  EXPECT_EQ(tokens("x =\n1"), "x = 1 ;eof");
  EXPECT_EQ(tokens("x :=\n1"), "x := 1 ;eof");
  EXPECT_EQ(tokens("f(a,\nb)"), "f ( a , b ) ;eof");
  EXPECT_EQ(tokens("x.\ny"), "x . y ;eof");
  EXPECT_EQ(tokens("f(\n)"), "f ( ) ;eof");
  EXPECT_EQ(tokens("{\n}"), "{ } ;eof");
}

TEST(SyntaxSemicolon, ClosingBracketOnItsOwnLine) {
  // The classic: a missing trailing comma puts a ';' before the ')'.
  EXPECT_EQ(tokens("f(a\n)"), "f ( a ;nl ) ;eof");
  EXPECT_EQ(tokens("return\n}"), "return ;nl } ;eof");
}

TEST(SyntaxSemicolon, BlankLinesGiveOneSemicolon) {
  EXPECT_EQ(tokens("x\n\n\n  \t\ny\n"), "x ;nl y ;nl");
  EXPECT_EQ(tokens("x\r\ny\r\n"), "x ;nl y ;nl");
}

TEST(SyntaxSemicolon, WrittenSemicolons) {
  EXPECT_EQ(tokens("a; b"), "a ; b ;eof");
  EXPECT_EQ(tokens("a;\n"), "a ;");
  EXPECT_EQ(tokens("for i := 0; i < n; i++ {\n}\n"), "for i := 0 ; i < n ; i ++ { } ;nl");
}

TEST(SyntaxSemicolon, Comments) {
  // A line comment ends the line it is on.
  EXPECT_EQ(tokens("x // c\ny"), "x ;nl y ;eof");
  EXPECT_EQ(tokens("x // c"), "x ;eof");
  // A general comment on one line is like a space ...
  EXPECT_EQ(tokens("x /* c */ y"), "x y ;eof");
  EXPECT_EQ(tokens("a + /* c */\nb"), "a + b ;eof");
  // ... one that spans lines is like a newline.
  EXPECT_EQ(tokens("x /* a\nb */ y"), "x ;nl y ;eof");
  EXPECT_EQ(tokens("x /*\n*/"), "x ;nl");
  EXPECT_EQ(tokens("a + /*\n*/ b"), "a + b ;eof");
}

TEST(SyntaxSemicolon, PositionsAreGcs) {
  syntax::ScanResult r = syntax::scanTokens("ab\n\tc := 1\n");
  ASSERT_EQ(r.tokens.size(), 6u);
  // The inserted semicolon sits on the newline, where gc says "unexpected newline".
  EXPECT_EQ(r.tokens[1].kind, ScannedToken::Kind::AutoSemicolon);
  EXPECT_EQ(r.tokens[1].line, 1);
  EXPECT_EQ(r.tokens[1].col, 3);
  // Tabs count one byte.
  EXPECT_EQ(r.tokens[2].text, "c");
  EXPECT_EQ(r.tokens[2].line, 2);
  EXPECT_EQ(r.tokens[2].col, 2);
  EXPECT_EQ(r.tokens[3].col, 4);
}

TEST(SyntaxSemicolon, ColumnsCountBytesNotCharacters) {
  syntax::ScanResult r = syntax::scanTokens("é := \"日本\" + x\n");
  ASSERT_EQ(r.tokens.size(), 6u);
  EXPECT_EQ(r.tokens[0].text, "é");
  EXPECT_EQ(r.tokens[1].col, 4);   // é is two bytes
  EXPECT_EQ(r.tokens[2].col, 7);
  EXPECT_EQ(r.tokens[3].col, 16);  // "日本" is 8 bytes
  EXPECT_EQ(r.tokens[4].col, 18);
  EXPECT_EQ(r.tokens[5].col, 19);  // the newline
}

TEST(SyntaxSemicolon, ByteOrderMarkIsSkippedButCounted) {
  syntax::ScanResult r = syntax::scanTokens("\xEF\xBB\xBFx\n");
  ASSERT_EQ(r.tokens.size(), 2u);
  EXPECT_EQ(r.tokens[0].text, "x");
  EXPECT_EQ(r.tokens[0].col, 4);
}

// Lexical errors, positions and words as gc's scanner reports them
// (checked with `go tool compile` 1.19).
TEST(SyntaxSemicolon, LexicalErrorsInGcWords) {
  EXPECT_EQ(scanError("x := \"abc\ny"), "1:10: newline in string");
  EXPECT_EQ(scanError("x := \"abc"), "1:6: string not terminated");
  EXPECT_EQ(scanError("x := `abc"), "1:6: string not terminated");
  EXPECT_EQ(scanError("x := 'a\n"), "1:8: newline in rune literal");
  EXPECT_EQ(scanError("x := 'ab'\n"), "1:6: more than one character in rune literal");
  EXPECT_EQ(scanError("x := ''\n"), "1:7: empty rune literal or unescaped '");
  EXPECT_EQ(scanError("x /* abc"), "1:3: comment not terminated");
  EXPECT_EQ(scanError("x := 1 @ 2"), "1:8: invalid character U+0040 '@'");
  EXPECT_EQ(scanError("x := 0b102\n"), "1:10: invalid digit '2' in binary literal");
  EXPECT_EQ(scanError("x := 09\n"), "1:7: invalid digit '9' in octal literal");
  EXPECT_EQ(scanError("x := \"\\q\"\n"), "1:8: unknown escape");
  EXPECT_EQ(scanError("x := 1\ny := \"a\xff\"\n"), "2:8: invalid UTF-8 encoding");
  EXPECT_EQ(scanError(std::string("x := 1\0\n", 8)), "1:7: invalid NUL character");
  EXPECT_EQ(scanError("x := '\\400'\n"), "1:11: octal escape value 256 > 255");
  EXPECT_EQ(scanError("x := '\\uD800'\n"), "1:13: escape is invalid Unicode code point U+D800");
  EXPECT_EQ(scanError("var x = 1\n\xEF\xBB\xBFvar y = 2\n"), "2:1: invalid BOM in the middle of the file");
  EXPECT_EQ(scanError("var ⊛ = 1\n"), "1:5: invalid character U+229B '⊛' in identifier");
  EXPECT_EQ(scanError("var ۶x = 1\n"), "1:5: identifier cannot begin with digit U+06F6 '۶'");
}

// Numbers are one token however malformed, and get gc's scanner messages.
TEST(SyntaxSemicolon, MalformedNumbers) {
  EXPECT_EQ(scanError("x := 1__0\n"), "1:8: '_' must separate successive digits");
  EXPECT_EQ(scanError("x := 1_\n"), "1:7: '_' must separate successive digits");
  EXPECT_EQ(scanError("x := 0x\n"), "1:8: hexadecimal literal has no digits");
  EXPECT_EQ(scanError("x := 1p3\n"), "1:7: 'p' exponent requires hexadecimal mantissa");
  EXPECT_EQ(scanError("x := 0x1.8\n"), "1:11: hexadecimal mantissa requires a 'p' exponent");
  EXPECT_EQ(scanError("x := 1e\n"), "1:8: exponent has no digits");
  EXPECT_EQ(scanError("x := 0b1.0\n"), "1:9: invalid radix point in binary literal");
  EXPECT_EQ(scanError("x := 0o1e3\n"), "1:9: 'e' exponent requires decimal mantissa");
  EXPECT_EQ(tokens("09i + 0_7 + 0x_1p-2 + 1e+3i + 0x1e\n"), "09i + 0_7 + 0x_1p-2 + 1e+3i + 0x1e ;nl");
  EXPECT_EQ(tokens("a[1:] + x.5\n"), "a [ 1 : ] + x .5 ;nl");
}

}  // namespace
