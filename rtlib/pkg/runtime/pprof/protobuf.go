// This file implements the protocol-buffer encoding that profile.proto
// (github.com/google/pprof/proto/profile.proto) needs: varints, packed
// repeated integers, strings and nested messages. The profile is written
// uncompressed; pprof reads both.
package pprof

type protobuf struct {
	data []byte
}

func (b *protobuf) varint(x uint64) {
	for x >= 0x80 {
		b.data = append(b.data, byte(x)|0x80)
		x >>= 7
	}
	b.data = append(b.data, byte(x))
}

// key writes a field's tag and wire type (0 varint, 2 length-delimited).
func (b *protobuf) key(tag int, wire int) {
	b.varint(uint64(tag)<<3 | uint64(wire))
}

func (b *protobuf) uint64(tag int, x uint64) {
	b.key(tag, 0)
	b.varint(x)
}

func (b *protobuf) int64(tag int, x int64) {
	b.uint64(tag, uint64(x))
}

// int64Opt and uint64Opt leave out a zero, proto3's default.
func (b *protobuf) int64Opt(tag int, x int64) {
	if x != 0 {
		b.int64(tag, x)
	}
}

func (b *protobuf) uint64Opt(tag int, x uint64) {
	if x != 0 {
		b.uint64(tag, x)
	}
}

func (b *protobuf) bool(tag int, x bool) {
	if x {
		b.uint64(tag, 1)
	}
}

func (b *protobuf) uint64s(tag int, x []uint64) {
	var packed protobuf
	for _, u := range x {
		packed.varint(u)
	}
	b.bytes(tag, packed.data)
}

func (b *protobuf) int64s(tag int, x []int64) {
	var packed protobuf
	for _, u := range x {
		packed.varint(uint64(u))
	}
	b.bytes(tag, packed.data)
}

func (b *protobuf) bytes(tag int, x []byte) {
	b.key(tag, 2)
	b.varint(uint64(len(x)))
	b.data = append(b.data, x...)
}

func (b *protobuf) string(tag int, x string) {
	b.key(tag, 2)
	b.varint(uint64(len(x)))
	b.data = append(b.data, x...)
}

// message writes a nested message.
func (b *protobuf) message(tag int, m *protobuf) {
	b.bytes(tag, m.data)
}
