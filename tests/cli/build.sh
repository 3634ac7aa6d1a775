#!/usr/bin/env bash
# `go2cpp build`: the program is named after the first file and lands in
# the current directory, or where -o says (a directory: inside it); it runs
# and prints what the Go program prints.
#
#   build.sh GO2CPP FILE.go WORKDIR EXPECTED-LINE
set -u
go2cpp=$1 src=$(realpath "$2") work=$3 expected=$4
rm -rf "$work" && mkdir -p "$work/bin"
name=$(basename "$src" .go)
fail() { echo "FAIL: $1"; exit 1; }

(cd "$work" && "$go2cpp" build "$src") || fail "build in the current directory failed"
[ -x "$work/$name" ] || fail "no ./$name after go2cpp build $src"
[ "$("$work/$name")" = "$expected" ] || fail "./$name printed: $("$work/$name")"

"$go2cpp" build -o "$work/bin" "$src" || fail "build -o DIR failed"
[ -x "$work/bin/$name" ] || fail "no $work/bin/$name after -o $work/bin"

"$go2cpp" build -o "$work/renamed" "$src" || fail "build -o FILE failed"
[ "$("$work/renamed")" = "$expected" ] || fail "$work/renamed printed: $("$work/renamed")"
# -o naming a device or pipe builds and discards: the node stays what it was.
mkfifo "$work/pipe" || fail "mkfifo"
"$go2cpp" build -o "$work/pipe" "$src" || fail "build -o FIFO failed"
[ -p "$work/pipe" ] || fail "build -o FIFO replaced the pipe with a file"
echo PASS
