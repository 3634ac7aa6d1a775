#!/usr/bin/env bash
# This file implements one end-to-end test: translate and build a Go program
# with go2cpp, run it, and compare what it did with what gc's build did
# (recorded by update_expected.sh):
#   - stdout must equal NAME.out exactly;
#   - the exit status must be the one of its `// exit:` line (default 0);
#   - stderr must start with the lines of NAME.err when that file exists
#     (or be exactly NAME.err with `// stderr: exact`)
#     (a panic's message, blank line, "goroutine 1 [running]:"; the frames
#     that follow are not compared; a signal line's pc=0x... neither), and
#     be empty otherwise.
# Programs marked `// verb: run` go through `go2cpp run FILE -- args` (with a
# private cache), the others through `go2cpp build -o EXE FILE` and then EXE.
#
# Usage: run_e2e.sh GO2CPP NAME.go WORKDIR
set -uo pipefail
if [[ $# -ne 3 ]]; then
  echo "usage: $0 GO2CPP NAME.go WORKDIR" >&2
  exit 2
fi
go2cpp=$1 file=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
source "$here/directives.sh"

srcdir=$(cd "$(dirname "$file")" && pwd)
base=$(basename "$file")
name=${base%.go}
out=$work/$name
rm -rf "$out"
mkdir -p "$out"
e2e_read_directives "$srcdir/$base"

# Work from the program's folder so that positions read "NAME.go:LINE".
cd "$srcdir"
rc=0
if [[ $E2E_VERB == run ]]; then
  env "${E2E_ENV[@]}" GO2CPP_CACHE=$work/run-cache "$go2cpp" run "$base" -- "${E2E_ARGS[@]}" \
    </dev/null >"$out/stdout" 2>"$out/stderr" || rc=$?
else
  if ! "$go2cpp" build -o "$out/$name" "$base" >"$out/build.log" 2>&1; then
    echo "FAIL $name: go2cpp build failed:"
    head -n 30 "$out/build.log"
    exit 1
  fi
  env "${E2E_ENV[@]}" "$out/$name" "${E2E_ARGS[@]}" </dev/null >"$out/stdout" 2>"$out/stderr" || rc=$?
fi

failed=0
if ! diff -u --label "expected stdout ($name.out)" --label "actual stdout" \
     "$srcdir/$name.out" "$out/stdout"; then
  failed=1
fi
if [[ $rc -ne $E2E_EXIT ]]; then
  echo "exit status $rc, want $E2E_EXIT"
  failed=1
fi
if [[ -f $srcdir/$name.err ]]; then
  want_lines=$(wc -l <"$srcdir/$name.err")
  # All of it: one more line than the file would show extra output.
  [[ $E2E_STDERR_EXACT -eq 1 ]] && want_lines=$((want_lines + 1))
  # A fault's signal line names the faulting pc, which differs between
  # compilers: compare it without the value.
  mask_pc() { sed -E 's/ pc=0x[0-9a-f]+\]$/ pc=PC]/'; }
  if ! diff -u --label "expected start of stderr ($name.err)" --label "actual stderr" \
       <(mask_pc <"$srcdir/$name.err") <(head -n "$want_lines" "$out/stderr" | mask_pc); then
    failed=1
  fi
elif [[ -s $out/stderr ]]; then
  echo "unexpected stderr:"
  head -n 20 "$out/stderr"
  failed=1
fi

if [[ $failed -ne 0 ]]; then
  echo "FAIL $name (outputs kept in $out)"
  exit 1
fi
echo "PASS $name"
