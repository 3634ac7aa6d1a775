#!/usr/bin/env bash
# This file implements the regeneration of the end-to-end expectations from
# the reference compiler: each tests/e2e/NAME.go is built with Go 1.19's gc
# and run (arguments from its `// args:` line, stdin from /dev/null); its
# stdout becomes NAME.out and, when it writes to stderr, the lines up to
# and including "goroutine 1 [running]:" (or another wait reason) become
# NAME.err (the frames after them name addresses and paths that differ
# between compilers); a goroutine other than 1 ends it before its header,
# as goroutine ids differ between runtimes. The exit
# status must match the program's `// exit:` line, or this stops.
#
# Usage: tests/e2e/update_expected.sh [NAME.go...]   (default: all)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/directives.sh"
go=${GO:-/usr/lib/go-1.19/bin/go}
export GOCACHE=${GOCACHE:-/tmp/gocache} GO111MODULE=off GOFLAGS=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$here"
files=("$@")
[[ ${#files[@]} -gt 0 ]] || files=(*.go)
for file in "${files[@]}"; do
  name=${file%.go}
  e2e_read_directives "$file"
  "$go" build -o "$tmp/$name" "$file"
  rc=0
  env "${E2E_ENV[@]}" "$tmp/$name" "${E2E_ARGS[@]}" </dev/null >"$name.out" 2>"$tmp/stderr" || rc=$?
  if [[ $rc -ne $E2E_EXIT ]]; then
    echo "$file: gc's binary exited with $rc, but the file says // exit: $E2E_EXIT" >&2
    exit 1
  fi
  if [[ -s $tmp/stderr ]]; then
    awk '/^goroutine 1 \[.*\]:$/ {print; exit} /^goroutine [0-9]+ \[.*\]:$/ {exit} {print}' "$tmp/stderr" >"$name.err"
  else
    rm -f "$name.err"
  fi
  echo "updated $name.out${E2E_ARGS:+ (args: ${E2E_ARGS[*]})}$([[ -f $name.err ]] && echo " and $name.err")"
done
