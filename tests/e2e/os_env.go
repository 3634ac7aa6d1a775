// env: GO2CPP_E2E_SET=hello GO2CPP_E2E_EMPTY=
// os.Getenv and os.LookupEnv: a set variable, an empty one, a missing one.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Getenv("GO2CPP_E2E_SET"), os.Getenv("GO2CPP_E2E_UNSET") == "")
	v, ok := os.LookupEnv("GO2CPP_E2E_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GO2CPP_E2E_UNSET")
	fmt.Printf("%q %v\n", v, ok)
}
