// This file implements the build information of package debug: the
// BuildInfo, Module and BuildSetting types, their text form (String) and
// its parser (ParseBuildInfo), in the format the go command embeds in the
// binaries it builds. ReadBuildInfo is not here: go2cpp's driver embeds no
// such record in its binaries yet.
package debug

import (
	"fmt"
	"strconv"
	"strings"
)

// BuildInfo represents the build information read from a Go binary.
type BuildInfo struct {
	GoVersion string         // Version of Go that produced this binary.
	Path      string         // The main package path
	Main      Module         // The module containing the main package
	Deps      []*Module      // Module dependencies
	Settings  []BuildSetting // Other information about the build.
}

// Module represents a module.
type Module struct {
	Path    string  // module path
	Version string  // module version
	Sum     string  // checksum
	Replace *Module // replaced by this module
}

// BuildSetting is a key-value pair describing one setting that influenced
// a build.
type BuildSetting struct {
	// Key and Value describe the build setting. Key must not contain an
	// equals sign, space, tab, or newline. Value must not contain
	// newlines ('\n').
	Key, Value string
}

// needsQuotedKey and needsQuotedValue say when a setting's key or value
// is written as a Go string literal.
func needsQuotedKey(key string) bool {
	return len(key) == 0 || strings.ContainsAny(key, "= \t\r\n\"`")
}

func needsQuotedValue(value string) bool {
	return strings.ContainsAny(value, " \t\r\n\"`")
}

// String returns the text form of bi: lines "go", "path", "mod", "dep"
// (each followed by "=>" for a replacement) and "build key=value", their
// fields separated by tabs.
func (bi *BuildInfo) String() string {
	var b strings.Builder
	if bi.GoVersion != "" {
		fmt.Fprintf(&b, "go\t%s\n", bi.GoVersion)
	}
	if bi.Path != "" {
		fmt.Fprintf(&b, "path\t%s\n", bi.Path)
	}
	if bi.Main != (Module{}) {
		writeModule(&b, "mod", bi.Main)
	}
	for _, dep := range bi.Deps {
		writeModule(&b, "dep", *dep)
	}
	for _, s := range bi.Settings {
		key, value := s.Key, s.Value
		if needsQuotedKey(key) {
			key = strconv.Quote(key)
		}
		if needsQuotedValue(value) {
			value = strconv.Quote(value)
		}
		fmt.Fprintf(&b, "build\t%s=%s\n", key, value)
	}
	return b.String()
}

// writeModule writes m's line: word, path and version, and then the sum
// or, for a replaced module, its replacement's "=>" line.
func writeModule(b *strings.Builder, word string, m Module) {
	b.WriteString(word + "\t" + m.Path + "\t" + m.Version)
	if m.Replace == nil {
		b.WriteString("\t" + m.Sum)
	} else {
		b.WriteString("\n")
		writeModule(b, "=>", *m.Replace)
	}
	b.WriteString("\n")
}

// ParseBuildInfo parses the string returned by BuildInfo.String, restoring
// the original BuildInfo, except that the GoVersion field is not set.
// Lines of other kinds, and a last line without a newline, are ignored.
func ParseBuildInfo(data string) (bi *BuildInfo, err error) {
	lineNum := 1
	defer func() {
		if err != nil {
			err = fmt.Errorf("could not parse Go build info: line %d: %w", lineNum, err)
		}
	}()
	bi = new(BuildInfo)
	var last *Module // the module a "=>" line replaces
	for {
		line, rest, ok := strings.Cut(data, "\n")
		if !ok {
			break
		}
		data = rest
		word, fields, tab := strings.Cut(line, "\t")
		if !tab {
			word = "" // not a line of any kind
		}
		switch word {
		case "path":
			bi.Path = fields
		case "mod", "dep":
			m, err := parseModule(strings.Split(fields, "\t"))
			if err != nil {
				return nil, err
			}
			if word == "mod" {
				bi.Main = m
				last = &bi.Main
			} else {
				last = &m
				bi.Deps = append(bi.Deps, last)
			}
		case "=>":
			elem := strings.Split(fields, "\t")
			if len(elem) != 3 {
				return nil, fmt.Errorf("expected 3 columns for replacement; got %d", len(elem))
			}
			if last == nil {
				return nil, fmt.Errorf("replacement with no module on previous line")
			}
			last.Replace = &Module{Path: elem[0], Version: elem[1], Sum: elem[2]}
			last = nil
		case "build":
			s, err := parseSetting(fields)
			if err != nil {
				return nil, err
			}
			bi.Settings = append(bi.Settings, s)
		}
		lineNum++
	}
	return bi, nil
}

// parseModule reads the fields of a "mod" or "dep" line: path, version
// and, optionally, the sum.
func parseModule(elem []string) (Module, error) {
	if len(elem) != 2 && len(elem) != 3 {
		return Module{}, fmt.Errorf("expected 2 or 3 columns; got %d", len(elem))
	}
	m := Module{Path: elem[0], Version: elem[1]}
	if len(elem) == 3 {
		m.Sum = elem[2]
	}
	return m, nil
}

// parseSetting reads the key=value of a "build" line; either may be a
// quoted Go string, and must be when String would quote it.
func parseSetting(kv string) (BuildSetting, error) {
	if len(kv) < 1 {
		return BuildSetting{}, fmt.Errorf("build line missing '='")
	}
	var key, rawValue string
	switch kv[0] {
	case '=':
		return BuildSetting{}, fmt.Errorf("build line with missing key")
	case '`', '"':
		rawKey, err := strconv.QuotedPrefix(kv)
		if err != nil {
			return BuildSetting{}, fmt.Errorf("invalid quoted key in build line")
		}
		if len(kv) == len(rawKey) {
			return BuildSetting{}, fmt.Errorf("build line missing '=' after quoted key")
		}
		if c := kv[len(rawKey)]; c != '=' {
			return BuildSetting{}, fmt.Errorf("unexpected character after quoted key: %q", c)
		}
		key, _ = strconv.Unquote(rawKey)
		rawValue = kv[len(rawKey)+1:]
	default:
		var ok bool
		key, rawValue, ok = strings.Cut(kv, "=")
		if !ok {
			return BuildSetting{}, fmt.Errorf("build line missing '=' after key")
		}
		if needsQuotedKey(key) {
			return BuildSetting{}, fmt.Errorf("unquoted key %q must be quoted", key)
		}
	}
	value := rawValue
	if len(rawValue) > 0 && (rawValue[0] == '`' || rawValue[0] == '"') {
		var err error
		if value, err = strconv.Unquote(rawValue); err != nil {
			return BuildSetting{}, fmt.Errorf("invalid quoted value in build line")
		}
	} else if needsQuotedValue(value) {
		return BuildSetting{}, fmt.Errorf("unquoted value %q must be quoted", value)
	}
	return BuildSetting{Key: key, Value: value}, nil
}
