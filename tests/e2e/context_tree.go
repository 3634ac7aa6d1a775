// Package context as gc runs it: cancellation down a tree (children of
// our contexts and of a foreign Context), deadlines and timeouts with
// select, values, String() texts, errors and panics.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type key string

// wrapped is a Context of the user's own: its children need a goroutine.
type wrapped struct {
	context.Context
	done chan struct{}
}

func (w *wrapped) Done() <-chan struct{} { return w.done }
func (w *wrapped) Err() error {
	select {
	case <-w.done:
		return context.Canceled
	default:
		return nil
	}
}

func state(ctx context.Context) string {
	select {
	case <-ctx.Done():
		return "done:" + ctx.Err().Error()
	default:
		return fmt.Sprint("live:", ctx.Err())
	}
}

func catch(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Done() == nil, bg.Err(), bg.Value("x"))
	_, ok := bg.Deadline()
	fmt.Println(ok)

	root, cancelRoot := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(root)
	vals := context.WithValue(child, key("user"), "gopher")
	grand, cancelGrand := context.WithCancel(vals)
	fmt.Println(root, "|", child, "|", vals, "|", grand)
	fmt.Println(grand.Value(key("user")), grand.Value("user"), state(grand))

	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-grand.Done()
		}(i)
	}
	cancelRoot()
	wg.Wait()
	fmt.Println(state(root), state(child), state(vals), state(grand))
	cancelChild()
	cancelGrand()
	cancelRoot()
	fmt.Println(errors.Is(grand.Err(), context.Canceled))

	// A child made after its parent was canceled is canceled at once.
	late, cancelLate := context.WithCancel(root)
	fmt.Println(state(late))
	cancelLate()

	// A foreign parent: a goroutine carries its cancellation down.
	w := &wrapped{Context: bg, done: make(chan struct{})}
	wc, cancelW := context.WithCancel(w)
	close(w.done)
	<-wc.Done()
	fmt.Println(state(wc), wc)
	cancelW()

	// Deadlines and timeouts.
	// start before the timeout: the deadline counts from WithTimeout, and
	// a goroutine may be descheduled between the two.
	start := time.Now()
	short, cancelShort := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancelShort()
	select {
	case <-short.Done():
		fmt.Println("timeout:", short.Err(), time.Since(start) >= 20*time.Millisecond)
	case <-time.After(5 * time.Second):
		fmt.Println("no timeout")
	}
	var de interface{ Timeout() bool }
	fmt.Println(errors.Is(short.Err(), context.DeadlineExceeded), errors.As(short.Err(), &de) && de.Timeout())
	dl, ok := short.Deadline()
	fmt.Println(ok, !dl.IsZero())

	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(state(past))
	cancelPast()
	fmt.Println(state(past))

	long, cancelLong := context.WithTimeout(bg, time.Hour)
	inner, cancelInner := context.WithTimeout(long, 2*time.Hour) // the parent's deadline stands
	d1, _ := long.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println(d1.Equal(d2), strings.HasPrefix(fmt.Sprint(inner), "context.Background.WithDeadline("), strings.HasSuffix(fmt.Sprint(inner), ".WithCancel"))
	cancelLong()
	<-inner.Done()
	fmt.Println(state(inner))
	cancelInner()

	fmt.Println(context.WithValue(bg, 1, 2), "|", context.WithValue(bg, key("k"), errors.New("e")), "|", context.WithValue(bg, "s", []int{1}))
	catch(func() { context.WithCancel(nil) })
	catch(func() { context.WithValue(bg, nil, 1) })
	catch(func() { context.WithValue(bg, []int{1}, 1) })
	catch(func() { context.WithDeadline(nil, time.Now()) })
}
