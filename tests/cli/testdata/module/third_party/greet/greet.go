// Package greet is a module of its own, required by example.com/shapes
// and replaced by this folder.
package greet

import "fmt"

var Greetings int

func init() { fmt.Println("init greet") }

func Hello(name string) string {
	Greetings++
	return "hello, " + name
}
