// Package os/exec: Output, CombinedOutput with interleaved streams, Run
// with Stdin from a reader and Stdout to a buffer or *os.File, Dir, Env,
// ExitError (exit codes, signals, Stderr), and the errors of missing
// commands, paths and directories, all with gc's texts.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)
	out, err = exec.Command("sh", "-c", "echo out; echo err >&2; exit 3").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	var ee *exec.ExitError
	fmt.Println(errors.As(err, &ee), ee.ExitCode(), ee.Exited(), ee.Success())
	_, err = exec.Command("sh", "-c", "echo oops >&2; exit 1").Output()
	if errors.As(err, &ee) {
		fmt.Printf("%q\n", ee.Stderr)
	}
	cmd := exec.Command("cat")
	cmd.Stdin = strings.NewReader(strings.Repeat("data ", 20000))
	var buf bytes.Buffer
	cmd.Stdout = &buf
	fmt.Println(cmd.Run(), buf.Len())
	cmd = exec.Command("pwd")
	cmd.Dir = "/usr"
	cmd.Stdout = os.Stdout
	fmt.Println(cmd.Run())
	_, err = exec.Command("no-such-command-xyz").Output()
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))
	_, err = exec.Command("/no/such/path").Output()
	fmt.Println(err)
	cmd = exec.Command("true")
	cmd.Dir = "/no/such/dir"
	fmt.Println(cmd.Run())
	cmd = exec.Command("sh", "-c", "echo $FOO")
	cmd.Env = []string{"FOO=bar"}
	out, err = cmd.Output()
	fmt.Printf("%q %v %s\n", out, err, cmd)
	err = exec.Command("sh", "-c", "kill -9 $$").Run()
	fmt.Println(err)
	_, err = exec.LookPath("sh")
	fmt.Println(err)
}
