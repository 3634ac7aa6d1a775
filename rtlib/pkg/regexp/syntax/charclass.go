// This file implements character classes: a class is a list of rune ranges
// [lo0, hi0, lo1, hi1, ...]; while a bracket expression is parsed the
// ranges are only appended, and cleanClass sorts and merges them at the
// end. Case folding adds every rune's orbit under unicode.SimpleFold; the
// named groups are Perl's \d \s \w, POSIX's [:alpha:] and friends, and
// Unicode's categories and scripts.
package syntax

import (
	"sort"
	"unicode"
)

// The runes that take part in case folding lie in [minFold, maxFold]
// (Unicode 13's tables).
const (
	minFold = 0x0041
	maxFold = 0x1e943
)

// A namedGroup is a class that an escape or a POSIX name stands for.
type namedGroup struct {
	negated bool
	ranges  []rune
}

var (
	digitRanges = []rune{'0', '9'}
	spaceRanges = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	wordRanges  = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
)

// perlGroups are the Perl classes, valid inside and outside brackets.
var perlGroups = map[string]namedGroup{
	`\d`: {false, digitRanges},
	`\D`: {true, digitRanges},
	`\s`: {false, spaceRanges},
	`\S`: {true, spaceRanges},
	`\w`: {false, wordRanges},
	`\W`: {true, wordRanges},
}

// posixClasses are the ASCII classes of POSIX bracket expressions.
var posixClasses = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// posixGroup looks up "[:name:]" or "[:^name:]".
func posixGroup(text string) (namedGroup, bool) {
	name := text[2 : len(text)-2]
	negated := false
	if name != "" && name[0] == '^' {
		negated = true
		name = name[1:]
	}
	ranges, ok := posixClasses[name]
	return namedGroup{negated, ranges}, ok
}

// unicodeRanges returns the ranges of the Unicode class called name
// (\pL, \p{Greek}), or nil if there is none.
func unicodeRanges(name string) []rune {
	if name == "Any" {
		return []rune{0, unicode.MaxRune}
	}
	if table := unicode.Categories[name]; table != nil {
		return tableRanges(table)
	}
	if table := unicode.Scripts[name]; table != nil {
		return tableRanges(table)
	}
	return nil
}

// appendStrided appends lo..hi step stride as ranges: one range when the
// stride is 1, else one range per rune.
func appendStrided(ranges []rune, lo, hi, stride rune) []rune {
	if stride == 1 {
		return append(ranges, lo, hi)
	}
	for r := lo; r <= hi; r += stride {
		ranges = append(ranges, r, r)
	}
	return ranges
}

// tableRanges lists the runes of a unicode.RangeTable as ranges.
func tableRanges(table *unicode.RangeTable) []rune {
	var ranges []rune
	for _, rg := range table.R16 {
		ranges = appendStrided(ranges, rune(rg.Lo), rune(rg.Hi), rune(rg.Stride))
	}
	for _, rg := range table.R32 {
		ranges = appendStrided(ranges, rune(rg.Lo), rune(rg.Hi), rune(rg.Stride))
	}
	return ranges
}

// appendFoldedRange appends [lo, hi] and every rune that folds to one of
// its runes.
func appendFoldedRange(class []rune, lo, hi rune) []rune {
	class = append(class, lo, hi)
	if lo <= minFold && hi >= maxFold {
		return class // every folding rune is already in
	}
	if lo < minFold {
		lo = minFold
	}
	if hi > maxFold {
		hi = maxFold
	}
	for r := lo; r <= hi; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			class = append(class, f, f)
		}
	}
	return class
}

// appendRanges appends a list of ranges, folded if fold is set.
func appendRanges(class []rune, ranges []rune, fold bool) []rune {
	for i := 0; i+1 < len(ranges); i += 2 {
		if fold {
			class = appendFoldedRange(class, ranges[i], ranges[i+1])
		} else {
			class = append(class, ranges[i], ranges[i+1])
		}
	}
	return class
}

// appendGroup appends a named group (folded first, then negated: the
// negation of a folded class is closed under folding too).
func appendGroup(class []rune, g namedGroup, fold bool) []rune {
	if !g.negated && !fold {
		return append(class, g.ranges...)
	}
	ranges := cleanClass(appendRanges(nil, g.ranges, fold))
	if g.negated {
		ranges = negateClass(ranges)
	}
	return append(class, ranges...)
}

type runeRange struct{ lo, hi rune }

// cleanClass sorts the ranges and merges the ones that overlap or touch.
func cleanClass(class []rune) []rune {
	if len(class) < 2 {
		return class
	}
	pairs := make([]runeRange, len(class)/2)
	for i := range pairs {
		pairs[i] = runeRange{class[2*i], class[2*i+1]}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].lo != pairs[j].lo {
			return pairs[i].lo < pairs[j].lo
		}
		return pairs[i].hi > pairs[j].hi
	})
	out := class[:0]
	for _, p := range pairs {
		n := len(out)
		if n > 0 && p.lo <= out[n-1]+1 {
			if p.hi > out[n-1] {
				out[n-1] = p.hi
			}
			continue
		}
		out = append(out, p.lo, p.hi)
	}
	return out
}

// negateClass returns the complement of a clean class in [0, MaxRune].
func negateClass(class []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i+1 < len(class); i += 2 {
		if class[i] > next {
			out = append(out, next, class[i]-1)
		}
		next = class[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}
