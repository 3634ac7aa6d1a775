// This file implements Location: a time zone as the IANA database
// describes one, a list of zones (abbreviation, offset, daylight saving)
// and the instants at which the zone in use changes, plus a POSIX TZ rule
// (zoneinfo_rule.go) for instants after the last listed change. UTC has
// no zones at all; FixedZone makes a location with one zone and no
// changes; LoadLocation reads the database (zoneinfo_read.go).
package time

// A Location maps time instants to the zone in use at that time.
// Typically, the Location represents the collection of time offsets in use
// in a geographical area.
type Location struct {
	name  string
	zones []zone
	tx    []zoneTrans
	// extend is the POSIX TZ rule for instants after the last transition,
	// as the end of a TZif file gives it ("CET-1CEST,M3.5.0,M10.5.0/3").
	extend string
}

// A zone is one of a location's time zones.
type zone struct {
	name   string // abbreviation, such as "CET"
	offset int    // seconds east of UTC
	isDST  bool
}

// A zoneTrans is an instant from which a location uses another zone.
type zoneTrans struct {
	when  int64 // Unix seconds
	index uint8 // into zones
}

// The bounds lookup returns for a zone without a start or an end.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// localLoc is filled in when the package starts (initLocal).
var localLoc Location

// Local represents the system's local time zone: the one TZ names, or
// /etc/localtime's when TZ is unset (UTC when TZ is empty or unknown).
var Local *Location = &localLoc

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{
		name:  name,
		zones: []zone{{name: name, offset: offset}},
		tx:    []zoneTrans{{when: alpha, index: 0}},
	}
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	return l.get().name
}

// get returns l, or UTC for a nil Location (the zero Time's).
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// lookup returns the zone in use at sec (Unix seconds): its abbreviation,
// offset and daylight saving flag, and the instants [start, end) during
// which it is in use.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zones) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zones[l.firstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	// The last transition at or before sec, by binary search.
	lo, hi := 0, len(l.tx)
	end = omega
	for hi-lo > 1 {
		m := lo + (hi-lo)/2
		if sec < l.tx[m].when {
			end = l.tx[m].when
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zones[l.tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, l.tx[lo].when, z.isDST
	if lo == len(l.tx)-1 && l.extend != "" {
		if rname, roffset, rstart, rend, rdst, ok := ruleLookup(l.extend, start, sec); ok {
			return rname, roffset, rstart, rend, rdst
		}
	}
	return name, offset, start, end, isDST
}

// firstZone returns the zone in use before the first transition, as the
// reference implementation (tzcode's localtime.c) chooses it: the first
// zone if no transition uses it; else, if the first transition goes to
// daylight saving time, the nearest standard zone listed before that
// one; else the first standard zone; else the first zone.
func (l *Location) firstZone() int {
	used := false
	for _, t := range l.tx {
		if t.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zones[l.tx[0].index].isDST {
		for i := int(l.tx[0].index) - 1; i >= 0; i-- {
			if !l.zones[i].isDST {
				return i
			}
		}
	}
	for i := range l.zones {
		if !l.zones[i].isDST {
			return i
		}
	}
	return 0
}

// lookupName returns the offset of the zone called name (such as "EST")
// at the instant whose wall clock in UTC is sec (Unix seconds): a zone of that name in
// use at that time if there is one (both of Sydney's zones are "EST"),
// else any zone of that name.
func (l *Location) lookupName(name string, sec int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zones {
		z := &l.zones[i]
		if z.name == name {
			if n, off, _, _, _ := l.lookup(sec - int64(z.offset)); n == z.name {
				return off, true
			}
		}
	}
	for i := range l.zones {
		if l.zones[i].name == name {
			return l.zones[i].offset, true
		}
	}
	return 0, false
}
