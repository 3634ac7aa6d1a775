// Methods on every kind of defined type (value and pointer receivers,
// automatic & and *), and embedding: promoted fields and methods through
// embedded structs and pointers at any depth, and the interfaces that the
// promoted methods satisfy.
package main

import "fmt"

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }
func (c *Celsius) Warm(by float64)    { *c += Celsius(by) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}
func (l *IntList) Push(v int) { *l = append(*l, v) }

type Counter int

func (c *Counter) Inc() int { *c++; return int(*c) }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct{ Created int }

func (t *Timestamps) Touch() { t.Created++ }

type User struct {
	Base
	*Timestamps
	Email string
}

type Admin struct {
	User
	Level int
}

type Describer interface{ Describe() string }
type Renamer interface {
	Describer
	Rename(string)
}

func show(d Describer) { fmt.Println("describe:", d.Describe()) }

func main() {
	c := Celsius(20)
	c.Warm(1.5)
	fmt.Println(c.Fahrenheit(), c)
	pc := &c
	fmt.Println(pc.Fahrenheit())

	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(39)
	fmt.Println(l.Sum(), len(l), l)

	var n Counter
	n.Inc()
	k := n.Inc()
	fmt.Println(k, n)

	u := User{Base: Base{1, "ann"}, Timestamps: &Timestamps{10}, Email: "a@x"}
	u.Rename("anna")
	u.Touch()
	fmt.Println(u.ID, u.Name, u.Created, u.Describe())

	a := Admin{User: u, Level: 3}
	a.Rename("root")
	a.Touch()
	fmt.Println(a.Name, a.Base.Name, u.Name, a.Created, u.Created, a.Level)
	fmt.Println(a.Describe())

	show(u)
	show(&a)
	var r Renamer = &a
	r.Rename("admin")
	fmt.Println(r.Describe(), a.Name)
	var d Describer = r
	fmt.Println(d.Describe())
	fmt.Printf("%v %+v\n", a.Base, a.Base)
}
