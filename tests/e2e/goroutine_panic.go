// An unrecovered panic in a goroutine other than main ends the program
// with gc's report and status 2, even while main is blocked.
// exit: 2
package main

import "fmt"

type request struct {
	n int
}

func handle(r *request, done chan bool) {
	defer func() {
		fmt.Println("deferred call runs first")
	}()
	if r.n > 2 {
		panic(fmt.Sprintf("request %d too big", r.n))
	}
	done <- true
}

func main() {
	done := make(chan bool)
	for i := 1; i <= 3; i++ {
		go handle(&request{i}, done)
		if i < 3 {
			<-done
		}
	}
	<-done
}
