// This file implements the reading of the IANA time zone database:
// LoadLocation finds a zone's TZif file (under $ZONEINFO, then the
// system's directories), LoadLocationFromTZData decodes one (RFC 8536:
// version 1's 32-bit data, or version 2 and 3's 64-bit data and the TZ
// rule that follows it), and initLocal sets up Local from $TZ or
// /etc/localtime as gc does.
package time

import (
	"errors"
	"syscall"
)

// The directories searched for the database on Unix systems, as in gc.
var zoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

var errLocation = errors.New("time: invalid location name")
var errBadData = errors.New("malformed time zone information")

// LoadLocation returns the Location with the given name.
//
// If the name is "" or "UTC", LoadLocation returns UTC. If the name is
// "Local", LoadLocation returns Local. Otherwise, the name is taken to be
// a location name corresponding to a file in the IANA Time Zone database,
// such as "America/New_York", looked for in the directory named by the
// ZONEINFO environment variable, then in the system's standard
// installation location.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		// No IANA name has a dot dot or starts with a slash.
		return nil, errLocation
	}
	var firstErr error
	if dir, _ := getenv("ZONEINFO"); dir != "" {
		data, err := readZoneFile(dir + "/" + name)
		if err == nil {
			l, err := LoadLocationFromTZData(name, data)
			if err == nil {
				return l, nil
			}
			firstErr = err
		} else if err != syscall.ENOENT {
			firstErr = err
		}
	}
	l, err := loadLocation(name, zoneSources)
	if err == nil {
		return l, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

// loadLocation returns the location from the first of dirs that holds a
// file called name.
func loadLocation(name string, dirs []string) (*Location, error) {
	var firstErr error
	for _, dir := range dirs {
		data, err := readZoneFile(dir + name)
		if err == nil {
			l, err := LoadLocationFromTZData(name, data)
			if err == nil {
				return l, nil
			}
			if firstErr == nil {
				firstErr = err
			}
		} else if firstErr == nil && err != syscall.ENOENT {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// containsDotDot reports whether s contains "..".
func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// readZoneFile returns the contents of a zone file (at most 10 MB, as in
// gc: no real one comes near).
func readZoneFile(path string) ([]byte, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	const maxSize = 10 << 20
	var data []byte
	buf := make([]byte, 4096)
	for {
		n, err := syscall.Read(fd, buf)
		if n > 0 {
			data = append(data, buf[:n]...)
		}
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return data, nil
		}
		if len(data) > maxSize {
			return nil, errors.New("file " + path + " is too large")
		}
	}
}

// tzifReader reads the big-endian fields of a TZif file.
type tzifReader struct {
	p   []byte
	bad bool // ran out of data
}

func (r *tzifReader) bytes(n int) []byte {
	if n < 0 || len(r.p) < n {
		r.p, r.bad = nil, true
		return nil
	}
	b := r.p[:n]
	r.p = r.p[n:]
	return b
}

func (r *tzifReader) uint32() uint32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func (r *tzifReader) uint64() uint64 {
	hi := uint64(r.uint32())
	return hi<<32 | uint64(r.uint32())
}

// The counts of a TZif header, in the file's order.
const (
	tzifUTCLocal = iota
	tzifStdWall
	tzifLeap
	tzifTime
	tzifZone
	tzifChar
	tzifCounts
)

// header reads a TZif header: the magic, the version (1, 2 or 3) and
// the six counts.
func (r *tzifReader) header() (version int, n [tzifCounts]int, ok bool) {
	if string(r.bytes(4)) != "TZif" {
		return 0, n, false
	}
	v := r.bytes(16) // the version and 15 reserved bytes
	if v == nil {
		return 0, n, false
	}
	switch v[0] {
	case 0:
		version = 1
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return 0, n, false
	}
	for i := range n {
		c := r.uint32()
		if r.bad || c > 1<<31-1 {
			return 0, n, false
		}
		n[i] = int(c)
	}
	return version, n, true
}

// LoadLocationFromTZData returns a Location with the given name
// initialized from the IANA Time Zone database-formatted data. The data
// should be in the format of a standard IANA time zone file (for example,
// the content of /etc/localtime on Unix systems).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := &tzifReader{p: data}
	version, n, ok := r.header()
	if !ok {
		return nil, errBadData
	}
	timeSize := 4
	if version > 1 {
		// Skip the 32-bit block; the 64-bit one after it covers more time.
		r.bytes(n[tzifTime]*5 + n[tzifZone]*6 + n[tzifChar] + n[tzifLeap]*8 +
			n[tzifStdWall] + n[tzifUTCLocal])
		if version, n, ok = r.header(); !ok {
			return nil, errBadData
		}
		timeSize = 8
	}
	times := &tzifReader{p: r.bytes(n[tzifTime] * timeSize)}
	indices := r.bytes(n[tzifTime])
	types := &tzifReader{p: r.bytes(n[tzifZone] * 6)}
	abbrevs := r.bytes(n[tzifChar])
	r.bytes(n[tzifLeap] * (timeSize + 4))
	r.bytes(n[tzifStdWall])
	r.bytes(n[tzifUTCLocal])
	if r.bad {
		return nil, errBadData
	}
	// The footer: the TZ rule between newlines.
	var extend string
	if rest := r.p; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}

	if n[tzifZone] == 0 {
		return nil, errBadData // a location without zones is of no use
	}
	zones := make([]zone, n[tzifZone])
	for i := range zones {
		offset := types.uint32()
		dst := types.bytes(1)
		abbr := types.bytes(1)
		if types.bad || int(abbr[0]) >= len(abbrevs) {
			return nil, errBadData
		}
		zones[i] = zone{name: cString(abbrevs[abbr[0]:]), offset: int(int32(offset)), isDST: dst[0] != 0}
	}
	tx := make([]zoneTrans, n[tzifTime])
	for i := range tx {
		if timeSize == 4 {
			tx[i].when = int64(int32(times.uint32()))
		} else {
			tx[i].when = int64(times.uint64())
		}
		if times.bad || int(indices[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = indices[i]
	}
	if len(tx) == 0 {
		// A fixed zone (Etc/GMT+5): one transition at the beginning of time.
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}
	return &Location{name: name, zones: zones, tx: tx, extend: extend}, nil
}

// cString returns b up to its first NUL.
func cString(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// initLocal sets up Local as gc does: TZ unset means /etc/localtime (under
// the name "Local"); TZ="" means UTC; TZ=":name" is TZ="name"; an
// absolute path is read as a file (named by the path, or "Local" for
// /etc/localtime); another name is looked up in the database. Whatever
// fails falls back to UTC.
func initLocal() {
	tz, set := getenv("TZ")
	switch {
	case !set:
		if l, err := loadLocation("localtime", []string{"/etc/"}); err == nil {
			localLoc = *l
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if l, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *l
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if l, err := loadLocation(tz, zoneSources); err == nil {
				localLoc = *l
				return
			}
		}
	}
	localLoc = Location{name: "UTC"}
}

func init() {
	initLocal()
}

// getenv returns the environment variable key and whether it is set.
//
//go2cpp:native
func getenv(key string) (value string, found bool)
