// This file implements the parsed form of a regular expression: the Regexp
// tree of package regexp/syntax with its operators and flags, and its
// printing back to RE2 syntax.
package syntax

import (
	"strconv"
	"strings"
	"unicode"
)

// A Regexp is a node of a regular expression syntax tree.
type Regexp struct {
	Op       Op
	Flags    Flags
	Sub      []*Regexp
	Sub0     [1]*Regexp
	Rune     []rune
	Rune0    [2]rune
	Min, Max int
	Cap      int
	Name     string
}

// An Op is a single regular expression operator.
type Op uint8

// The operators, numbered as in Go's package.
const (
	OpNoMatch        Op = 1 + iota // matches no strings
	OpEmptyMatch                   // matches empty string
	OpLiteral                      // matches Runes sequence
	OpCharClass                    // matches Runes interpreted as range pair list
	OpAnyCharNotNL                 // matches any character except newline
	OpAnyChar                      // matches any character
	OpBeginLine                    // matches empty string at beginning of line
	OpEndLine                      // matches empty string at end of line
	OpBeginText                    // matches empty string at beginning of text
	OpEndText                      // matches empty string at end of text
	OpWordBoundary                 // matches word boundary `\b`
	OpNoWordBoundary               // matches word non-boundary `\B`
	OpCapture                      // capturing subexpression with index Cap, optional name Name
	OpStar                         // matches Sub[0] zero or more times
	OpPlus                         // matches Sub[0] one or more times
	OpQuest                        // matches Sub[0] zero or one times
	OpRepeat                       // matches Sub[0] at least Min times, at most Max (Max == -1 is no limit)
	OpConcat                       // matches concatenation of Subs
	OpAlternate                    // matches alternation of Subs
)

var opNames = []string{"", "NoMatch", "EmptyMatch", "Literal", "CharClass", "AnyCharNotNL",
	"AnyChar", "BeginLine", "EndLine", "BeginText", "EndText", "WordBoundary",
	"NoWordBoundary", "Capture", "Star", "Plus", "Quest", "Repeat", "Concat", "Alternate"}

func (op Op) String() string {
	if int(op) < len(opNames) && op != 0 {
		return opNames[op]
	}
	return "Op(" + strconv.Itoa(int(op)) + ")"
}

// Flags control the behavior of the parser and record information about
// regexp context.
type Flags uint16

const (
	FoldCase      Flags = 1 << iota // case-insensitive match
	Literal                         // treat pattern as literal string
	ClassNL                         // allow character classes like [^a-z] and [[:space:]] to match newline
	DotNL                           // allow . to match newline
	OneLine                         // treat ^ and $ as only matching at beginning and end of text
	NonGreedy                       // make repetition operators default to non-greedy
	PerlX                           // allow Perl extensions
	UnicodeGroups                   // allow \p{Han}, \P{Han} for Unicode group and negation
	WasDollar                       // regexp OpEndText was $, not \z
	Simple                          // regexp contains no counted repetition

	MatchNL = ClassNL | DotNL

	Perl        = ClassNL | OneLine | PerlX | UnicodeGroups // as close to Perl as possible
	POSIX Flags = 0                                         // POSIX syntax
)

// MaxCap walks the regexp to find the maximum capture index.
func (re *Regexp) MaxCap() int {
	m := 0
	if re.Op == OpCapture {
		m = re.Cap
	}
	for _, sub := range re.Sub {
		if n := sub.MaxCap(); m < n {
			m = n
		}
	}
	return m
}

// CapNames walks the regexp to find the names of capturing groups.
func (re *Regexp) CapNames() []string {
	names := make([]string, re.MaxCap()+1)
	re.collectCapNames(names)
	return names
}

func (re *Regexp) collectCapNames(names []string) {
	if re.Op == OpCapture {
		names[re.Cap] = re.Name
	}
	for _, sub := range re.Sub {
		sub.collectCapNames(names)
	}
}

// Equal reports whether x and y have identical structure.
func (x *Regexp) Equal(y *Regexp) bool {
	if x == nil || y == nil {
		return x == y
	}
	if x.Op != y.Op || len(x.Sub) != len(y.Sub) {
		return false
	}
	switch x.Op {
	case OpEndText:
		if x.Flags&WasDollar != y.Flags&WasDollar {
			return false
		}
	case OpLiteral, OpCharClass:
		if x.Flags&FoldCase != y.Flags&FoldCase || len(x.Rune) != len(y.Rune) {
			return false
		}
		for i, r := range x.Rune {
			if r != y.Rune[i] {
				return false
			}
		}
	case OpStar, OpPlus, OpQuest:
		if x.Flags&NonGreedy != y.Flags&NonGreedy {
			return false
		}
	case OpRepeat:
		if x.Flags&NonGreedy != y.Flags&NonGreedy || x.Min != y.Min || x.Max != y.Max {
			return false
		}
	case OpCapture:
		if x.Cap != y.Cap || x.Name != y.Name {
			return false
		}
	}
	for i, sub := range x.Sub {
		if !sub.Equal(y.Sub[i]) {
			return false
		}
	}
	return true
}

// String returns the regexp in RE2 syntax.
func (re *Regexp) String() string {
	var b strings.Builder
	re.write(&b)
	return b.String()
}

func (re *Regexp) write(b *strings.Builder) {
	switch re.Op {
	case OpNoMatch:
		b.WriteString(`[^\x00-\x{10FFFF}]`)
	case OpEmptyMatch:
		b.WriteString(`(?:)`)
	case OpLiteral:
		if re.Flags&FoldCase != 0 {
			b.WriteString(`(?i:`)
		}
		for _, r := range re.Rune {
			writeLiteralRune(b, r)
		}
		if re.Flags&FoldCase != 0 {
			b.WriteString(`)`)
		}
	case OpCharClass:
		writeClass(b, re.Rune)
	case OpAnyCharNotNL:
		b.WriteString(`(?-s:.)`)
	case OpAnyChar:
		b.WriteString(`(?s:.)`)
	case OpBeginLine:
		b.WriteString(`(?m:^)`)
	case OpEndLine:
		b.WriteString(`(?m:$)`)
	case OpBeginText:
		b.WriteString(`\A`)
	case OpEndText:
		if re.Flags&WasDollar != 0 {
			b.WriteString(`(?-m:$)`)
		} else {
			b.WriteString(`\z`)
		}
	case OpWordBoundary:
		b.WriteString(`\b`)
	case OpNoWordBoundary:
		b.WriteString(`\B`)
	case OpCapture:
		if re.Name != "" {
			b.WriteString(`(?P<` + re.Name + `>`)
		} else {
			b.WriteString(`(`)
		}
		if re.Sub[0].Op != OpEmptyMatch {
			re.Sub[0].write(b)
		}
		b.WriteString(`)`)
	case OpStar, OpPlus, OpQuest, OpRepeat:
		sub := re.Sub[0]
		if sub.Op > OpCapture || sub.Op == OpLiteral && len(sub.Rune) > 1 {
			b.WriteString(`(?:`)
			sub.write(b)
			b.WriteString(`)`)
		} else {
			sub.write(b)
		}
		switch re.Op {
		case OpStar:
			b.WriteString(`*`)
		case OpPlus:
			b.WriteString(`+`)
		case OpQuest:
			b.WriteString(`?`)
		case OpRepeat:
			b.WriteString(`{` + strconv.Itoa(re.Min))
			if re.Max != re.Min {
				b.WriteString(`,`)
				if re.Max >= 0 {
					b.WriteString(strconv.Itoa(re.Max))
				}
			}
			b.WriteString(`}`)
		}
		if re.Flags&NonGreedy != 0 {
			b.WriteString(`?`)
		}
	case OpConcat:
		for _, sub := range re.Sub {
			if sub.Op == OpAlternate {
				b.WriteString(`(?:`)
				sub.write(b)
				b.WriteString(`)`)
			} else {
				sub.write(b)
			}
		}
	case OpAlternate:
		for i, sub := range re.Sub {
			if i > 0 {
				b.WriteString(`|`)
			}
			sub.write(b)
		}
	default:
		b.WriteString(`<invalid op` + strconv.Itoa(int(re.Op)) + `>`)
	}
}

func writeLiteralRune(b *strings.Builder, r rune) {
	if unicode.IsPrint(r) {
		if strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		return
	}
	writeEscapedRune(b, r)
}

func writeEscapedRune(b *strings.Builder, r rune) {
	switch r {
	case '\a':
		b.WriteString(`\a`)
	case '\f':
		b.WriteString(`\f`)
	case '\n':
		b.WriteString(`\n`)
	case '\r':
		b.WriteString(`\r`)
	case '\t':
		b.WriteString(`\t`)
	case '\v':
		b.WriteString(`\v`)
	default:
		if r < 0x100 {
			b.WriteString(`\x`)
			s := strconv.FormatInt(int64(r), 16)
			if len(s) == 1 {
				b.WriteByte('0')
			}
			b.WriteString(s)
		} else {
			b.WriteString(`\x{` + strconv.FormatInt(int64(r), 16) + `}`)
		}
	}
}

func writeClassRune(b *strings.Builder, r rune) {
	if unicode.IsPrint(r) {
		if strings.ContainsRune(`\-[]^`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		return
	}
	writeEscapedRune(b, r)
}

// writeClass prints a class, negated when that is shorter to read.
func writeClass(b *strings.Builder, ranges []rune) {
	b.WriteByte('[')
	if len(ranges) == 0 {
		b.WriteString(`^\x00-\x{10FFFF}`)
	} else if ranges[0] == 0 && ranges[len(ranges)-1] == unicode.MaxRune && len(ranges) > 2 {
		b.WriteByte('^')
		ranges = negateClass(ranges)
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		writeClassRune(b, lo)
		if lo != hi {
			b.WriteByte('-')
			writeClassRune(b, hi)
		}
	}
	b.WriteByte(']')
}
