// This file implements the matcher: a Pike VM, which runs the program's
// threads in lock step over the input, one rune at a time, so that the
// time is linear in the input whatever the expression. Threads are kept in
// priority order (the order Perl's backtracking would try them) and at
// most one thread per instruction survives a step, so the first thread
// that reaches Match holds the leftmost-first submatches; in longest mode
// the matcher keeps going for the longest match at the leftmost start.
package regexp

import "regexp/syntax"

// A thread is a position in the program with its capture registers.
type thread struct {
	pc  uint32
	cap []int
}

// A queue is a set of program counters in insertion (priority) order: a
// sparse set, so that clearing it is O(1) and membership needs no
// initialization.
type queue struct {
	sparse []uint32
	dense  []queueEntry
}

type queueEntry struct {
	pc uint32
	t  *thread // nil for instructions that do not consume input
}

func (q *queue) contains(pc uint32) bool {
	j := q.sparse[pc]
	return int(j) < len(q.dense) && q.dense[j].pc == pc
}

// A machine holds the matcher's state for one regexp, reused across
// matches.
type machine struct {
	re       *Regexp
	prog     *syntax.Prog
	q0, q1   queue
	free     []*thread
	matched  bool
	matchcap []int
}

func newMachine(re *Regexp) *machine {
	n := len(re.prog.Inst)
	m := &machine{re: re, prog: re.prog}
	m.q0 = queue{sparse: make([]uint32, n), dense: make([]queueEntry, 0, n)}
	m.q1 = queue{sparse: make([]uint32, n), dense: make([]queueEntry, 0, n)}
	return m
}

func (m *machine) alloc(pc uint32) *thread {
	var t *thread
	if n := len(m.free); n > 0 {
		t = m.free[n-1]
		m.free = m.free[:n-1]
	} else {
		t = &thread{cap: make([]int, len(m.matchcap), cap(m.matchcap))}
	}
	t.pc = pc
	return t
}

func (m *machine) release(t *thread) {
	m.free = append(m.free, t)
}

func (m *machine) clear(q *queue) {
	for _, d := range q.dense {
		if d.t != nil {
			m.release(d.t)
		}
	}
	q.dense = q.dense[:0]
}

// match runs the program on in from pos, keeping ncap capture registers;
// it reports whether a match was found, whose registers are m.matchcap.
func (m *machine) match(in input, pos int, ncap int) bool {
	startCond := m.re.cond
	if startCond == ^syntax.EmptyOp(0) { // no match is possible
		return false
	}
	if cap(m.matchcap) < ncap {
		m.matchcap = make([]int, ncap)
		m.free = nil // threads must have as many registers
	}
	if len(m.matchcap) != ncap {
		m.matchcap = m.matchcap[:ncap]
		m.free = nil
	}
	for i := range m.matchcap {
		m.matchcap[i] = -1
	}
	m.matched = false
	anchored := startCond&syntax.EmptyBeginText != 0
	runq, nextq := &m.q0, &m.q1
	r, width := in.step(pos)
	r1, width1 := endOfText, 0
	if r != endOfText {
		r1, width1 = in.step(pos + width)
	}
	var cond syntax.EmptyOp
	if pos == 0 {
		cond = syntax.EmptyOpContext(-1, r)
	} else {
		cond = in.context(pos)
	}
	for {
		if len(runq.dense) == 0 {
			if anchored && pos != 0 || m.matched {
				break
			}
			if m.re.skipPrefix != "" && in.canSkip() {
				// Every match starts with the literal prefix: jump to it.
				advance := in.index(m.re.skipPrefix, pos)
				if advance < 0 {
					break
				}
				if advance > 0 {
					pos += advance
					r, width = in.step(pos)
					r1, width1 = in.step(pos + width)
					cond = in.context(pos)
				}
			}
		}
		if !m.matched && (pos == 0 || !anchored) {
			if ncap > 0 {
				m.matchcap[0] = pos
			}
			m.add(runq, uint32(m.prog.Start), pos, m.matchcap, cond)
		}
		cond = syntax.EmptyOpContext(r, r1)
		m.step(runq, nextq, pos, pos+width, r, cond)
		if width == 0 || ncap == 0 && m.matched {
			break
		}
		pos += width
		r, width = r1, width1
		if r != endOfText {
			r1, width1 = in.step(pos + width)
		}
		runq, nextq = nextq, runq
	}
	m.clear(nextq)
	m.clear(runq)
	return m.matched
}

// add follows pc through the instructions that consume no input and
// queues a thread at each instruction that does (or matches), copying
// cap; cond holds the empty-width assertions true at pos.
func (m *machine) add(q *queue, pc uint32, pos int, cap []int, cond syntax.EmptyOp) {
	if pc == 0 || q.contains(pc) {
		return
	}
	j := len(q.dense)
	q.dense = append(q.dense, queueEntry{pc: pc})
	q.sparse[pc] = uint32(j)
	i := &m.prog.Inst[pc]
	switch i.Op {
	case syntax.InstFail:
	case syntax.InstAlt, syntax.InstAltMatch:
		m.add(q, i.Out, pos, cap, cond)
		m.add(q, i.Arg, pos, cap, cond)
	case syntax.InstEmptyWidth:
		if syntax.EmptyOp(i.Arg)&^cond == 0 {
			m.add(q, i.Out, pos, cap, cond)
		}
	case syntax.InstNop:
		m.add(q, i.Out, pos, cap, cond)
	case syntax.InstCapture:
		if int(i.Arg) < len(cap) {
			saved := cap[i.Arg]
			cap[i.Arg] = pos
			m.add(q, i.Out, pos, cap, cond)
			cap[i.Arg] = saved
		} else {
			m.add(q, i.Out, pos, cap, cond)
		}
	default: // InstMatch and the rune instructions
		t := m.alloc(pc)
		copy(t.cap, cap)
		q.dense[j].t = t
	}
}

// step runs the threads of runq on the rune c at pos, queueing the
// survivors on nextq at nextPos (where nextCond holds).
func (m *machine) step(runq, nextq *queue, pos, nextPos int, c rune, nextCond syntax.EmptyOp) {
	longest := m.re.longest
	for j := 0; j < len(runq.dense); j++ {
		t := runq.dense[j].t
		if t == nil {
			continue
		}
		if longest && m.matched && len(t.cap) > 0 && m.matchcap[0] < t.cap[0] {
			// Starts right of the match found: cannot be leftmost.
			m.release(t)
			continue
		}
		i := &m.prog.Inst[t.pc]
		advance := false
		switch i.Op {
		case syntax.InstMatch:
			if len(t.cap) > 0 && (!longest || !m.matched || m.matchcap[1] < pos) {
				t.cap[1] = pos
				copy(m.matchcap, t.cap)
			}
			m.matched = true
			if !longest {
				// Leftmost-first: the threads after this one have lower
				// priority and can only give worse matches.
				for _, d := range runq.dense[j+1:] {
					if d.t != nil {
						m.release(d.t)
					}
				}
				runq.dense = runq.dense[:0]
			}
		case syntax.InstRune:
			advance = i.MatchRune(c)
		case syntax.InstRune1:
			advance = c == i.Rune[0]
		case syntax.InstRuneAny:
			advance = c != endOfText
		case syntax.InstRuneAnyNotNL:
			advance = c != endOfText && c != '\n'
		}
		if advance {
			m.add(nextq, i.Out, nextPos, t.cap, nextCond)
		}
		m.release(t)
	}
	runq.dense = runq.dense[:0]
}
