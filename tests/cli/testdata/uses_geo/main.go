package main

import (
	"example/geo"
	"fmt"
)

func main() {
	fmt.Println(geo.Origin.Sum())
	fmt.Println(geo.Swap(geo.Origin).X)
}
