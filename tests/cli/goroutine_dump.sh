#!/usr/bin/env bash
# Every goroutine's stack, as gc prints it: on SIGQUIT (the signal line,
# the interrupted pc, each goroutine with its wait reason and frames, the
# registers; exit status 2, stdout flushed first) and on a panic under
# GOTRACEBACK=all; a panic under the default prints the failing goroutine
# alone. The spinning goroutine runs on another thread: its stack comes
# from a signal to that thread.
#
#   goroutine_dump.sh GO2CPP testdata/dump.go WORKDIR
set -u
go2cpp=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $1"; echo "--- stderr:"; cat "$work/err"; exit 1; }
"$go2cpp" build -o "$work/dump" "$src" || { echo "FAIL: build"; exit 1; }

# The frame line after the header of the goroutine with that status.
frame_after() { grep -A1 -E "^goroutine [0-9]+ \[$1\]:$" "$work/err" | grep -qE "^$2"; }

check_sections() {
  frame_after 'running' 'main\.spin\(\)$' || fail "$1: no running main.spin section"
  frame_after 'chan receive' 'main\.receiver\(\.\.\.\)$' || fail "$1: no main.receiver section"
  [ "$(grep -c '^created by main\.main$' "$work/err")" = 2 ] || fail "$1: not two 'created by main.main'"
}

# SIGQUIT, once the program is ready.
GOMAXPROCS=2 "$work/dump" >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 100); do grep -q ready "$work/err" && break; sleep 0.1; done
kill -QUIT "$pid"
wait "$pid"
status=$?
[ "$status" = 2 ] || fail "SIGQUIT: exit status $status, want 2"
[ "$(cat "$work/out")" = started ] || fail "SIGQUIT: stdout not flushed: $(cat "$work/out")"
[ "$(sed -n 2p "$work/err")" = "SIGQUIT: quit" ] || fail "SIGQUIT: no 'SIGQUIT: quit' line"
sed -n 3p "$work/err" | grep -qE '^PC=0x[0-9a-f]+ m=[0-9]+ sigcode=0$' || fail "SIGQUIT: no PC line"
frame_after 'sleep' 'time\.' || fail "SIGQUIT: no sleeping goroutine 1"
grep -q '^main\.main()$' "$work/err" || fail "SIGQUIT: no main.main frame"
check_sections SIGQUIT
grep -qE '^rip    0x[0-9a-f]+$' "$work/err" || fail "SIGQUIT: no register dump"

# A panic with GOTRACEBACK=all lists the others after the panicking one.
GOMAXPROCS=2 GOTRACEBACK=all "$work/dump" panic >"$work/out" 2>"$work/err"
status=$?
[ "$status" = 2 ] || fail "panic: exit status $status, want 2"
[ "$(sed -n 2p "$work/err")" = "panic: dump" ] || fail "panic: no panic line"
frame_after 'running' 'main\.main\(\)$' || fail "panic: main's section is not first"
check_sections "GOTRACEBACK=all"

# A fatal error lists them all.
GOMAXPROCS=2 "$work/dump" fatal >"$work/out" 2>"$work/err"
status=$?
[ "$status" = 2 ] || fail "fatal error: exit status $status, want 2"
[ "$(sed -n 2p "$work/err")" = "fatal error: sync: unlock of unlocked mutex" ] || fail "fatal error: no fatal error line"
check_sections "fatal error"

# The default shows the panicking goroutine alone.
GOMAXPROCS=2 "$work/dump" panic >"$work/out" 2>"$work/err"
grep -q 'main\.receiver' "$work/err" && fail "GOTRACEBACK=single: other goroutines listed"
[ "$(grep -c '^goroutine ' "$work/err")" = 1 ] || fail "GOTRACEBACK=single: not one goroutine"
echo PASS
