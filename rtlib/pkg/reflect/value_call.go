// This file implements the func side of reflect.Value: methods bound to
// their receiver (Method, MethodByName), calls (Call, CallSlice) through
// the func type's descriptor, and MakeFunc, whose func values hand their
// arguments to a Go function as []Value.
package reflect

import (
	"runtime"
	"unsafe"
)

func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Method returns a function value corresponding to v's i'th method (in
// the order of Type.Method): the method bound to v.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	recvT, recv, j := v.typ, v.ptr, 0
	if v.kind() == Interface {
		// The dynamic value's method of that name.
		name, _ := descMethod(v.typ, i)
		e := v.Elem()
		recvT, recv, j = e.typ, e.ptr, methodIndex(e.typ, name)
	} else {
		j = v.typ.exportedMethod(i)
	}
	ft := descMethodType(recvT, j)
	if ft == nil {
		panic(unsupported("reflect.Value.Method of a method whose signature has no type descriptor"))
	}
	return Value{ft, bindMethod(recvT, recv, j), v.flag & flagRO}
}

// methodIndex is the index of the method name in t's method table.
func methodIndex(t *rtype, name string) int {
	for j := 0; j < descNumMethod(t); j++ {
		if n, _ := descMethod(t, j); n == name {
			return j
		}
	}
	panic("reflect: method " + name + " not found in " + t.String())
}

// MethodByName returns a function value corresponding to the method of v
// with the given name, or the zero Value if there is none.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	for i := 0; i < v.typ.NumMethod(); i++ {
		n, _ := descMethod(v.typ, v.typ.exportedMethod(i))
		if n == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in,
// assigning the slice in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	t := v.typ
	if v.IsNil() {
		panic("reflect: call of nil function")
	}
	isSlice := op == "CallSlice"
	n := t.NumIn()
	isVariadic := t.IsVariadic()
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if !isSlice && isVariadic {
		// The extra arguments become the variadic parameter's slice.
		m := len(in) - n
		slice := MakeSlice(t.In(n), m, m)
		elem := t.In(n).Elem()
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		all := make([]Value, n+1)
		copy(all, in[:n])
		all[n] = slice
		in = all
	}
	args := make([]unsafe.Pointer, len(in))
	for i, x := range in {
		args[i] = x.assignTo("reflect.Value.Call", descIn(t, i)).ptr
	}
	nout := descNumOut(t)
	results := make([]unsafe.Pointer, nout)
	out := make([]Value, nout)
	for i := 0; i < nout; i++ {
		rt := descOut(t, i)
		results[i] = unsafe_New(rt)
		out[i] = Value{rt, results[i], 0}
	}
	callFunc(t, v.ptr, args, results)
	return out
}

// MakeFunc returns a new function of the given Type that wraps the
// function fn. When called, that new function converts its arguments to
// a slice of Values, runs fn, and returns fn's results as the values of
// the function's result types.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	t := typ.common()
	impl := func(args, results []unsafe.Pointer) {
		in := make([]Value, len(args))
		for i, p := range args {
			// A copy: the arguments live in the call's frame, and fn may keep them.
			at := descIn(t, i)
			c := unsafe_New(at)
			typedmemmove(at, c, p, 1)
			in[i] = Value{at, c, 0}
		}
		out := fn(in)
		if len(out) != len(results) {
			panic("reflect: wrong return count from function created by MakeFunc")
		}
		for i, v := range out {
			if v.typ == nil {
				panic("reflect: function created by MakeFunc using " + funcName(fn) + " returned zero Value")
			}
			if v.flag&flagRO != 0 {
				panic("reflect: function created by MakeFunc using " + funcName(fn) + " returned value obtained from unexported field")
			}
			rt := descOut(t, i)
			v = v.assignTo("reflect.MakeFunc", rt)
			typedmemmove(rt, results[i], v.ptr, 1)
		}
	}
	return Value{t, makeFunc(t, impl), 0}
}

// funcName is the name of the function f for MakeFunc's panics, as gc
// names it (runtime.FuncForPC of its code).
func funcName(f func([]Value) []Value) string {
	if rf := runtime.FuncForPC(ValueOf(f).Pointer()); rf != nil {
		return rf.Name()
	}
	return "closure"
}
