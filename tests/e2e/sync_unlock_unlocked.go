// Unlocking an unlocked Mutex is a fatal error that recover cannot stop,
// reported as gc reports it, with exit status 2.
// exit: 2
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
