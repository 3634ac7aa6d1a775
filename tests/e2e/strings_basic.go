// Strings: literals with escapes, concatenation, +=, len in bytes, byte
// indexing, comparison and raw strings.
package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	s := "Hello" + ", " + "Go"
	fmt.Println(s, len(s))
	fmt.Println(repeat("ab", 3))
	fmt.Println(s[0], s[len(s)-1])
	fmt.Println("apple" < "banana", "go" == "g"+"o", "b" > "abc")
	fmt.Println(len("héllo"))
	raw := `a\nb`
	fmt.Println(raw, len(raw))
	fmt.Println("tab:\tquote:\" backslash:\\")
	empty := ""
	fmt.Printf("[%s] %d\n", empty, len(empty))
}
