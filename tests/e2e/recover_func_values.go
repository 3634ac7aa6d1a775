// recover() through deferred func values: it stops the panic only in the
// function the deferred call calls, not in what that function calls
// (Go's test/recover.go test16), for plain func values and reflect.MakeFunc.
package main

import (
	"fmt"
	"reflect"
)

func tryRecover(who string) {
	if v := recover(); v != nil {
		fmt.Println(who, "recovered", v)
	} else {
		fmt.Println(who, "found nothing")
	}
}

func recoversItself() { tryRecover("nested call") }

func recoverDirect() {
	if v := recover(); v != nil {
		fmt.Println("direct func value recovered", v)
	}
}

func viaFuncValue() {
	defer tryRecover("outer defer")
	f := recoversItself
	defer f()
	panic("one")
}

func directFuncValue() {
	f := recoverDirect
	defer f()
	panic("two")
}

func makeFuncRecovers(args []reflect.Value) []reflect.Value {
	tryRecover("MakeFunc impl")
	return nil
}

func makeFuncCalls(args []reflect.Value) []reflect.Value {
	args[0].Interface().(func())()
	return nil
}

func viaMakeFunc() {
	defer tryRecover("outer defer")
	outer := reflect.MakeFunc(reflect.TypeOf((func(func()))(nil)), makeFuncCalls).Interface().(func(func()))
	inner := reflect.MakeFunc(reflect.TypeOf((func())(nil)), makeFuncRecovers).Interface().(func())
	defer outer(inner)
	panic("three")
}

func directMakeFunc() {
	defer tryRecover("outer defer")
	f := reflect.MakeFunc(reflect.TypeOf((func())(nil)), func(args []reflect.Value) []reflect.Value {
		if v := recover(); v != nil {
			fmt.Println("MakeFunc closure recovered", v)
		}
		return nil
	}).Interface().(func())
	defer f()
	panic("four")
}

type T struct{}

func (T) M() { tryRecover("method value's nested call") }

func viaMethodValue() {
	defer tryRecover("outer defer")
	f := T{}.M
	defer f()
	panic("five")
}

func main() {
	viaFuncValue()
	directFuncValue()
	viaMakeFunc()
	directMakeFunc()
	viaMethodValue()
}
