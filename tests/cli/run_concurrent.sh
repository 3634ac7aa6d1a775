#!/usr/bin/env bash
# Two `go2cpp run` of the same new program at the same time, on one cache:
# both must build or find a complete program, print its output and leave
# one cache entry and no temporary directories behind.
#
#   run_concurrent.sh GO2CPP FILE.go WORKDIR EXPECTED-LINE
set -u
go2cpp=$1 src=$2 work=$3 expected=$4
rm -rf "$work" && mkdir -p "$work"
export GO2CPP_CACHE=$work/cache

"$go2cpp" run "$src" >"$work/out1" 2>&1 &
first=$!
"$go2cpp" run "$src" >"$work/out2" 2>&1 &
second=$!
wait $first; status1=$?
wait $second; status2=$?

fail() { echo "FAIL: $1"; for f in "$work"/out1 "$work"/out2; do echo "--- $f:"; cat "$f"; done; exit 1; }
[ $status1 -eq 0 ] && [ $status2 -eq 0 ] || fail "exit statuses $status1 and $status2"
grep -qxF "$expected" "$work/out1" && grep -qxF "$expected" "$work/out2" || fail "missing output line: $expected"
entries=$(ls "$GO2CPP_CACHE/bin" | wc -l)
[ "$entries" -eq 1 ] || fail "$entries cache entries, want 1"
[ -z "$(ls -A "$GO2CPP_CACHE/tmp")" ] || fail "build directories left in tmp/"
echo PASS
