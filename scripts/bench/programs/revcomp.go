// CPU-bound: the reverse-complement benchmark (test/bench/go1's Revcomp,
// written anew): generates fasta input as fasta.go does, then for each
// sequence reverses it, maps every base to its complement through a table
// and re-wraps it at 60 columns; prints a checksum.
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

var complement [256]byte

func init() {
	for i := range complement {
		complement[i] = byte(i)
	}
	pairs := "AT CG GC TA UA MK RY WW SS YR KM VB HD DH BV NN"
	for i := 0; i+1 < len(pairs); i += 3 {
		a, b := pairs[i], pairs[i+1]
		complement[a] = b
		complement[a+'a'-'A'] = b
	}
}

// reverseComplement writes the reverse complement of seq (bases without
// newlines) to out as 60-column lines.
func reverseComplement(out []byte, seq []byte) []byte {
	for i, j := 0, len(seq)-1; i < j; i, j = i+1, j-1 {
		seq[i], seq[j] = complement[seq[j]], complement[seq[i]]
	}
	if len(seq)%2 == 1 {
		seq[len(seq)/2] = complement[seq[len(seq)/2]]
	}
	for len(seq) > 0 {
		m := lineWidth
		if len(seq) < m {
			m = len(seq)
		}
		out = append(out, seq[:m]...)
		out = append(out, '\n')
		seq = seq[m:]
	}
	return out
}

func revcomp(in []byte) []byte {
	out := make([]byte, 0, len(in))
	seq := make([]byte, 0, len(in))
	for len(in) > 0 {
		end := 0
		for end < len(in) && in[end] != '\n' {
			end++
		}
		line := in[:end]
		if end < len(in) {
			in = in[end+1:]
		} else {
			in = in[end:]
		}
		if len(line) > 0 && line[0] == '>' {
			out = reverseComplement(out, seq)
			seq = seq[:0]
			out = append(out, line...)
			out = append(out, '\n')
			continue
		}
		seq = append(seq, line...)
	}
	return reverseComplement(out, seq)
}

func main() {
	in := fasta(2500000)
	var out []byte
	for round := 0; round < 4; round++ {
		out = revcomp(in)
	}
	hash := uint32(2166136261)
	for _, c := range out {
		hash = (hash ^ uint32(c)) * 16777619
	}
	fmt.Println("bytes:", len(in), len(out), "hash:", hash)
	fmt.Printf("%s", out[:130])
}
