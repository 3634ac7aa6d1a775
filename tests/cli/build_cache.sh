#!/usr/bin/env bash
# `go2cpp build` and the program cache: the first build compiles, the
# second copies the cached program without invoking the compiler (and the
# copy runs), -a and a changed source compile again, -work always compiles
# (it is asked to keep the emitted C++), and no build directory is left.
#
#   build_cache.sh GO2CPP FILE.go WORKDIR EXPECTED-LINE
set -u
go2cpp=$1 src=$2 work=$3 expected=$4
rm -rf "$work" && mkdir -p "$work"
export GO2CPP_CACHE=$work/cache
cp "$src" "$work/prog.go"
fail() { echo "FAIL: $1"; echo "--- output:"; printf '%s\n' "$2"; exit 1; }
compiled() { printf '%s\n' "$1" | grep -q 'exec: .* -c '; }

first=$("$go2cpp" -v build -o "$work/a" "$work/prog.go" 2>&1) || fail "first build failed" "$first"
compiled "$first" || fail "first build did not compile" "$first"
[ "$("$work/a")" = "$expected" ] || fail "the built program printed something else" "$("$work/a")"

second=$("$go2cpp" -v build -o "$work/b" "$work/prog.go" 2>&1) || fail "second build failed" "$second"
printf '%s\n' "$second" | grep -q 'cache hit' || fail "second build: no 'cache hit' line" "$second"
compiled "$second" && fail "an unchanged program was compiled again" "$second"
[ "$("$work/b")" = "$expected" ] || fail "the copied program printed something else" "$("$work/b")"
# A copy, not a link: overwriting it leaves the cache alone.
: >"$work/b"
third=$("$go2cpp" build -o "$work/c" "$work/prog.go" 2>&1) || fail "third build failed" "$third"
[ "$("$work/c")" = "$expected" ] || fail "the cached program was damaged through a copy" "$("$work/c")"

forced=$("$go2cpp" -v build -a -o "$work/d" "$work/prog.go" 2>&1) || fail "build -a failed" "$forced"
compiled "$forced" || fail "build -a did not compile" "$forced"
kept=$("$go2cpp" -v build -work -o "$work/e" "$work/prog.go" 2>&1) || fail "build -work failed" "$kept"
compiled "$kept" || fail "build -work did not compile" "$kept"
rm -rf "$(printf '%s\n' "$kept" | sed -n 's/^WORK=//p')"

printf '\n// changed\n' >> "$work/prog.go"
changed=$("$go2cpp" -v build -o "$work/f" "$work/prog.go" 2>&1) || fail "build of the changed source failed" "$changed"
compiled "$changed" || fail "a changed source must compile again" "$changed"

[ -z "$(ls -A "$GO2CPP_CACHE/tmp")" ] || fail "build directories left in tmp/" "$(ls -la "$GO2CPP_CACHE/tmp")"
echo PASS
