// This file implements the parser: RE2 syntax to a Regexp tree, by
// recursive descent (alternation, then concatenation, then repetition of
// atoms). Errors carry Go's codes and the same piece of the expression
// that Go's parser reports, since programs print them.
package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An Error describes a failure to parse a regular expression and gives
// the offending expression.
type Error struct {
	Code ErrorCode
	Expr string
}

func (e *Error) Error() string {
	return "error parsing regexp: " + e.Code.String() + ": `" + e.Expr + "`"
}

// An ErrorCode describes a failure to parse a regular expression.
type ErrorCode string

const (
	// Unexpected error
	ErrInternalError ErrorCode = "regexp/syntax: internal error"

	// Parse errors
	ErrInvalidCharClass      ErrorCode = "invalid character class"
	ErrInvalidCharRange      ErrorCode = "invalid character class range"
	ErrInvalidEscape         ErrorCode = "invalid escape sequence"
	ErrInvalidNamedCapture   ErrorCode = "invalid named capture"
	ErrInvalidPerlOp         ErrorCode = "invalid or unsupported Perl syntax"
	ErrInvalidRepeatOp       ErrorCode = "invalid nested repetition operator"
	ErrInvalidRepeatSize     ErrorCode = "invalid repeat count"
	ErrInvalidUTF8           ErrorCode = "invalid UTF-8"
	ErrMissingBracket        ErrorCode = "missing closing ]"
	ErrMissingParen          ErrorCode = "missing closing )"
	ErrMissingRepeatArgument ErrorCode = "missing argument to repetition operator"
	ErrTrailingBackslash     ErrorCode = "trailing backslash at end of expression"
	ErrUnexpectedParen       ErrorCode = "unexpected )"
	ErrNestingDepth          ErrorCode = "expression nests too deeply"
)

func (e ErrorCode) String() string {
	return string(e)
}

// Limits of Go's parser: counted repetitions up to 1000 (also when
// nested), groups nested up to 1000 deep.
const (
	maxRepeat = 1000
	maxDepth  = 1000
)

type parser struct {
	whole  string // the whole expression, for errors
	rest   string // what is left to parse
	flags  Flags
	numCap int
	depth  int
}

// Parse parses a regular expression string s, controlled by the specified
// Flags, and returns a regular expression parse tree.
func Parse(s string, flags Flags) (*Regexp, error) {
	if flags&Literal != 0 {
		if !utf8.ValidString(s) {
			return nil, &Error{ErrInvalidUTF8, s}
		}
		re := &Regexp{Op: OpLiteral, Flags: flags &^ Literal}
		for _, r := range s {
			re.Rune = append(re.Rune, r)
		}
		if len(re.Rune) == 0 {
			re.Op = OpEmptyMatch
		}
		return re, nil
	}
	p := &parser{whole: s, rest: s, flags: flags}
	re, err := p.parseAlternation()
	if err != nil {
		return nil, err
	}
	if p.rest != "" { // only a ')' stops the top level early
		return nil, &Error{ErrUnexpectedParen, s}
	}
	return re, nil
}

// offset is the position of the next byte to parse in the expression.
func (p *parser) offset() int { return len(p.whole) - len(p.rest) }

// parseAlternation parses concatenations separated by '|'.
func (p *parser) parseAlternation() (*Regexp, error) {
	var alts []*Regexp
	for {
		re, err := p.parseConcatenation()
		if err != nil {
			return nil, err
		}
		alts = append(alts, re)
		if p.rest == "" || p.rest[0] != '|' {
			break
		}
		p.rest = p.rest[1:]
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &Regexp{Op: OpAlternate, Sub: alts, Flags: p.flags}, nil
}

// parseConcatenation parses atoms, each maybe repeated, up to '|', ')' or
// the end.
func (p *parser) parseConcatenation() (*Regexp, error) {
	var items []*Regexp
	lastRepeat := -1 // where the repetition operator just before began
	for p.rest != "" && p.rest[0] != '|' && p.rest[0] != ')' {
		start := p.offset()
		min, max, isRepeat, err := p.parseRepeatOperator()
		if err != nil {
			return nil, err
		}
		if !isRepeat && p.flags&PerlX != 0 && strings.HasPrefix(p.rest, `\Q`) {
			// \Q...\E is a run of literals: a repetition after it applies
			// to the last one only.
			lastRepeat = -1
			lits, err := p.parseQuoted()
			if err != nil {
				return nil, err
			}
			items = append(items, lits...)
			continue
		}
		if !isRepeat {
			lastRepeat = -1
			atom, err := p.parseAtom()
			if err != nil {
				return nil, err
			}
			if atom != nil {
				items = append(items, atom)
			}
			continue
		}
		flags := p.flags
		if p.flags&PerlX != 0 {
			if p.rest != "" && p.rest[0] == '?' {
				p.rest = p.rest[1:]
				flags ^= NonGreedy
			}
			if lastRepeat >= 0 {
				// Perl does not let repetition operators stack (a**).
				return nil, &Error{ErrInvalidRepeatOp, p.whole[lastRepeat:p.offset()]}
			}
		}
		text := p.whole[start:p.offset()]
		if len(items) == 0 {
			return nil, &Error{ErrMissingRepeatArgument, text}
		}
		re := &Regexp{Flags: flags, Sub: []*Regexp{items[len(items)-1]}, Min: min, Max: max}
		switch {
		case min == 0 && max == -1 && text[0] == '*':
			re.Op = OpStar
		case min == 1 && max == -1 && text[0] == '+':
			re.Op = OpPlus
		case min == 0 && max == 1 && text[0] == '?':
			re.Op = OpQuest
		default:
			re.Op = OpRepeat
			if (min >= 2 || max >= 2) && !repeatIsValid(re, maxRepeat) {
				return nil, &Error{ErrInvalidRepeatSize, text}
			}
		}
		if re.Op != OpRepeat {
			re.Min, re.Max = 0, 0
		}
		items[len(items)-1] = re
		lastRepeat = start
	}
	return p.concat(items), nil
}

// concat joins parsed items: nothing is the empty match, one item itself.
func (p *parser) concat(items []*Regexp) *Regexp {
	items = mergeLiterals(items)
	switch len(items) {
	case 0:
		return &Regexp{Op: OpEmptyMatch, Flags: p.flags}
	case 1:
		return items[0]
	}
	return &Regexp{Op: OpConcat, Sub: items, Flags: p.flags}
}

// mergeLiterals joins runs of single literals with the same flags into
// one literal string, as Go's parser builds them.
func mergeLiterals(items []*Regexp) []*Regexp {
	var out []*Regexp
	for _, re := range items {
		if n := len(out); n > 0 && re.Op == OpLiteral && out[n-1].Op == OpLiteral &&
			re.Flags&FoldCase == out[n-1].Flags&FoldCase {
			prev := out[n-1]
			merged := &Regexp{Op: OpLiteral, Flags: prev.Flags}
			merged.Rune = append(append(merged.Rune, prev.Rune...), re.Rune...)
			out[n-1] = merged
			continue
		}
		out = append(out, re)
	}
	return out
}

// repeatIsValid reports whether the nested counted repetitions of re stay
// within n copies.
func repeatIsValid(re *Regexp, n int) bool {
	if re.Op == OpRepeat {
		m := re.Max
		if m == 0 {
			return true
		}
		if m < 0 {
			m = re.Min
		}
		if m > n {
			return false
		}
		if m > 0 {
			n /= m
		}
	}
	for _, sub := range re.Sub {
		if !repeatIsValid(sub, n) {
			return false
		}
	}
	return true
}

// parseRepeatOperator consumes *, +, ? or a well-formed {n}, {n,}, {n,m}.
// A '{' that does not start a count is a literal (isRepeat false).
func (p *parser) parseRepeatOperator() (min, max int, isRepeat bool, err error) {
	switch p.rest[0] {
	case '*':
		p.rest = p.rest[1:]
		return 0, -1, true, nil
	case '+':
		p.rest = p.rest[1:]
		return 1, -1, true, nil
	case '?':
		p.rest = p.rest[1:]
		return 0, 1, true, nil
	case '{':
	default:
		return 0, 0, false, nil
	}
	t := p.rest[1:]
	min, t, ok := parseCount(t)
	if !ok {
		return 0, 0, false, nil
	}
	max = min
	if t != "" && t[0] == ',' {
		t = t[1:]
		if t != "" && t[0] == '}' {
			max = -1
		} else if max, t, ok = parseCount(t); !ok {
			return 0, 0, false, nil
		}
	}
	if t == "" || t[0] != '}' {
		return 0, 0, false, nil
	}
	text := p.rest[:len(p.rest)-len(t)+1]
	p.rest = t[1:]
	if min < 0 || min > maxRepeat || max > maxRepeat || max >= 0 && min > max {
		return 0, 0, false, &Error{ErrInvalidRepeatSize, text}
	}
	return min, max, true, nil
}

// parseCount parses a decimal count without leading zeros; counts too
// big to matter come back as -1.
func parseCount(s string) (n int, rest string, ok bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, s, false
	}
	if len(s) >= 2 && s[0] == '0' && s[1] >= '0' && s[1] <= '9' {
		return 0, s, false
	}
	for s != "" && s[0] >= '0' && s[0] <= '9' {
		if n >= 0 {
			n = n*10 + int(s[0]-'0')
			if n >= 1e8 {
				n = -1
			}
		}
		s = s[1:]
	}
	return n, s, true
}

// parseAtom parses one operand; it returns nil for a flag group like
// (?i), which changes the flags and matches nothing.
func (p *parser) parseAtom() (*Regexp, error) {
	switch p.rest[0] {
	case '(':
		return p.parseGroup()
	case '[':
		return p.parseClass()
	case '.':
		p.rest = p.rest[1:]
		if p.flags&DotNL != 0 {
			return &Regexp{Op: OpAnyChar, Flags: p.flags}, nil
		}
		return &Regexp{Op: OpAnyCharNotNL, Flags: p.flags}, nil
	case '^':
		p.rest = p.rest[1:]
		if p.flags&OneLine != 0 {
			return &Regexp{Op: OpBeginText, Flags: p.flags}, nil
		}
		return &Regexp{Op: OpBeginLine, Flags: p.flags}, nil
	case '$':
		p.rest = p.rest[1:]
		if p.flags&OneLine != 0 {
			return &Regexp{Op: OpEndText, Flags: p.flags | WasDollar}, nil
		}
		return &Regexp{Op: OpEndLine, Flags: p.flags}, nil
	case '\\':
		return p.parseBackslash()
	}
	r, err := p.nextRune()
	if err != nil {
		return nil, err
	}
	return p.literal(r), nil
}

// nextRune consumes one rune of the expression.
func (p *parser) nextRune() (rune, error) {
	r, size := utf8.DecodeRuneInString(p.rest)
	if r == utf8.RuneError && size == 1 {
		return 0, &Error{ErrInvalidUTF8, p.rest}
	}
	p.rest = p.rest[size:]
	return r, nil
}

// literal makes a one-rune literal; under (?i) it holds the smallest rune
// of the case-folding orbit, as Go's parser stores it.
func (p *parser) literal(r rune) *Regexp {
	re := &Regexp{Op: OpLiteral, Flags: p.flags}
	if p.flags&FoldCase != 0 {
		r = minFoldRune(r)
	}
	re.Rune = []rune{r}
	return re
}

func minFoldRune(r rune) rune {
	if r < minFold || r > maxFold {
		return r
	}
	min := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < min {
			min = f
		}
	}
	return min
}

// parseGroup parses '(' ... ')' and the Perl forms (?flags), (?flags:re)
// and (?P<name>re).
func (p *parser) parseGroup() (*Regexp, error) {
	open := p.rest
	savedFlags := p.flags
	capture, name := true, ""
	if p.flags&PerlX != 0 && len(open) >= 2 && open[1] == '?' {
		if len(open) > 4 && open[2] == 'P' && open[3] == '<' {
			end := strings.IndexByte(open, '>')
			if end < 0 {
				if !utf8.ValidString(open) {
					return nil, &Error{ErrInvalidUTF8, open}
				}
				return nil, &Error{ErrInvalidNamedCapture, open}
			}
			name = open[4:end]
			if !utf8.ValidString(name) {
				return nil, &Error{ErrInvalidUTF8, name}
			}
			if !isValidCaptureName(name) {
				return nil, &Error{ErrInvalidNamedCapture, open[:end+1]}
			}
			p.rest = open[end+1:]
		} else {
			isGroup, err := p.parseFlags()
			if err != nil || !isGroup {
				return nil, err
			}
			capture = false
		}
	} else {
		p.rest = open[1:]
	}
	p.depth++
	if p.depth > maxDepth {
		return nil, &Error{ErrNestingDepth, p.whole}
	}
	cap := 0
	if capture {
		p.numCap++
		cap = p.numCap
	}
	sub, err := p.parseAlternation()
	if err != nil {
		return nil, err
	}
	if p.rest == "" {
		return nil, &Error{ErrMissingParen, p.whole}
	}
	p.rest = p.rest[1:] // ')'
	p.depth--
	p.flags = savedFlags
	if !capture {
		return sub, nil
	}
	return &Regexp{Op: OpCapture, Cap: cap, Name: name, Sub: []*Regexp{sub}, Flags: savedFlags}, nil
}

func isValidCaptureName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !isAlnum(c) {
			return false
		}
	}
	return true
}

func isAlnum(c rune) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

// parseFlags parses (?flags) or (?flags: at the start of p.rest: flags
// are i, m, s, U, negated after one '-'. isGroup tells whether a group
// follows (':').
func (p *parser) parseFlags() (isGroup bool, err error) {
	s := p.rest
	t := s[2:]
	flags := p.flags
	negated, sawFlag := false, false
	set := func(f Flags) {
		if negated {
			flags &^= f
		} else {
			flags |= f
		}
		sawFlag = true
	}
	for t != "" {
		c, size := utf8.DecodeRuneInString(t)
		if c == utf8.RuneError && size == 1 {
			return false, &Error{ErrInvalidUTF8, t}
		}
		t = t[size:]
		switch c {
		case 'i':
			set(FoldCase)
			continue
		case 's':
			set(DotNL)
			continue
		case 'U':
			set(NonGreedy)
			continue
		case 'm':
			// (?m) means multi-line: ^ and $ are no longer OneLine.
			negated = !negated
			set(OneLine)
			negated = !negated
			continue
		case '-':
			if !negated {
				negated, sawFlag = true, false
				continue
			}
		case ':', ')':
			if negated && !sawFlag {
				break
			}
			p.flags = flags
			p.rest = t
			return c == ':', nil
		}
		break
	}
	return false, &Error{ErrInvalidPerlOp, s[:len(s)-len(t)]}
}

// parseBackslash parses an escape outside brackets: \A \z \b \B,
// \pN, \d and friends, or an escaped rune.
func (p *parser) parseBackslash() (*Regexp, error) {
	s := p.rest
	if p.flags&PerlX != 0 && len(s) >= 2 {
		op := Op(0)
		switch s[1] {
		case 'A':
			op = OpBeginText
		case 'z':
			op = OpEndText
		case 'b':
			op = OpWordBoundary
		case 'B':
			op = OpNoWordBoundary
		}
		if op != 0 {
			p.rest = s[2:]
			return &Regexp{Op: op, Flags: p.flags}, nil
		}
	}
	if class, ok, err := p.parseUnicodeClass(nil); err != nil {
		return nil, err
	} else if ok {
		return p.classRegexp(class), nil
	}
	if class, ok := p.parsePerlClass(nil); ok {
		return p.classRegexp(class), nil
	}
	r, err := p.parseEscape()
	if err != nil {
		return nil, err
	}
	return p.literal(r), nil
}

// parseQuoted parses \Q...\E (or \Q to the end): literal text.
func (p *parser) parseQuoted() ([]*Regexp, error) {
	t := p.rest[2:]
	lit := t
	if i := strings.Index(t, `\E`); i >= 0 {
		lit, t = t[:i], t[i+2:]
	} else {
		t = ""
	}
	p.rest = t
	var items []*Regexp
	for lit != "" {
		r, size := utf8.DecodeRuneInString(lit)
		if r == utf8.RuneError && size == 1 {
			return nil, &Error{ErrInvalidUTF8, lit}
		}
		lit = lit[size:]
		items = append(items, p.literal(r))
	}
	return items, nil
}

// classRegexp wraps clean ranges into a class node.
func (p *parser) classRegexp(class []rune) *Regexp {
	return &Regexp{Op: OpCharClass, Rune: class, Flags: p.flags}
}

// parseEscape parses an escaped rune: \a \f \n \r \t \v, octal \0nn and
// \1nn.., hex \xHH and \x{H...}, or a punctuation character.
func (p *parser) parseEscape() (rune, error) {
	s := p.rest
	t := s[1:]
	if t == "" {
		return 0, &Error{ErrTrailingBackslash, ""}
	}
	c, size := utf8.DecodeRuneInString(t)
	if c == utf8.RuneError && size == 1 {
		return 0, &Error{ErrInvalidUTF8, t}
	}
	t = t[size:]
	bad := func() (rune, error) { return 0, &Error{ErrInvalidEscape, s[:len(s)-len(t)]} }
	switch {
	case c < utf8.RuneSelf && !isAlnum(c):
		p.rest = t
		return c, nil
	case c >= '1' && c <= '7' && (t == "" || t[0] < '0' || t[0] > '7'):
		return bad() // \1 alone would be a backreference
	case c >= '0' && c <= '7':
		r := c - '0'
		for i := 1; i < 3 && t != "" && t[0] >= '0' && t[0] <= '7'; i++ {
			r = r*8 + rune(t[0]-'0')
			t = t[1:]
		}
		p.rest = t
		return r, nil
	case c == 'x':
		if t == "" {
			return bad()
		}
		if t[0] == '{' {
			t = t[1:]
			r, digits := rune(0), 0
			for {
				if t == "" {
					return bad()
				}
				d, size := utf8.DecodeRuneInString(t)
				t = t[size:]
				if d == '}' {
					break
				}
				v := hexValue(d)
				if v < 0 {
					return bad()
				}
				r = r*16 + v
				if r > unicode.MaxRune {
					return bad()
				}
				digits++
			}
			if digits == 0 {
				return bad()
			}
			p.rest = t
			return r, nil
		}
		hi, size := utf8.DecodeRuneInString(t)
		t = t[size:]
		if t == "" {
			return bad()
		}
		lo, size := utf8.DecodeRuneInString(t)
		t = t[size:]
		x, y := hexValue(hi), hexValue(lo)
		if x < 0 || y < 0 {
			return bad()
		}
		p.rest = t
		return x*16 + y, nil
	}
	simple := map[rune]rune{'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}
	if r, ok := simple[c]; ok {
		p.rest = t
		return r, nil
	}
	return bad()
}

func hexValue(c rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}

// parsePerlClass parses \d \D \s \S \w \W and appends the class.
func (p *parser) parsePerlClass(class []rune) ([]rune, bool) {
	if p.flags&PerlX == 0 || len(p.rest) < 2 {
		return nil, false
	}
	g, ok := perlGroups[p.rest[:2]]
	if !ok {
		return nil, false
	}
	p.rest = p.rest[2:]
	return cleanClass(appendGroup(class, g, p.flags&FoldCase != 0)), true
}

// parseUnicodeClass parses \pN, \p{Name}, \PN, \P{Name}, \p{^Name} and
// appends the class.
func (p *parser) parseUnicodeClass(class []rune) ([]rune, bool, error) {
	s := p.rest
	if p.flags&UnicodeGroups == 0 || len(s) < 2 || s[0] != '\\' || s[1] != 'p' && s[1] != 'P' {
		return nil, false, nil
	}
	negated := s[1] == 'P'
	t := s[2:]
	if t == "" {
		return nil, false, &Error{ErrInvalidCharRange, s}
	}
	var seq, name string
	if t[0] != '{' {
		_, size := utf8.DecodeRuneInString(t)
		seq, t = s[:2+size], t[size:]
		name = seq[2:]
	} else {
		end := strings.IndexByte(s, '}')
		if end < 0 {
			if !utf8.ValidString(s) {
				return nil, false, &Error{ErrInvalidUTF8, s}
			}
			return nil, false, &Error{ErrInvalidCharRange, s}
		}
		seq, t = s[:end+1], s[end+1:]
		name = s[3:end]
	}
	if name != "" && name[0] == '^' {
		negated = !negated
		name = name[1:]
	}
	ranges := unicodeRanges(name)
	if ranges == nil {
		return nil, false, &Error{ErrInvalidCharRange, seq}
	}
	p.rest = t
	class = appendGroup(class, namedGroup{negated, cleanClass(ranges)}, p.flags&FoldCase != 0)
	return cleanClass(class), true, nil
}

// parseClass parses a bracket expression [...] or [^...].
func (p *parser) parseClass() (*Regexp, error) {
	wholeClass := p.rest
	p.rest = p.rest[1:]
	negated := false
	var class []rune
	if p.rest != "" && p.rest[0] == '^' {
		negated = true
		p.rest = p.rest[1:]
		if p.flags&ClassNL == 0 {
			class = append(class, '\n', '\n') // so that [^a] excludes \n
		}
	}
	fold := p.flags&FoldCase != 0
	first := true // ']' and '-' are literal first
	for p.rest == "" || p.rest[0] != ']' || first {
		t := p.rest
		if t == "" {
			return nil, &Error{ErrMissingBracket, wholeClass}
		}
		// POSIX allows '-' unescaped only first or last; Perl anywhere.
		if t[0] == '-' && p.flags&PerlX == 0 && !first && (len(t) == 1 || t[1] != ']') {
			_, size := utf8.DecodeRuneInString(t[1:])
			return nil, &Error{ErrInvalidCharRange, t[:1+size]}
		}
		first = false
		if len(t) > 2 && t[0] == '[' && t[1] == ':' {
			if end := strings.Index(t[2:], ":]"); end >= 0 {
				text := t[:end+4]
				g, ok := posixGroup(text)
				if !ok {
					return nil, &Error{ErrInvalidCharRange, text}
				}
				class = appendGroup(class, g, fold)
				p.rest = t[end+4:]
				continue
			}
		}
		if more, ok, err := p.parseUnicodeClass(class); err != nil {
			return nil, err
		} else if ok {
			class = more
			continue
		}
		if more, ok := p.parsePerlClass(class); ok {
			class = more
			continue
		}
		lo, err := p.parseClassChar(wholeClass)
		if err != nil {
			return nil, err
		}
		hi := lo
		if len(p.rest) >= 2 && p.rest[0] == '-' && p.rest[1] != ']' {
			p.rest = p.rest[1:]
			if hi, err = p.parseClassChar(wholeClass); err != nil {
				return nil, err
			}
			if hi < lo {
				return nil, &Error{ErrInvalidCharRange, t[:len(t)-len(p.rest)]}
			}
		}
		if fold {
			class = appendFoldedRange(class, lo, hi)
		} else {
			class = append(class, lo, hi)
		}
	}
	p.rest = p.rest[1:] // ']'
	class = cleanClass(class)
	if negated {
		class = negateClass(class)
	}
	return p.classRegexp(class), nil
}

// parseClassChar parses one rune inside brackets, maybe escaped.
func (p *parser) parseClassChar(wholeClass string) (rune, error) {
	if p.rest == "" {
		return 0, &Error{ErrMissingBracket, wholeClass}
	}
	if p.rest[0] == '\\' {
		return p.parseEscape()
	}
	return p.nextRune()
}
