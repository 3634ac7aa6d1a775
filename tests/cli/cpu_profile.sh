#!/usr/bin/env bash
# A CPU profile from runtime/pprof is one that gc's `go tool pprof` reads,
# with Go function names and Go lines: the program's hot function has most
# of the samples, its cold one fewer, and per line the hot function's
# loop body leads; the samples carry the goroutine's label phase=loop.
#
#   cpu_profile.sh GO2CPP testdata/cpuprof.go WORKDIR GO
set -u
go2cpp=$1 src=$2 work=$3 go=$4
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $1"; printf '%s\n' "$2"; exit 1; }
[ -x "$go" ] || fail "no Go toolchain at $go (scripts/setup installs golang-1.19-go)" ""
"$go2cpp" build -o "$work/prog" "$src" || fail "build" ""
out=$(GOMAXPROCS=2 "$work/prog" "$work/cpu.prof") || fail "the program failed" "$out"
[ "$out" = done ] || fail "unexpected output" "$out"
top=$(GOCACHE=$work/gocache "$go" tool pprof -top "$work/prog" "$work/cpu.prof" 2>&1) || fail "pprof -top" "$top"
printf '%s\n' "$top" | grep -q '^Type: cpu$' || fail "not a CPU profile" "$top"
# The first row of the table is the hot function, with over half the samples.
first=$(printf '%s\n' "$top" | sed -n '/flat%/{n;p;q}')
printf '%s\n' "$first" | grep -qE ' main\.hot$' || fail "main.hot is not the top entry" "$top"
pct=$(printf '%s\n' "$first" | awk '{print int($2)}')
[ "$pct" -ge 50 ] || fail "main.hot has only $pct% of the samples" "$top"
printf '%s\n' "$top" | grep -qE ' main\.cold$' || fail "main.cold is missing" "$top"
# Per line (no source needed): the loop body's line leads.
lines=$(GOCACHE=$work/gocache "$go" tool pprof -top -lines "$work/prog" "$work/cpu.prof" 2>&1) || fail "pprof -lines" "$lines"
line=$(grep -n 's += i \* i % 7' "$src" | cut -d: -f1)
printf '%s\n' "$lines" | sed -n '/flat%/{n;p;q}' | grep -qE " main\.hot .*cpuprof\.go:$line$" ||
  fail "main.hot's line $line does not lead" "$lines"
tags=$(GOCACHE=$work/gocache "$go" tool pprof -tags "$work/prog" "$work/cpu.prof" 2>&1) || fail "pprof -tags" "$tags"
printf '%s\n' "$tags" | grep -qE '^ *phase: Total' || fail "no phase label" "$tags"
loop=$(printf '%s\n' "$tags" | grep -E '\(( *[0-9.]+)%\): loop$' | sed -E 's/.*\( *([0-9]+)[.0-9]*%\).*/\1/')
[ -n "$loop" ] && [ "$loop" -ge 90 ] || fail "phase=loop has ${loop:-no}% of the labelled samples" "$tags"
echo PASS
