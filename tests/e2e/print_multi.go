// The print builtins: a multi-valued call as the operands (println(f())),
// and a nil interface printed as gc prints it, (0x0,0x0).
package main

func two() (int, string) { return 7, "seven" }

func main() {
	println(two())
	print(two())
	println()
	var e interface{}
	println(e)
	var err error
	println(err)
}
