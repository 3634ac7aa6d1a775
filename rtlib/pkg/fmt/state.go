// This file implements Formatter and State: a value whose type has a
// Format method prints itself. The native printer (print_value.cpp) finds
// the method in the operand's type descriptor and calls runFormat with the
// flags, width and precision of the verb; what Format writes to the State
// goes into the output as it is, with no padding (as in Go's fmt).
package fmt

// State represents the printer state passed to custom formatters. It
// provides access to the io.Writer interface plus information about the
// flags and options for the operand's format specifier.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The
// implementation controls how State and rune are interpreted, and may call
// Sprint(f) or Fprint(f) etc. to generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// formatState is the State of one Format call.
type formatState struct {
	buf           []byte
	flags         string // the flag characters in effect, of "-+# 0"
	wid, prec     int
	widOK, precOK bool
}

func (s *formatState) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

// WriteString makes io.WriteString(state, s) append without a copy, as
// Go's printer allows.
func (s *formatState) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *formatState) Width() (int, bool) { return s.wid, s.widOK }

func (s *formatState) Precision() (int, bool) { return s.prec, s.precOK }

func (s *formatState) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

// The native printer's side of a Format call: it makes the state, runs
// Format (catching a panic itself, as Go's catchPanic does) and takes what
// was written, also when Format panicked half-way.

func newFormatState(flags string, wid, prec int, widOK, precOK bool) *formatState {
	return &formatState{flags: flags, wid: wid, prec: prec, widOK: widOK, precOK: precOK}
}

func runFormat(f Formatter, s *formatState, verb rune) {
	f.Format(s, verb)
}

func formatOutput(s *formatState) string {
	return string(s.buf)
}
