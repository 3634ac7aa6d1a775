// Type descriptors are declared extern in the package header and defined
// once, at the end of the first source file. A program that never imports
// reflect gets no reflect tables: no method func types, no thunks for
// reflect's Call, MakeFunc and Method.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Where string
	Temp  Celsius
}

func main() {
	var s fmt.Stringer = Celsius(21.5)
	fmt.Println(s, Reading{"attic", 30})
}
