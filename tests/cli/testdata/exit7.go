package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting with 7")
	os.Exit(7)
}
