// Tests package regexp's parse errors against gc: each code with the part
// of the expression Go reports, the syntax differences of CompilePOSIX,
// and MustCompile's panic (exit status 2).
// exit: 2
package main

import (
	"fmt"
	"regexp"
	"regexp/syntax"
)

func main() {
	bad := []string{
		`(abc`, `abc)`, `a)b(`, `[abc`, `[a`, `[]`, `[^]`, `a**`, `a*?*`, `a++`, `a{2}{3}`, `a{2}*`, `*`, `+a`, `?`, `(*)`, `a|*`,
		`*?`, `{2}`, `x{1001}`, `x{2,1}`, `x{1000}{2}`, `(x{500}){3}`, `((x{10}){10}){11}`, `[z-a]`, `[a-\d]`, `\q`, `\`, `a\`, `[a\`,
		`\8`, `\1`, `\xZZ`, `\x{110000}`, `\x{}`, `\x{12`, `(?<n>x)`, `(?P<>x)`, `(?P<a-b>x)`, `(?P<x`, `(?P=x)`, `(?z)`, `(?i-)`,
		`(?`, `(?--i)`, `[[:foo:]]`, `[[:^bar:]]`, `\pX`, `\p{Nope}`, `\p{Greek`, `\p`, `\z\Z`, `x{1,1001}`, "\xff", `a(?i)*`,
	}
	for _, p := range bad {
		_, err := regexp.Compile(p)
		fmt.Printf("%q: %v\n", p, err)
		if e, ok := err.(*syntax.Error); ok {
			fmt.Printf("  code=%q expr=%q\n", string(e.Code), e.Expr)
		}
	}
	good := []string{`a{,3}`, `a{x}`, `{`, `a{2`, `x{01}`, `]`, `}`, `[a-]`, `[-a]`, `\_`, `\Q(\E`, `(?i)(?-i)a`, `(?i:a)b`,
		`\pN`, `\p{Greek}+`, `\P{^Greek}`, `[\p{Latin}\d]`, `(?P<n1>x)(?P<n1>y)`, `a{1000}`, `(?:)`, `()`, `a||b`, `\C`}
	for _, p := range good {
		re, err := regexp.Compile(p)
		fmt.Printf("%q ok=%v %v", p, err == nil, err)
		if err == nil {
			fmt.Printf(" %d %q", re.NumSubexp(), re.FindString("aα{x}]a-_(Ω12"))
		}
		fmt.Println()
	}
	for _, p := range []string{`\d`, `a*?`, `\bx`, `a-b`, `[a-b-c]`, `[[:alpha:]-z]`, `\pL`, `(?i)a`, `a**`, `x{2}{3}`} {
		_, err := regexp.CompilePOSIX(p)
		fmt.Printf("POSIX %q: %v\n", p, err)
	}
	for _, e := range []syntax.ErrorCode{syntax.ErrInternalError, syntax.ErrNestingDepth, syntax.ErrInvalidUTF8} {
		fmt.Println(e.String())
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompilePOSIX(`a\d`)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("a`(")
	}()
	regexp.MustCompile(`x(?P<1>y)(`)
}
