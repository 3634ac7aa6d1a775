// This file implements profiler labels: key-value pairs carried by a
// context, set on the calling goroutine (inherited by the goroutines it
// starts) and recorded with each CPU sample it takes, as gc's pprof does.
package pprof

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unsafe"
)

type label struct {
	key   string
	value string
}

// LabelSet is a set of labels.
type LabelSet struct {
	list []label
}

// labelContextKey is the type of contextKeys used for profiler labels.
type labelContextKey struct{}

// labelMap is the representation of the label set held in the context
// and on a goroutine.
type labelMap map[string]string

func labelValue(ctx context.Context) labelMap {
	labels, _ := ctx.Value(labelContextKey{}).(*labelMap)
	if labels == nil {
		return labelMap(nil)
	}
	return *labels
}

// String satisfies Stringer and returns key, value pairs in a consistent
// order.
func (l *labelMap) String() string {
	if l == nil {
		return ""
	}
	keyVals := make([]string, 0, len(*l))
	for k, v := range *l {
		keyVals = append(keyVals, fmt.Sprintf("%q:%q", k, v))
	}
	sort.Strings(keyVals)
	return "{" + strings.Join(keyVals, ", ") + "}"
}

// WithLabels returns a new context.Context with the given labels added.
// A label overwrites a prior label with the same key.
func WithLabels(ctx context.Context, labels LabelSet) context.Context {
	childLabels := make(labelMap)
	for k, v := range labelValue(ctx) {
		childLabels[k] = v
	}
	for _, l := range labels.list {
		childLabels[l.key] = l.value
	}
	return context.WithValue(ctx, labelContextKey{}, &childLabels)
}

// Labels takes an even number of strings representing key-value pairs and
// makes a LabelSet containing them. A label overwrites a prior label with
// the same key.
func Labels(args ...string) LabelSet {
	if len(args)%2 != 0 {
		panic("uneven number of arguments to pprof.Labels")
	}
	list := make([]label, 0, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		list = append(list, label{key: args[i], value: args[i+1]})
	}
	return LabelSet{list: list}
}

// Label returns the value of the label with the given key on ctx, and a
// boolean indicating whether that label exists.
func Label(ctx context.Context, key string) (string, bool) {
	v, ok := labelValue(ctx)[key]
	return v, ok
}

// ForLabels invokes f with each label set on the context. The function f
// should return true to continue iteration or false to stop iteration
// early.
func ForLabels(ctx context.Context, f func(key, value string) bool) {
	for k, v := range labelValue(ctx) {
		if !f(k, v) {
			break
		}
	}
}

// SetGoroutineLabels sets the current goroutine's labels to match ctx. A
// new goroutine inherits the labels of the goroutine that created it.
func SetGoroutineLabels(ctx context.Context) {
	ctxLabels, _ := ctx.Value(labelContextKey{}).(*labelMap)
	setGoroutineLabels(unsafe.Pointer(ctxLabels))
}

// Do calls f with a copy of the parent context with the given labels added
// to the parent's label map. Goroutines spawned while executing f will
// inherit the augmented label-set. Each key/value pair in labels is
// inserted into the label map in the order provided, overriding any
// previous value for the same key. The augmented label map will be set
// for the duration of the call to f and restored once f returns.
func Do(ctx context.Context, labels LabelSet, f func(context.Context)) {
	defer SetGoroutineLabels(ctx)
	ctx = WithLabels(ctx, labels)
	SetGoroutineLabels(ctx)
	f(ctx)
}

// setGoroutineLabels records labels (a *labelMap or nil) on the calling
// goroutine.
//
//go2cpp:native
func setGoroutineLabels(labels unsafe.Pointer)
