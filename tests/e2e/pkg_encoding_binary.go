// Package encoding/binary: both byte orders (Uint*, PutUint*, AppendUint*,
// String, GoString), varints in every form with their errors, and the
// index panic of a short slice.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

func main() {
	b := []byte{1, 2, 3, 4, 5, 6, 7, 8}
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		fmt.Printf("%v %x %x %x\n", o, o.Uint16(b), o.Uint32(b), o.Uint64(b))
		p := make([]byte, 8)
		o.PutUint16(p, 0xbeef)
		o.PutUint32(p[2:], 0xdeadbeef)
		fmt.Println(p)
		o.PutUint64(p, 0x0102030405060708)
		fmt.Println(p)
	}
	fmt.Println(binary.LittleEndian.AppendUint16(nil, 0x1234), binary.BigEndian.AppendUint32([]byte{9}, 0xa0b0c0d0),
		binary.LittleEndian.AppendUint64(nil, 1<<63|5), binary.BigEndian.AppendUint64(nil, 258))
	fmt.Printf("%#v %#v %s\n", binary.LittleEndian, binary.BigEndian, binary.BigEndian)

	buf := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{0, 1, -1, 63, -64, 64, 300, -300, 1 << 40, -1 << 63, 1<<63 - 1} {
		n := binary.PutVarint(buf, v)
		got, m := binary.Varint(buf[:n])
		un := binary.PutUvarint(buf, uint64(v))
		ugot, um := binary.Uvarint(buf[:un])
		fmt.Println(v, n, got, m, un, ugot, um, binary.AppendVarint(nil, v), binary.AppendUvarint(nil, uint64(v)))
	}
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0xac, 0x02})))
	fmt.Println(binary.ReadVarint(bytes.NewReader([]byte{0x03})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(nil)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0x80})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.BigEndian.Uint32(b[:3])
	}()
}
