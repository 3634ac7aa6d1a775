package units

import "fmt"

type Length float64

func (l Length) String() string { return fmt.Sprintf("%.1fcm", float64(l)) }

var Unit = Length(1)

func init() { fmt.Println("init units") }
