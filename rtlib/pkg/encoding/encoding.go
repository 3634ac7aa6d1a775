// Package encoding (Go 1.19): the interfaces that types implement to
// convert themselves to and from bytes or text.
package encoding

// BinaryMarshaler encodes its receiver into binary form.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler decodes a binary form of itself.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler encodes its receiver into UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler decodes a textual form of itself.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
