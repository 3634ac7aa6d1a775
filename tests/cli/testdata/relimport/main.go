// GOPATH-mode relative imports: "./lib" from this folder, and lib's own
// "./inner" from lib's folder.
package main

import (
	"fmt"

	"./lib"
)

func main() {
	fmt.Println(lib.Twice(21), lib.Inner())
}
