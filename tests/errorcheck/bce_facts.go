// errorcheck -0 -d=ssa/check_bce/debug=1

// go2cpp's own bounds-check elimination cases (scripts/bcecheck): an
// ERROR comment marks every check that must stay; every other index and
// slice expression must be proven in range.

package main

func loops(a []int, s string) int {
	t := 0
	for i := 0; i < len(a); i++ {
		t += a[i]
	}
	for i := range a {
		t += a[i]
		if i > 0 {
			t += a[i-1]
		}
	}
	for i := len(a) - 1; i >= 0; i-- {
		t += a[i]
	}
	for i := 0; i < len(s); i++ {
		t += int(s[i])
	}
	for i := range s {
		_ = s[i:]
		_ = s[:i]
	}
	for i := 0; i < len(a); i++ {
		i++
		t += a[i] // ERROR "Found IsInBounds$"
	}
	for i := 0; i < len(a); i++ {
		a = a[1:] // i < len(a) made len(a) >= 1
		t += a[i] // ERROR "Found IsInBounds$"
	}
	for i := 0; i <= len(a); i++ {
		t += a[i] // ERROR "Found IsInBounds$"
	}
	return t
}

func conditions(a []int, i, j int) int {
	t := 0
	if i >= 0 && i < len(a) {
		t += a[i]
	}
	if i < 0 || i >= len(a) {
		return t
	}
	t += a[i]
	if j < len(a) && j >= 0 && a[j] > 0 {
		t++
	}
	t += a[j] // ERROR "Found IsInBounds$"
	if len(a) < 10 {
		panic("short")
	}
	t += a[9] + a[0]
	_ = a[2:9]
	_ = a[10:]
	_ = a[11:] // ERROR "Found IsSliceInBounds$"
	return t
}

func constants(a []byte, b [8]byte, n uint8, k int) int {
	a[3] = 1 // ERROR "Found IsInBounds$"
	a[2], a[1], a[0] = 1, 1, 1
	_ = a[:4]
	var big [256]int
	big[n] = 1
	big[n+200] = 2 // uint8 wraps: still below 256
	b[n&7] = 1
	b[n%8] = 1
	b[n] = 1        // ERROR "Found IsInBounds$"
	b[k%8] = 1      // ERROR "Found IsInBounds$"
	b[uint(k)%8] = 1
	b[k&7] = 1
	b[k>>61] = 1    // ERROR "Found IsInBounds$"
	b[uint64(k)>>61] = 1
	return int(b[0])
}

func assigned(n int) int {
	buf := make([]int, 16)
	buf[15] = n
	c := buf[4:12]
	c[7] = 1
	c[8] = 1 // ERROR "Found IsInBounds$"
	d := buf
	d[15] = 2
	var e []int
	e = append(e, 1, 2)
	e[1] = 3
	return buf[0] + c[0] + d[0]
}

func escapes(a []int, i int) int {
	if i < 0 || i >= len(a) {
		return 0
	}
	f := func() { i++ }
	f()
	return a[i] // ERROR "Found IsInBounds$"
}

func pointer(a []int) int {
	i := 0
	p := &i
	*p = 100
	if len(a) > 0 {
		return a[i] // ERROR "Found IsInBounds$"
	}
	return 0
}

func gotos(a []int) int {
	i := 0
	t := 0
loop:
	if i < len(a) {
		t += a[i] // ERROR "Found IsInBounds$"
		i += 2
		goto loop
	}
	return t + a[i] // ERROR "Found IsInBounds$"
}


func wrapping(a *[246]int) int {
	t := 0
	for i := uint8(10); i <= 255; i++ { // never ends: i wraps to 0
		t += a[i-10] // ERROR "Found IsInBounds$"
		if t > 1000 {
			break
		}
	}
	for i := uint8(10); i < 255; i++ {
		t += a[i-10]
	}
	return t
}

func main() {}
