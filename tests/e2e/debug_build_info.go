// runtime/debug's build information: BuildInfo.String and ParseBuildInfo
// convert between the struct and the go command's text form, quoting and
// errors included.
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	bi := &debug.BuildInfo{
		GoVersion: "go1.19",
		Path:      "example.com/cmd/tool",
		Main:      debug.Module{Path: "example.com", Version: "(devel)"},
		Deps: []*debug.Module{
			{Path: "golang.org/x/text", Version: "v0.3.7", Sum: "h1:abc="},
			{Path: "example.org/old", Version: "v1.0.0", Replace: &debug.Module{Path: "../old", Version: "", Sum: ""}},
		},
		Settings: []debug.BuildSetting{
			{Key: "-compiler", Value: "gc"},
			{Key: "-ldflags", Value: "-s -w"},
			{Key: "weird key", Value: "tab\there"},
			{Key: "", Value: "`x`"},
			{Key: "CGO_ENABLED", Value: ""},
		},
	}
	text := bi.String()
	fmt.Print(text)
	back, err := debug.ParseBuildInfo(text)
	fmt.Println(err, back.GoVersion == "", back.Path, back.Main, len(back.Deps), *back.Deps[0], back.Deps[1].Replace)
	back.GoVersion = bi.GoVersion
	fmt.Println("round trip:", back.String() == text)

	for _, bad := range []string{
		"mod\tonly-path\n",
		"dep\ta\tb\tc\td\n",
		"=>\ta\tb\tc\n",
		"mod\ta\tb\n=>\tx\ty\n",
		"build\t\n",
		"build\t=v\n",
		"build\tkey\n",
		"build\tmy key=v\n",
		"build\tk=two words\n",
		"build\t\"k\n",
		"build\t\"k\"\n",
		"build\t\"k\"x\n",
		"build\tk=\"unterminated\n",
		"path\tp\nmod\tm\tv\n\nbuild\tk=v\nunknown line\nbuild\t\"a b\"=\"c d\"\nbuild\tno-newline=x",
	} {
		bi, err := debug.ParseBuildInfo(bad)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q %v\n", bi.String(), bi.Settings)
	}
}
