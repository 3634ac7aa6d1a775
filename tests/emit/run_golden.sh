#!/usr/bin/env bash
# run_golden.sh GO2CPP DIR/NAME.go
#
# Compares `go2cpp emit NAME.go` (run inside DIR, so that #line directives
# name NAME.go) with NAME.cpp.golden; then, if NAME.out exists, runs the
# program with `go2cpp run` and compares its stdout with NAME.out.
# fail_NAME.go must be refused: its stderr is compared with
# fail_NAME.err.golden. With GO2CPP_UPDATE_GOLDEN=1 the golden files are
# rewritten instead of compared.
set -uo pipefail
go2cpp=$1
src=$2
dir=$(dirname "$src")
name=$(basename "$src" .go)
cd "$dir" || exit 2
update=${GO2CPP_UPDATE_GOLDEN:-0}

compare() {  # compare GOLDEN ACTUAL-FILE
  if [[ $update == 1 ]]; then
    cp "$2" "$1"
    echo "updated $dir/$1"
    return 0
  fi
  if ! diff -u "$1" "$2"; then
    echo "FAIL: $dir/$1 differs from the output above (GO2CPP_UPDATE_GOLDEN=1 to accept)"
    return 1
  fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [[ $name == fail_* ]]; then
  if "$go2cpp" emit "$name.go" >"$tmp/out" 2>"$tmp/err"; then
    echo "FAIL: go2cpp emit $name.go succeeded; it must refuse the program"
    exit 1
  fi
  compare "$name.err.golden" "$tmp/err" || exit 1
  exit 0
fi

if ! "$go2cpp" emit "$name.go" >"$tmp/emitted" 2>"$tmp/err"; then
  cat "$tmp/err"
  echo "FAIL: go2cpp emit $name.go failed"
  exit 1
fi
compare "$name.cpp.golden" "$tmp/emitted" || exit 1

if [[ -f $name.out ]]; then
  "$go2cpp" run "$name.go" >"$tmp/stdout" 2>"$tmp/stderr"
  status=$?
  if [[ $status != 0 ]]; then
    cat "$tmp/stderr"
    echo "FAIL: $name.go exited with status $status"
    exit 1
  fi
  if ! diff -u "$name.out" "$tmp/stdout"; then
    echo "FAIL: $name.go printed the output above instead of $name.out"
    exit 1
  fi
fi
echo "ok $name"
