// This file implements Pool: a free list behind a Mutex, dropped across
// garbage collections as gc drops its pools (the primary cache becomes the
// victim cache at one collection and is freed at the next). The caches
// notice collections when next used, by the runtime's collection count.
package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Any item stored in the Pool may be removed automatically at
// any time without notification.
type Pool struct {
	noCopy noCopy

	mu      Mutex
	local   []any
	victim  []any
	gcSeen  uint32
	started bool

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// age drops what the collections since the last use have dropped.
func (p *Pool) age() {
	n := gcCount()
	if !p.started {
		p.started = true
		p.gcSeen = n
		return
	}
	switch n - p.gcSeen {
	case 0:
	case 1:
		p.victim = p.local
		p.local = nil
	default:
		p.victim = nil
		p.local = nil
	}
	p.gcSeen = n
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.age()
	p.local = append(p.local, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller. If Get would otherwise return nil and
// p.New is non-nil, Get returns the result of calling p.New.
func (p *Pool) Get() any {
	p.mu.Lock()
	p.age()
	var x any
	if n := len(p.local); n > 0 {
		x = p.local[n-1]
		p.local[n-1] = nil
		p.local = p.local[:n-1]
	} else if n := len(p.victim); n > 0 {
		x = p.victim[n-1]
		p.victim[n-1] = nil
		p.victim = p.victim[:n-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
