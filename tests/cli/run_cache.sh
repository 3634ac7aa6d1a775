#!/usr/bin/env bash
# The run cache: the first `go2cpp -v run` of a program compiles it, the
# second finds it in the cache and runs it without invoking the compiler,
# with the same output; a changed source compiles again.
#
#   run_cache.sh GO2CPP FILE.go WORKDIR
set -u
go2cpp=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
export GO2CPP_CACHE=$work/cache
cp "$src" "$work/prog.go"

fail() { echo "FAIL: $1"; echo "--- output:"; printf '%s\n' "$2"; exit 1; }
program_output() { printf '%s\n' "$1" | grep -v '^go2cpp: \[' ; }

first=$("$go2cpp" -v run "$work/prog.go" 2>&1) || fail "first run failed" "$first"
printf '%s\n' "$first" | grep -q 'cache miss' || fail "first run: no 'cache miss' line" "$first"
printf '%s\n' "$first" | grep -q 'exec: .* -c ' || fail "first run did not compile" "$first"

start=$(date +%s%N)
second=$("$go2cpp" -v run "$work/prog.go" 2>&1) || fail "second run failed" "$second"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
printf '%s\n' "$second" | grep -q 'cache hit' || fail "second run: no 'cache hit' line" "$second"
if printf '%s\n' "$second" | grep -q 'exec: .* -c '; then fail "second run invoked the compiler" "$second"; fi
[ "$(program_output "$first")" = "$(program_output "$second")" ] ||
  fail "the cached program printed something else" "$first"$'\n---\n'"$second"
echo "cached run took ${elapsed_ms} ms"

# Touching the source without changing it keeps the entry (the key is the
# content); changing it builds anew.
touch "$work/prog.go"
third=$("$go2cpp" -v run "$work/prog.go" 2>&1) || fail "third run failed" "$third"
printf '%s\n' "$third" | grep -q 'cache hit' || fail "touch alone should not rebuild" "$third"
printf '\n// changed\n' >> "$work/prog.go"
fourth=$("$go2cpp" -v run "$work/prog.go" 2>&1) || fail "fourth run failed" "$fourth"
printf '%s\n' "$fourth" | grep -q 'cache miss' || fail "a changed source must rebuild" "$fourth"

[ -z "$(ls -A "$GO2CPP_CACHE/tmp")" ] || fail "build directories left in tmp/" "$(ls -la "$GO2CPP_CACHE/tmp")"
echo PASS
