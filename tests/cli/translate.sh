#!/usr/bin/env bash
# `go2cpp FILE.go -o DIR` writes the translation into DIR (the package's
# header and one .cpp per Go file, with #line directives naming the Go
# file as given); without -o it writes next to the input.
#
#   translate.sh GO2CPP FILE.go WORKDIR
set -u
go2cpp=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work/next"
base=$(basename "$src")
fail() { echo "FAIL: $1"; ls -la "$work" "$work"/*; exit 1; }

"$go2cpp" "$src" -o "$work/out" || fail "translate -o failed"
[ -s "$work/out/$base.cpp" ] || fail "no $work/out/$base.cpp"
ls "$work/out"/*.pkg.hpp >/dev/null 2>&1 || fail "no package header in $work/out"
grep -qF "#line" "$work/out/$base.cpp" || fail "no #line directive in $base.cpp"
grep -qF "\"$src\"" "$work/out/$base.cpp" || fail "#line does not name $src as given"

cp "$src" "$work/next/$base"
"$go2cpp" "$work/next/$base" || fail "translate next to the input failed"
[ -s "$work/next/$base.cpp" ] || fail "no $work/next/$base.cpp"
echo PASS
