// exec.CommandContext: the process is killed when the context is done,
// a done context does not start it, Wait without pipes is interrupted too;
// on one thread, so a blocked thread would hang it.
// env: GOMAXPROCS=1
package main

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	out, err := exec.CommandContext(ctx, "sh", "-c", "echo started; exec sleep 5").CombinedOutput()
	fmt.Printf("%q %v %v\n", out, err, time.Since(start) < 3*time.Second)

	// A context already done: the command does not start.
	err = exec.CommandContext(ctx, "echo", "x").Run()
	fmt.Println(err)

	// A context that outlives the command changes nothing.
	ctx2, cancel2 := context.WithCancel(context.Background())
	out, err = exec.CommandContext(ctx2, "sh", "-c", "echo a; echo b >&2; exit 3").CombinedOutput()
	cancel2()
	fmt.Printf("%q %v\n", strings.Fields(string(out)), err)

	// Wait itself (no pipes) is interrupted as well.
	ctx3, cancel3 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel3()
	cmd := exec.CommandContext(ctx3, "sleep", "5")
	fmt.Println(cmd.Start())
	fmt.Println(cmd.Wait(), cmd.ProcessState.ExitCode())

	defer func() { fmt.Println(recover()) }()
	exec.CommandContext(nil, "true")
}
