// This file implements os.Process (Wait, Kill, Release, FindProcess) and
// os.ProcessState, what a finished child process left: its exit status or
// the signal that ended it, described with gc's words ("exit status 2",
// "signal: killed"). Starting processes is os/exec's.
package os

import (
	"errors"
	"syscall"
	"time"
)

// Process stores the information about a process created by os/exec.
type Process struct {
	Pid  int
	done bool
}

// FindProcess looks for a running process by its pid. On Unix systems,
// FindProcess always succeeds and returns a Process for the given pid,
// regardless of whether the process exists.
func FindProcess(pid int) (*Process, error) {
	return &Process{Pid: pid}, nil
}

// ErrProcessDone indicates a Process has finished.
var ErrProcessDone = errors.New("os: process already finished")

// Wait waits for the Process to exit, and then returns a ProcessState
// describing its status and an error, if any.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	// waitpid without blocking, the goroutine sleeping in between: a
	// blocked thread would stall the goroutines queued on it (a
	// CommandContext's watcher, for one).
	pause := 50 * time.Microsecond
	var status int
	for {
		st, exited, e := sysWait(p.Pid)
		if e != 0 {
			return nil, NewSyscallError("wait", e)
		}
		if exited {
			status = st
			break
		}
		time.Sleep(pause)
		if pause < 5*time.Millisecond {
			pause *= 2
		}
	}
	p.done = true
	return &ProcessState{p.Pid, status}, nil
}

// A Signal represents an operating system signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The only signal values guaranteed to be present in the os package on
// all systems are os.Interrupt (send the process an interrupt) and os.Kill
// (force the process to exit).
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// Kill causes the Process to exit immediately.
func (p *Process) Kill() error { return p.Signal(Kill) }

// Signal sends a signal to the Process.
func (p *Process) Signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if p.done {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if e := syscall.Kill(p.Pid, s); e != nil {
		if e == syscall.ESRCH {
			return ErrProcessDone
		}
		return NewSyscallError("kill", e)
	}
	return nil
}

// Release releases any resources associated with the Process p.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// sysWait is waitpid(2) with WNOHANG: the raw status once pid exited.
//
//go2cpp:native
func sysWait(pid int) (status int, exited bool, errno syscall.Errno)


// ProcessState stores information about a process, as reported by Wait.
type ProcessState struct {
	pid    int // The process's id.
	status int // The raw wait status (as waitpid(2) reports it).
}

// Pid returns the process id of the exited process.
func (p *ProcessState) Pid() int { return p.pid }

func (p *ProcessState) exited() bool { return p.status&0x7f == 0 }

func (p *ProcessState) signaled() bool {
	sig := p.status & 0x7f
	return sig != 0x7f && sig != 0
}

// Exited reports whether the program has exited.
func (p *ProcessState) Exited() bool { return p.exited() }

// Success reports whether the program exited successfully.
func (p *ProcessState) Success() bool { return p.exited() && p.ExitCode() == 0 }

// ExitCode returns the exit code of the exited process, or -1 if the
// process hasn't exited or was terminated by a signal.
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	if !p.exited() {
		return -1
	}
	return (p.status >> 8) & 0xff
}

func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	res := ""
	switch {
	case p.exited():
		code := p.ExitCode()
		if code == -1 {
			res = "exit status -1"
		} else {
			res = "exit status " + uitoa(uint(code))
		}
	case p.signaled():
		res = "signal: " + syscall.Signal(p.status&0x7f).String()
		if p.status&0x80 != 0 {
			res += " (core dumped)"
		}
	}
	return res
}
