// Package math/bits: every function on edge values; Div's panics.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0x8000_0000, 0xdead_beef, 1 << 63, 0xffff_ffff_ffff_ffff, 0x0123_4567_89ab_cdef}
	for _, x := range xs {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 5), bits.RotateLeft64(x, -3))
		fmt.Println(bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)),
			bits.Reverse32(uint32(x)), bits.ReverseBytes32(uint32(x)), bits.RotateLeft32(uint32(x), 7))
		fmt.Println(bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.OnesCount16(uint16(x)), bits.Len16(uint16(x)),
			bits.Reverse16(uint16(x)), bits.ReverseBytes16(uint16(x)), bits.RotateLeft16(uint16(x), -1))
		fmt.Println(bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)), bits.Len8(uint8(x)),
			bits.Reverse8(uint8(x)), bits.RotateLeft8(uint8(x), 3))
		fmt.Println(bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)),
			bits.Reverse(uint(x)), bits.ReverseBytes(uint(x)), bits.RotateLeft(uint(x), 9))
	}
	fmt.Println(bits.UintSize)
	for _, p := range [][2]uint64{{0, 0}, {1, 1}, {1<<64 - 1, 1<<64 - 1}, {1 << 63, 2}, {0xdead_beef_1234, 0x9876_5432_1fed}} {
		x, y := p[0], p[1]
		s, c := bits.Add64(x, y, 1)
		d, b := bits.Sub64(x, y, 1)
		hi, lo := bits.Mul64(x, y)
		s32, c32 := bits.Add32(uint32(x), uint32(y), 1)
		d32, b32 := bits.Sub32(uint32(x), uint32(y), 1)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		fmt.Println(s, c, d, b, hi, lo, s32, c32, d32, b32, h32, l32)
		su, cu := bits.Add(uint(x), uint(y), 0)
		du, bu := bits.Sub(uint(x), uint(y), 0)
		hu, lu := bits.Mul(uint(x), uint(y))
		fmt.Println(su, cu, du, bu, hu, lu)
	}
	q, r := bits.Div64(3, 12345, 7)
	fmt.Println(q, r, bits.Rem64(100, 5, 7))
	q32, r32 := bits.Div32(3, 12345, 7)
	fmt.Println(q32, r32, bits.Rem32(100, 5, 7))
	qu, ru := bits.Div(1, 0, 3)
	fmt.Println(qu, ru, bits.Rem(5, 5, 3))
	for _, y := range []uint64{0, 3} {
		func() {
			defer func() {
				err := recover()
				fmt.Println("recovered:", err)
				if e, ok := err.(error); ok {
					fmt.Println(e.Error())
				}
			}()
			fmt.Println(bits.Div64(3, 0, y))
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(bits.Div32(5, 0, 5))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(bits.Rem64(5, 0, 0))
	}()
}
