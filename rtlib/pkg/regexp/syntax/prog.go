// This file implements compiled programs: the instruction set that
// package regexp's matcher runs (alternations, captures, empty-width
// assertions, rune tests, match), and the questions asked of a program
// before running it (the literal prefix, the start condition).
package syntax

import (
	"strconv"
	"strings"
	"unicode"
)

// A Prog is a compiled regular expression program.
type Prog struct {
	Inst   []Inst
	Start  int // index of start instruction
	NumCap int // number of InstCapture insts in re
}

// An InstOp is an instruction opcode.
type InstOp uint8

const (
	InstAlt InstOp = iota
	InstAltMatch
	InstCapture
	InstEmptyWidth
	InstMatch
	InstFail
	InstNop
	InstRune
	InstRune1
	InstRuneAny
	InstRuneAnyNotNL
)

var instOpNames = []string{"InstAlt", "InstAltMatch", "InstCapture", "InstEmptyWidth",
	"InstMatch", "InstFail", "InstNop", "InstRune", "InstRune1", "InstRuneAny", "InstRuneAnyNotNL"}

func (i InstOp) String() string {
	if int(i) >= len(instOpNames) {
		return ""
	}
	return instOpNames[i]
}

// An EmptyOp specifies a kind or mixture of zero-width assertions.
type EmptyOp uint8

const (
	EmptyBeginLine EmptyOp = 1 << iota
	EmptyEndLine
	EmptyBeginText
	EmptyEndText
	EmptyWordBoundary
	EmptyNoWordBoundary
)

// EmptyOpContext returns the zero-width assertions satisfied between the
// runes r1 and r2; r1 == -1 is the beginning of the text, r2 == -1 its
// end.
func EmptyOpContext(r1, r2 rune) EmptyOp {
	var op EmptyOp = EmptyNoWordBoundary
	var boundary byte
	switch {
	case IsWordChar(r1):
		boundary = 1
	case r1 == '\n':
		op |= EmptyBeginLine
	case r1 < 0:
		op |= EmptyBeginText | EmptyBeginLine
	}
	switch {
	case IsWordChar(r2):
		boundary ^= 1
	case r2 == '\n':
		op |= EmptyEndLine
	case r2 < 0:
		op |= EmptyEndText | EmptyEndLine
	}
	if boundary != 0 { // exactly one side is a word character
		op ^= EmptyWordBoundary | EmptyNoWordBoundary
	}
	return op
}

// IsWordChar reports whether r is considered a “word character” during
// the evaluation of the \b and \B zero-width assertions: ASCII letters,
// digits and underscore.
func IsWordChar(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
}

// An Inst is a single instruction in a regular expression program.
type Inst struct {
	Op   InstOp
	Out  uint32 // all but InstMatch, InstFail
	Arg  uint32 // InstAlt, InstAltMatch, InstCapture, InstEmptyWidth
	Rune []rune
}

// MatchRune reports whether the instruction matches (and consumes) r.
// It should only be called when i.Op == InstRune.
func (i *Inst) MatchRune(r rune) bool {
	return i.MatchRunePos(r) != -1
}

// MatchRunePos checks whether the instruction matches (and consumes) r.
// If so, it returns the index of the matching rune pair (or, when
// len(i.Rune) == 1, rune singleton); if not, -1.
func (i *Inst) MatchRunePos(r rune) int {
	runes := i.Rune
	if len(runes) == 1 {
		r0 := runes[0]
		if r == r0 {
			return 0
		}
		if Flags(i.Arg)&FoldCase != 0 {
			for f := unicode.SimpleFold(r0); f != r0; f = unicode.SimpleFold(f) {
				if r == f {
					return 0
				}
			}
		}
		return -1
	}
	if len(runes) <= 16 {
		for j := 0; j+1 < len(runes); j += 2 {
			if r < runes[j] {
				return -1
			}
			if r <= runes[j+1] {
				return j / 2
			}
		}
		return -1
	}
	lo, hi := 0, len(runes)/2
	for lo < hi {
		m := lo + (hi-lo)/2
		if r < runes[2*m] {
			hi = m
		} else if r > runes[2*m+1] {
			lo = m + 1
		} else {
			return m
		}
	}
	return -1
}

// MatchEmptyWidth reports whether the instruction matches an empty
// string between the runes before and after. It should only be called
// when i.Op == InstEmptyWidth.
func (i *Inst) MatchEmptyWidth(before rune, after rune) bool {
	return EmptyOp(i.Arg)&^EmptyOpContext(before, after) == 0
}

// skipNop follows Nop and Capture instructions from pc.
func (p *Prog) skipNop(pc uint32) *Inst {
	i := &p.Inst[pc]
	for i.Op == InstNop || i.Op == InstCapture {
		i = &p.Inst[i.Out]
	}
	return i
}

// isLiteralRune reports whether i matches exactly one rune, case
// sensitively.
func (i *Inst) isLiteralRune() bool {
	return (i.Op == InstRune || i.Op == InstRune1) && len(i.Rune) == 1 && Flags(i.Arg)&FoldCase == 0
}

// Prefix returns a literal string that all matches for the regexp must
// start with. Complete is true if the prefix is the entire match.
func (p *Prog) Prefix() (prefix string, complete bool) {
	i := p.skipNop(uint32(p.Start))
	if !i.isLiteralRune() {
		return "", i.Op == InstMatch
	}
	var b strings.Builder
	for i.isLiteralRune() {
		b.WriteRune(i.Rune[0])
		i = p.skipNop(i.Out)
	}
	return b.String(), i.Op == InstMatch
}

// StartCond returns the leading empty-width conditions that must be true
// in any match. It returns ^EmptyOp(0) if no matches are possible.
func (p *Prog) StartCond() EmptyOp {
	var flag EmptyOp
	pc := uint32(p.Start)
	i := &p.Inst[pc]
Loop:
	for {
		switch i.Op {
		case InstEmptyWidth:
			flag |= EmptyOp(i.Arg)
		case InstFail:
			return ^EmptyOp(0)
		case InstCapture, InstNop:
			// skip
		default:
			break Loop
		}
		pc = i.Out
		i = &p.Inst[pc]
	}
	return flag
}

// String lists the program one instruction a line.
func (p *Prog) String() string {
	var b strings.Builder
	for pc := range p.Inst {
		i := &p.Inst[pc]
		mark := " "
		if pc == p.Start {
			mark = "*"
		}
		b.WriteString(strconv.Itoa(pc) + mark + "\t" + i.String() + "\n")
	}
	return b.String()
}

func (i *Inst) String() string {
	out, arg := strconv.Itoa(int(i.Out)), strconv.Itoa(int(i.Arg))
	switch i.Op {
	case InstAlt:
		return "alt -> " + out + ", " + arg
	case InstAltMatch:
		return "altmatch -> " + out + ", " + arg
	case InstCapture:
		return "cap " + arg + " -> " + out
	case InstEmptyWidth:
		return "empty " + arg + " -> " + out
	case InstMatch:
		return "match"
	case InstFail:
		return "fail"
	case InstNop:
		return "nop -> " + out
	case InstRune:
		if i.Rune == nil {
			return "rune <nil>"
		}
		s := "rune " + strconv.QuoteToASCII(string(i.Rune))
		if Flags(i.Arg)&FoldCase != 0 {
			s += "/i"
		}
		return s + " -> " + out
	case InstRune1:
		return "rune1 " + strconv.QuoteToASCII(string(i.Rune)) + " -> " + out
	case InstRuneAny:
		return "any -> " + out
	case InstRuneAnyNotNL:
		return "anynotnl -> " + out
	}
	return "unknown"
}
