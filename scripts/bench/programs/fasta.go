// CPU-bound: the fasta benchmark (test/bench/go1's Fasta, written anew):
// DNA sequences built by repeating a string and by drawing symbols from
// cumulative probability tables with a linear congruential generator,
// written as 60-column lines into a byte buffer; prints a checksum.
package main

import "fmt"

const (
	lineWidth = 60
	seedIM    = 139968
	seedIA    = 3877
	seedIC    = 29573
)

type acid struct {
	p   float64 // probability, then cumulative probability
	sym byte
}

var last uint32 = 42

func random(max float64) float64 {
	last = (last*seedIA + seedIC) % seedIM
	return max * float64(last) / seedIM
}

type buffer struct{ b []byte }

func (w *buffer) line(s []byte) {
	w.b = append(w.b, s...)
	w.b = append(w.b, '\n')
}

func (w *buffer) repeat(alu []byte, n int) {
	// Twice the sequence, so that any window of a line is contiguous.
	double := append(append([]byte{}, alu...), alu...)
	pos := 0
	for n > 0 {
		m := lineWidth
		if n < m {
			m = n
		}
		w.line(double[pos : pos+m])
		pos = (pos + m) % len(alu)
		n -= m
	}
}

func (w *buffer) randomAcids(table []acid, n int) {
	cum := 0.0
	for i := range table {
		cum += table[i].p
		table[i].p = cum
	}
	var row [lineWidth]byte
	for n > 0 {
		m := lineWidth
		if n < m {
			m = n
		}
		for i := 0; i < m; i++ {
			r := random(1)
			j := 0
			for table[j].p < r && j < len(table)-1 {
				j++
			}
			row[i] = table[j].sym
		}
		w.line(row[:m])
		n -= m
	}
}

func fasta(n int) []byte {
	iub := []acid{
		{0.27, 'a'}, {0.12, 'c'}, {0.12, 'g'}, {0.27, 't'},
		{0.02, 'B'}, {0.02, 'D'}, {0.02, 'H'}, {0.02, 'K'},
		{0.02, 'M'}, {0.02, 'N'}, {0.02, 'R'}, {0.02, 'S'},
		{0.02, 'V'}, {0.02, 'W'}, {0.02, 'Y'},
	}
	homoSapiens := []acid{
		{0.3029549426680, 'a'}, {0.1979883004921, 'c'},
		{0.1975473066391, 'g'}, {0.3015094502008, 't'},
	}
	alu := []byte("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
		"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
		"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
		"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
		"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
		"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
		"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA")
	w := &buffer{b: make([]byte, 0, 11*n)}
	w.b = append(w.b, ">ONE Homo sapiens alu\n"...)
	w.repeat(alu, 2*n)
	w.b = append(w.b, ">TWO IUB ambiguity codes\n"...)
	w.randomAcids(iub, 3*n)
	w.b = append(w.b, ">THREE Homo sapiens frequency\n"...)
	w.randomAcids(homoSapiens, 5*n)
	return w.b
}

func main() {
	out := fasta(5000000)
	var counts [256]int
	hash := uint32(2166136261)
	for _, c := range out {
		counts[c]++
		hash = (hash ^ uint32(c)) * 16777619
	}
	fmt.Println("bytes:", len(out), "hash:", hash)
	for _, c := range []byte("acgtBDHKMNRSVWY") {
		fmt.Printf("%c:%d ", c, counts[c])
	}
	fmt.Println()
	fmt.Printf("%s", out[len(out)-61:])
}
