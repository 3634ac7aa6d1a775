package lib

import "./inner"

func Twice(x int) int { return 2 * x }

func Inner() string { return inner.Name }
