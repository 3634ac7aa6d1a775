package main

import "fmt"

// In Go 1.19 a range loop's variables are one variable for the whole loop,
// also when their address is taken or a closure captures them.
func main() {
	var ps []*int
	var fs []func() string
	for _, v := range []int{1, 2, 3} {
		ps = append(ps, &v)
	}
	for i, s := range "ab" {
		fs = append(fs, func() string { return fmt.Sprint(i, string(s)) })
	}
	fmt.Println(ps[0] == ps[2], *ps[0], fs[0](), fs[1]())
	m := map[string]int{"x": 1}
	var mp []*int
	for _, v := range m {
		mp = append(mp, &v)
	}
	for _, v := range m {
		mp = append(mp, &v)
	}
	fmt.Println(len(mp), *mp[0])
	var arr [2]string
	var qs []*string
	for k, v := range arr {
		arr[k] = "z"
		qs = append(qs, &v)
	}
	fmt.Println(qs[0] == qs[1], *qs[1] == "")
}
