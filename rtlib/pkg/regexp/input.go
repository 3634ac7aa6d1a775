// This file implements the texts the matcher reads: a string, a byte
// slice or an io.RuneReader, behind one small interface that decodes the
// rune at a position and tells the empty-width context there.
package regexp

import (
	"io"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// endOfText is the rune step returns past the end of the input.
const endOfText rune = -1

type input interface {
	// step returns the rune at pos and its width; width 0 at the end.
	step(pos int) (r rune, width int)
	// canSkip reports whether index may be used to jump ahead.
	canSkip() bool
	// index returns where prefix next occurs at or after pos, relative
	// to pos, or -1.
	index(prefix string, pos int) int
	// context returns the empty-width assertions true at pos.
	context(pos int) syntax.EmptyOp
}

type inputString struct{ str string }

func (in *inputString) step(pos int) (rune, int) {
	if pos >= len(in.str) {
		return endOfText, 0
	}
	c := in.str[pos]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(in.str[pos:])
}

func (in *inputString) canSkip() bool { return true }

func (in *inputString) index(prefix string, pos int) int {
	return strings.Index(in.str[pos:], prefix)
}

func (in *inputString) context(pos int) syntax.EmptyOp {
	before, after := endOfText, endOfText
	if pos > 0 && pos <= len(in.str) {
		before, _ = utf8.DecodeLastRuneInString(in.str[:pos])
	}
	if pos < len(in.str) {
		after, _ = utf8.DecodeRuneInString(in.str[pos:])
	}
	return syntax.EmptyOpContext(before, after)
}

type inputBytes struct{ str []byte }

func (in *inputBytes) step(pos int) (rune, int) {
	if pos >= len(in.str) {
		return endOfText, 0
	}
	c := in.str[pos]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(in.str[pos:])
}

func (in *inputBytes) canSkip() bool { return true }

func (in *inputBytes) index(prefix string, pos int) int {
	return strings.Index(string(in.str[pos:]), prefix)
}

func (in *inputBytes) context(pos int) syntax.EmptyOp {
	before, after := endOfText, endOfText
	if pos > 0 && pos <= len(in.str) {
		before, _ = utf8.DecodeLastRune(in.str[:pos])
	}
	if pos < len(in.str) {
		after, _ = utf8.DecodeRune(in.str[pos:])
	}
	return syntax.EmptyOpContext(before, after)
}

// inputReader reads runes in order only: the matcher asks for each
// position once, moving forward.
type inputReader struct {
	r     io.RuneReader
	atEOT bool
	pos   int
}

func (in *inputReader) step(pos int) (rune, int) {
	if !in.atEOT && pos != in.pos {
		return endOfText, 0
	}
	r, w, err := in.r.ReadRune()
	if err != nil {
		in.atEOT = true
		return endOfText, 0
	}
	in.pos += w
	return r, w
}

func (in *inputReader) canSkip() bool                  { return false }
func (in *inputReader) index(prefix string, pos int) int { return -1 }
func (in *inputReader) context(pos int) syntax.EmptyOp  { return 0 }
