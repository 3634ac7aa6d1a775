#!/usr/bin/env bash
# `go2cpp -p PATH -o DIR -depfile FILE FILE.go...` translates a package
# other than main, as rtlib's build does for the standard packages: the
# header is named after the path's last element, the namespace after the
# whole path, init_package() runs once and initializes the imports first,
# the depfile names every Go file read (the imported packages' too), and
# what go2cpp cannot translate yet (geo.Pair, and geo.Swap which calls
# it) is left out of the package and refused by name where a program uses it.
#
#   translate_package.sh GO2CPP TESTDATA_DIR WORKDIR
set -u
go2cpp=$1 data=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
src=$data/pkg/example/geo/geo.go
fail() { echo "FAIL: $1"; ls -la "$work"/out; exit 1; }
expect() { grep -qF -- "$2" "$work/out/$1" || fail "$1 lacks: $2"; }

"$go2cpp" -p example/geo -o "$work/out" -depfile "$work/geo.d" "$src" || fail "translate -p failed"
[ -s "$work/out/geo.hpp" ] || fail "no geo.hpp"
[ -s "$work/out/geo.go.cpp" ] || fail "no geo.go.cpp"
expect geo.hpp '#include "unicode/utf8/utf8.hpp"'
expect geo.hpp 'namespace example::geo {'
expect geo.hpp 'extern Point Origin;'
expect geo.go.cpp '#include "example/geo/geo.hpp"'
expect geo.go.cpp 'if (initialized) return;'
expect geo.go.cpp 'unicode::utf8::init_package();'
grep -q 'int main' "$work/out/geo.go.cpp" && fail "a package other than main defines main()"
grep -qF "$work/out/geo.hpp:" "$work/geo.d" || fail "the depfile's target is not the header"
grep -qF "$src" "$work/geo.d" || fail "the depfile does not name $src"
grep -qF "unicode/utf8/utf8.go" "$work/geo.d" || fail "the depfile does not name the imported package"
grep -qE 'Pair|Swap' "$work/out/geo.hpp" "$work/out/geo.go.cpp" && fail "Pair or Swap was translated"
msg=$(GO2CPP_PKGROOT=$data/pkg "$go2cpp" emit "$data/uses_geo/main.go" 2>&1 >/dev/null)
[ $? -eq 1 ] || fail "a program using geo.Swap was not refused"
want="uses_geo/main.go:10:14: go2cpp does not support geo.Swap (it needs a heap profiler) yet"
[[ $msg == *"$want" ]] || fail "refusal reads: $msg"
echo PASS
