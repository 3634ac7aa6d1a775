// This file implements Pipe: a synchronous in-memory pipe. Each Write
// hands its bytes to Reads over a channel and waits until they have all
// been consumed (a Read takes what fits and reports how much); closing
// either end closes a channel that wakes every blocked call, which then
// reports the error the other end was closed with.
package io

import "sync"

// onceError holds the first error stored in it.
type onceError struct {
	sync.Mutex
	err error
}

func (a *onceError) Store(err error) {
	a.Lock()
	defer a.Unlock()
	if a.err != nil {
		return
	}
	a.err = err
}

func (a *onceError) Load() error {
	a.Lock()
	defer a.Unlock()
	return a.err
}

// pipe is the state both ends share.
type pipe struct {
	wrMu sync.Mutex  // one Write at a time hands out its bytes
	wrCh chan []byte // a Write's remaining bytes, to one Read
	rdCh chan int    // how many of them that Read took

	once sync.Once // closes done
	done chan struct{}
	rerr onceError // why the read end was closed
	werr onceError // why the write end was closed
}

func (p *pipe) read(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		nr := copy(b, bw)
		p.rdCh <- nr
		return nr, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

// readCloseError: after the writer closed, its error (EOF by default);
// after the reader closed, ErrClosedPipe.
func (p *pipe) readCloseError() error {
	rerr := p.rerr.Load()
	if werr := p.werr.Load(); rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rerr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
		p.wrMu.Lock()
		defer p.wrMu.Unlock()
	}
	// An empty Write still meets one Read.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

// writeCloseError: after the reader closed, its error (ErrClosedPipe by
// default); after the writer closed, ErrClosedPipe.
func (p *pipe) writeCloseError() error {
	werr := p.werr.Load()
	if rerr := p.rerr.Load(); werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.werr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// A PipeReader is the read half of a pipe.
type PipeReader struct {
	p *pipe
}

// Read reads data from the pipe, blocking until a writer arrives or the
// write end is closed. If the write end is closed with an error, that
// error is returned as err; otherwise err is EOF.
func (r *PipeReader) Read(data []byte) (n int, err error) {
	return r.p.read(data)
}

// Close closes the reader; subsequent writes to the write half of the
// pipe will return the error ErrClosedPipe.
func (r *PipeReader) Close() error {
	return r.CloseWithError(nil)
}

// CloseWithError closes the reader; subsequent writes to the write half of
// the pipe will return the error err. It never overwrites the previous
// error if it exists and always returns nil.
func (r *PipeReader) CloseWithError(err error) error {
	return r.p.closeRead(err)
}

// A PipeWriter is the write half of a pipe.
type PipeWriter struct {
	p *pipe
}

// Write writes data to the pipe, blocking until one or more readers have
// consumed all the data or the read end is closed. If the read end is
// closed with an error, that err is returned as err; otherwise err is
// ErrClosedPipe.
func (w *PipeWriter) Write(data []byte) (n int, err error) {
	return w.p.write(data)
}

// Close closes the writer; subsequent reads from the read half of the pipe
// will return no bytes and EOF.
func (w *PipeWriter) Close() error {
	return w.CloseWithError(nil)
}

// CloseWithError closes the writer; subsequent reads from the read half of
// the pipe will return no bytes and the error err, or EOF if err is nil.
// It never overwrites the previous error if it exists and always returns
// nil.
func (w *PipeWriter) CloseWithError(err error) error {
	return w.p.closeWrite(err)
}

// Pipe creates a synchronous in-memory pipe. It can be used to connect
// code expecting an io.Reader with code expecting an io.Writer. Reads and
// Writes on the pipe are matched one to one except when multiple Reads are
// needed to consume a single Write. It is safe to call Read and Write in
// parallel with each other or with Close.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		done: make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}
