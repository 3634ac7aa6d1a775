// Package text/tabwriter: alignment left and right, padding with spaces
// and tabs, Debug bars, DiscardEmptyColumns, TabIndent, escapes,
// FilterHTML, form feeds and blocks ended by single-cell lines.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaa\tbbbbbbb\tc")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprintln(w, "single line ends the block")
	fmt.Fprintln(w, "äöü\tunicode\twidth")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "1\t22\t333\t")
	fmt.Fprintln(w, "4444\t5\t66\t")
	fmt.Fprint(w, "no newline at the end")
	w.Flush()
	fmt.Println()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tx")
	fmt.Fprintln(w, "\t\tdeeper\ty")
	fmt.Fprintln(w, "name\tvalue")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.Debug)
	fmt.Fprintln(w, "a\t\tb")
	fmt.Fprintln(w, "cc\t\tdd")
	fmt.Fprint(w, "page one\f")
	fmt.Fprintln(w, "e\tf")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tx")
	fmt.Fprintln(w, "plain\t\xffesc\taped\xff\ty")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "kept\t\xffesc\taped\xff\ty")
	fmt.Fprintln(w, "z\tzz\tzzz")
	fmt.Println(w.Flush())
}
