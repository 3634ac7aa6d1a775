// This file implements the compiler from a Regexp tree to a Prog, in
// Thompson's construction: each subexpression becomes a fragment with an
// entry instruction and a list of dangling exits ("holes") that the next
// fragment's entry is patched into. Counted repetitions are unrolled here.
package syntax

import "unicode"

// A hole is an unpatched exit: instruction pc's Out, or its Arg if arg.
type hole struct {
	pc  uint32
	arg bool
}

// A fragment is a compiled subexpression; nullable tells whether it can
// match the empty string.
type fragment struct {
	entry    uint32
	holes    []hole
	nullable bool
}

type compiler struct {
	prog *Prog
}

// Compile compiles the regexp into a program to be executed.
func Compile(re *Regexp) (*Prog, error) {
	c := &compiler{prog: &Prog{NumCap: 2}}
	c.emit(Inst{Op: InstFail}) // pc 0 is the failing instruction
	f := c.compile(re)
	match := c.emit(Inst{Op: InstMatch})
	c.patch(f.holes, match)
	c.prog.Start = int(f.entry)
	return c.prog, nil
}

func (c *compiler) emit(i Inst) uint32 {
	c.prog.Inst = append(c.prog.Inst, i)
	return uint32(len(c.prog.Inst) - 1)
}

func (c *compiler) patch(holes []hole, target uint32) {
	for _, h := range holes {
		if h.arg {
			c.prog.Inst[h.pc].Arg = target
		} else {
			c.prog.Inst[h.pc].Out = target
		}
	}
}

// single compiles one instruction with its Out as the only exit.
func (c *compiler) single(i Inst, nullable bool) fragment {
	pc := c.emit(i)
	return fragment{pc, []hole{{pc, false}}, nullable}
}

func (c *compiler) nop() fragment {
	return c.single(Inst{Op: InstNop}, true)
}

func (c *compiler) compile(re *Regexp) fragment {
	switch re.Op {
	case OpNoMatch:
		return fragment{entry: c.emit(Inst{Op: InstFail})}
	case OpEmptyMatch:
		return c.nop()
	case OpLiteral:
		var f fragment
		for j, r := range re.Rune {
			g := c.literalRune(r, re.Flags)
			if j == 0 {
				f = g
			} else {
				f = c.cat(f, g)
			}
		}
		if len(re.Rune) == 0 {
			return c.nop()
		}
		return f
	case OpCharClass:
		return c.single(Inst{Op: InstRune, Rune: re.Rune}, false)
	case OpAnyCharNotNL:
		return c.single(Inst{Op: InstRuneAnyNotNL}, false)
	case OpAnyChar:
		return c.single(Inst{Op: InstRuneAny}, false)
	case OpBeginLine:
		return c.empty(EmptyBeginLine)
	case OpEndLine:
		return c.empty(EmptyEndLine)
	case OpBeginText:
		return c.empty(EmptyBeginText)
	case OpEndText:
		return c.empty(EmptyEndText)
	case OpWordBoundary:
		return c.empty(EmptyWordBoundary)
	case OpNoWordBoundary:
		return c.empty(EmptyNoWordBoundary)
	case OpCapture:
		if 2*re.Cap+2 > c.prog.NumCap {
			c.prog.NumCap = 2*re.Cap + 2
		}
		open := c.single(Inst{Op: InstCapture, Arg: uint32(2 * re.Cap)}, true)
		close := c.single(Inst{Op: InstCapture, Arg: uint32(2*re.Cap + 1)}, true)
		return c.cat(c.cat(open, c.compile(re.Sub[0])), close)
	case OpStar:
		return c.star(c.compile(re.Sub[0]), re.Flags&NonGreedy != 0)
	case OpPlus:
		return c.plus(c.compile(re.Sub[0]), re.Flags&NonGreedy != 0)
	case OpQuest:
		return c.quest(c.compile(re.Sub[0]), re.Flags&NonGreedy != 0)
	case OpRepeat:
		return c.repeat(re)
	case OpConcat:
		if len(re.Sub) == 0 {
			return c.nop()
		}
		f := c.compile(re.Sub[0])
		for _, sub := range re.Sub[1:] {
			f = c.cat(f, c.compile(sub))
		}
		return f
	case OpAlternate:
		f := c.compile(re.Sub[0])
		for _, sub := range re.Sub[1:] {
			f = c.alt(f, c.compile(sub))
		}
		return f
	}
	panic("regexp: unhandled case in compile")
}

// literalRune compiles one literal rune; the fold flag stays only on runes
// that have other cases.
func (c *compiler) literalRune(r rune, flags Flags) fragment {
	i := Inst{Op: InstRune, Rune: []rune{r}}
	if flags&FoldCase != 0 && unicode.SimpleFold(r) != r {
		i.Arg = uint32(FoldCase)
	} else {
		i.Op = InstRune1
	}
	return c.single(i, false)
}

func (c *compiler) empty(op EmptyOp) fragment {
	return c.single(Inst{Op: InstEmptyWidth, Arg: uint32(op)}, true)
}

// cat runs f1 then f2.
func (c *compiler) cat(f1, f2 fragment) fragment {
	c.patch(f1.holes, f2.entry)
	return fragment{f1.entry, f2.holes, f1.nullable && f2.nullable}
}

// alt tries f1, then f2.
func (c *compiler) alt(f1, f2 fragment) fragment {
	pc := c.emit(Inst{Op: InstAlt, Out: f1.entry, Arg: f2.entry})
	holes := append(append([]hole(nil), f1.holes...), f2.holes...)
	return fragment{pc, holes, f1.nullable || f2.nullable}
}

// choice is an Alt whose preferred branch is body (or the exit, when
// non-greedy); it returns the Alt and the hole of its exit.
func (c *compiler) choice(body uint32, nongreedy bool) (uint32, hole) {
	pc := c.emit(Inst{Op: InstAlt})
	i := &c.prog.Inst[pc]
	if nongreedy {
		i.Arg = body
		return pc, hole{pc, false}
	}
	i.Out = body
	return pc, hole{pc, true}
}

// quest is f1?.
func (c *compiler) quest(f1 fragment, nongreedy bool) fragment {
	pc, exit := c.choice(f1.entry, nongreedy)
	holes := append(append([]hole(nil), f1.holes...), exit)
	return fragment{pc, holes, true}
}

// loop makes f1's exits come back to a choice between f1 again and out.
func (c *compiler) loop(f1 fragment, nongreedy bool) (uint32, hole) {
	pc, exit := c.choice(f1.entry, nongreedy)
	c.patch(f1.holes, pc)
	return pc, exit
}

// plus is f1+.
func (c *compiler) plus(f1 fragment, nongreedy bool) fragment {
	_, exit := c.loop(f1, nongreedy)
	return fragment{f1.entry, []hole{exit}, f1.nullable}
}

// star is f1*; when f1 can match empty it is (f1+)?, which keeps Perl's
// preference order for the empty iterations.
func (c *compiler) star(f1 fragment, nongreedy bool) fragment {
	if f1.nullable {
		return c.quest(c.plus(f1, nongreedy), nongreedy)
	}
	pc, exit := c.loop(f1, nongreedy)
	return fragment{pc, []hole{exit}, true}
}

// repeat unrolls x{n,m}: n copies of x, then x{0,m-n} as nested
// optionals x(x(x)?)?, or x* when there is no upper bound.
func (c *compiler) repeat(re *Regexp) fragment {
	sub, nongreedy := re.Sub[0], re.Flags&NonGreedy != 0
	min, max := re.Min, re.Max
	if max == 0 {
		return c.nop()
	}
	var f fragment
	have := false
	add := func(g fragment) {
		if have {
			f = c.cat(f, g)
		} else {
			f, have = g, true
		}
	}
	if max < 0 {
		if min == 0 {
			return c.star(c.compile(sub), nongreedy)
		}
		for k := 0; k < min-1; k++ {
			add(c.compile(sub))
		}
		add(c.plus(c.compile(sub), nongreedy))
		return f
	}
	for k := 0; k < min; k++ {
		add(c.compile(sub))
	}
	if max > min {
		add(c.optionals(sub, max-min, nongreedy))
	}
	return f
}

// optionals compiles x{0,n} as (x(x(...)?)?)?.
func (c *compiler) optionals(sub *Regexp, n int, nongreedy bool) fragment {
	body := c.compile(sub)
	if n > 1 {
		body = c.cat(body, c.optionals(sub, n-1, nongreedy))
	}
	return c.quest(body, nongreedy)
}
