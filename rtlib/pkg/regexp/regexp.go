// Package regexp implements regular expression search with the syntax
// and semantics of Go's package (RE2): a Regexp is parsed by
// regexp/syntax, compiled to a program, and run by a Pike VM (pikevm.go)
// in time linear in the input.
//
// This file implements compiling a Regexp and the questions asked of it
// (String, NumSubexp, SubexpNames, LiteralPrefix, ...), plus QuoteMeta and
// the package-level Match functions.
package regexp

import (
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Regexp is the representation of a compiled regular expression. A
// Regexp is safe for concurrent use by multiple goroutines, except for
// configuration methods, such as Longest.
type Regexp struct {
	expr           string
	prog           *syntax.Prog
	numSubexp      int
	subexpNames    []string
	prefix         string         // literal every match starts with
	prefixComplete bool           // the prefix is the whole regexp
	skipPrefix     string         // literal to scan for when no thread is alive
	cond           syntax.EmptyOp // empty-width conditions at the start
	longest        bool

	mu       sync.Mutex
	machines []*machine // idle matchers
}

// Compile parses a regular expression and returns, if successful, a
// Regexp object that can be used to match against text. Matching is
// leftmost-first, as Perl does.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, syntax.Perl, false)
}

// CompilePOSIX is like Compile but restricts the regular expression to
// POSIX ERE (egrep) syntax and changes the match semantics to
// leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, syntax.POSIX, true)
}

// MustCompile is like Compile but panics if the expression cannot be
// parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is like CompilePOSIX but panics if the expression
// cannot be parsed.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

func compile(expr string, mode syntax.Flags, longest bool) (*Regexp, error) {
	tree, err := syntax.Parse(expr, mode)
	if err != nil {
		return nil, err
	}
	prog, err := syntax.Compile(tree)
	if err != nil {
		return nil, err
	}
	re := &Regexp{
		expr:        expr,
		prog:        prog,
		numSubexp:   tree.MaxCap(),
		subexpNames: tree.CapNames(),
		cond:        prog.StartCond(),
		longest:     longest,
	}
	re.prefix, re.prefixComplete = literalPrefix(prog, re.cond)
	if re.cond&syntax.EmptyBeginText == 0 {
		re.skipPrefix = re.prefix
	}
	return re, nil
}

// literalPrefix is the program's literal prefix. Go's package takes a
// regexp anchored at both ends of the text (the one-pass kind) differently:
// its prefix is the literal after the leading anchor, complete when only
// the final anchor follows.
func literalPrefix(prog *syntax.Prog, cond syntax.EmptyOp) (string, bool) {
	if cond&syntax.EmptyBeginText == 0 || !anchoredAtEnd(prog) {
		return prog.Prefix()
	}
	i := &prog.Inst[prog.Start]
	if i.Op != syntax.InstEmptyWidth || syntax.EmptyOp(i.Arg)&syntax.EmptyBeginText == 0 {
		return "", false
	}
	i = &prog.Inst[i.Out]
	for i.Op == syntax.InstNop {
		i = &prog.Inst[i.Out]
	}
	var b strings.Builder
	for (i.Op == syntax.InstRune || i.Op == syntax.InstRune1) && len(i.Rune) == 1 &&
		syntax.Flags(i.Arg)&syntax.FoldCase == 0 && i.Rune[0] != utf8.RuneError {
		b.WriteRune(i.Rune[0])
		i = &prog.Inst[i.Out]
	}
	complete := i.Op == syntax.InstEmptyWidth && syntax.EmptyOp(i.Arg)&syntax.EmptyEndText != 0 &&
		prog.Inst[i.Out].Op == syntax.InstMatch
	return b.String(), complete
}

// anchoredAtEnd reports whether every path to the Match instruction goes
// through an end-of-text assertion just before it.
func anchoredAtEnd(prog *syntax.Prog) bool {
	isMatch := func(pc uint32) bool { return prog.Inst[pc].Op == syntax.InstMatch }
	for _, i := range prog.Inst {
		switch i.Op {
		case syntax.InstMatch, syntax.InstFail:
		case syntax.InstAlt, syntax.InstAltMatch:
			if isMatch(i.Out) || isMatch(i.Arg) {
				return false
			}
		case syntax.InstEmptyWidth:
			if isMatch(i.Out) && syntax.EmptyOp(i.Arg)&syntax.EmptyEndText == 0 {
				return false
			}
		default:
			if isMatch(i.Out) {
				return false
			}
		}
	}
	return true
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string {
	return re.expr
}

// Copy returns a new Regexp object copied from re.
//
// Deprecated: In earlier releases, when using a Regexp in multiple
// goroutines, giving each goroutine its own copy helped to avoid lock
// contention. As of Go 1.12, using Copy is no longer necessary.
func (re *Regexp) Copy() *Regexp {
	return &Regexp{expr: re.expr, prog: re.prog, numSubexp: re.numSubexp,
		subexpNames: re.subexpNames, prefix: re.prefix, prefixComplete: re.prefixComplete,
		skipPrefix: re.skipPrefix, cond: re.cond, longest: re.longest}
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() {
	re.longest = true
}

// NumSubexp returns the number of parenthesized subexpressions in this
// Regexp.
func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

// SubexpNames returns the names of the parenthesized subexpressions in
// this Regexp; names[0] is always the empty string.
func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

// SubexpIndex returns the index of the first subexpression with the given
// name, or -1 if there is no subexpression with that name.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match of the
// regular expression re. It returns the boolean true if the literal
// string comprises the entire regular expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.prefixComplete
}

// execute runs one search from pos and returns the 2*ncap... capture
// registers of the match (ncap of them), or ok false.
func (re *Regexp) execute(in input, pos int, ncap int) (cap []int, ok bool) {
	re.mu.Lock()
	var m *machine
	if n := len(re.machines); n > 0 {
		m = re.machines[n-1]
		re.machines = re.machines[:n-1]
	}
	re.mu.Unlock()
	if m == nil {
		m = newMachine(re)
	}
	ok = m.match(in, pos, ncap)
	if ok {
		cap = append([]int(nil), m.matchcap...)
	}
	re.mu.Lock()
	re.machines = append(re.machines, m)
	re.mu.Unlock()
	return cap, ok
}

// pad extends a match's registers to cover every subexpression.
func (re *Regexp) pad(a []int) []int {
	if a == nil {
		return nil
	}
	n := (1 + re.numSubexp) * 2
	for len(a) < n {
		a = append(a, -1)
	}
	return a
}

// MatchReader reports whether the text returned by the RuneReader
// contains any match of the regular expression re.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	_, ok := re.execute(&inputReader{r: r}, 0, 0)
	return ok
}

// MatchString reports whether the string s contains any match of the
// regular expression re.
func (re *Regexp) MatchString(s string) bool {
	_, ok := re.execute(&inputString{s}, 0, 0)
	return ok
}

// Match reports whether the byte slice b contains any match of the
// regular expression re.
func (re *Regexp) Match(b []byte) bool {
	_, ok := re.execute(&inputBytes{b}, 0, 0)
	return ok
}

// MatchReader reports whether the text returned by the RuneReader
// contains any match of the regular expression pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// MatchString reports whether the string s contains any match of the
// regular expression pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of the
// regular expression pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// QuoteMeta returns a string that escapes all regular expression
// metacharacters inside the argument text; the returned string is a
// regular expression matching the literal text.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
