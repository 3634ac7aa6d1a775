#!/usr/bin/env bash
# This file implements one conformance test, run by scripts/conformance
# (possibly several at once): build FILE with `go2cpp build` (at most
# $CONF_BUILD_TIMEOUT seconds), run the binary from the test suite's root
# (NAME is FILE relative to it; from FILE's folder when FILE lies outside
# the root), as test/run.go runs `// run` programs, with stdin
# from /dev/null (at most $CONF_RUN_TIMEOUT seconds), and compare its
# combined stdout+stderr with FILE's .out file (or with nothing) and its exit
# status with 0, as test/run.go does for `// run` tests. A `// runoutput`
# test is built (with the recipe's other files) and run first; what it
# prints is the Go program built, run and compared. A `// rundir` test
# builds the packages of the folder next to FILE as one program.
#
# It prints exactly one line on stdout: "PASS NAME" or "FAIL NAME: REASON", where
# REASON is the first line of a translation error, "build error: ...",
# "build timeout", "timeout", "exit N: <first output line>" or
# "output differs (<diff's first hunk header>: <its first changed line>)".
#
# Usage: run-one.sh NAME FILE   (environment: CONF_GO2CPP, CONF_WORK,
#        CONF_KEEP, CONF_BUILD_TIMEOUT, CONF_RUN_TIMEOUT, CONF_CRASH_LINES)
set -uo pipefail
name=$1 file=$2
dir=$(dirname "$file")
base=$(basename "$file")
work=$CONF_WORK/${name//\//__}
rm -rf "$work"
mkdir -p "$work"

finish() {
  echo "$1"
  if [[ $1 == PASS* || -z ${CONF_KEEP:-} ]]; then
    rm -rf "$work"
  else
    mkdir -p "$CONF_KEEP"
    rm -rf "$CONF_KEEP/${name//\//__}"
    mv "$work" "$CONF_KEEP/${name//\//__}"
  fi
  exit 0
}

# Shortens a line of tool output for the one-line report.
first_words() {
  local s=${1//$'\t'/ }
  [[ ${#s} -le 160 ]] && printf '%s' "$s" || printf '%s...' "${s:0:157}"
}

# build OUT FILE...: go2cpp build, in the current directory; a failure
# ends the test with go2cpp's diagnostic or the compiler's first error.
build() {
  local out=$1 rc=0 first error
  shift
  timeout -k 5 "${CONF_BUILD_TIMEOUT:-120}" "$CONF_GO2CPP" build -o "$out" "$@" \
    </dev/null >"$work/build.log" 2>&1 || rc=$?
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    finish "FAIL $name: build timeout"
  elif [[ $rc -ne 0 ]]; then
    first=$(grep -m1 -v '^[[:space:]]*$' "$work/build.log")
    if [[ $first =~ ^[^[:space:]]+\.go:[0-9]+(:[0-9]+)?:\  ]]; then
      # go2cpp rejected the Go source: its diagnostic says why.
      finish "FAIL $name: $(first_words "$first")"
    fi
    error=$(grep -m1 -E 'error|undefined reference' "$work/build.log")
    finish "FAIL $name: build error: $(first_words "${error:-$first}")"
  fi
}

# The environment test/run.go gives its programs: a few tests check GOOS and
# GOARCH, and a few drive the go command (found first in PATH) themselves.
# GOROOT stands for the root a gc binary has built in (runtime.GOROOT reads
# it; a go2cpp binary has none of its own).
export GOOS=${GOOS:-linux} GOARCH=${GOARCH:-amd64} GOENV=off GOFLAGS=
export GOROOT=${GOROOT:-${CONF_GOROOT:-/usr/lib/go-1.19}}
export PATH=$GOROOT/bin:$PATH

cd "$dir" || finish "FAIL $name: cannot enter $dir"
source "$(dirname "${BASH_SOURCE[0]}")/select.sh"
conformance_select "$file" || CONFORMANCE_RECIPE=run
if [[ $CONFORMANCE_RECIPE == runoutput* ]]; then
  # As test/run.go: the test (with the recipe's other files) prints a Go
  # program; that program is the one built, run and compared below.
  read -r -a extra <<<"${CONFORMANCE_RECIPE#runoutput}"
  build "$work/gen" "$base" "${extra[@]#./}"
  rc=0
  timeout -k 5 "${CONF_RUN_TIMEOUT:-30}" "$work/gen" </dev/null >"$work/tmp__.go" 2>"$work/gen.err" || rc=$?
  [[ $rc -eq 124 || $rc -eq 137 ]] && finish "FAIL $name: generator timeout"
  [[ $rc -ne 0 ]] && finish "FAIL $name: generator exit $rc: $(first_words "$(head -n 1 "$work/gen.err")")"
  cd "$work" && build "$work/prog" tmp__.go
  cd "$dir" || finish "FAIL $name: cannot enter $dir"
elif [[ $CONFORMANCE_RECIPE == rundir ]]; then
  # As test/run.go: the files of X.dir, grouped by package, in name order;
  # each package other than main is test/<its first file's name>, which
  # the others import as "./<name>" (gc's -D test). They are laid out so
  # in the work folder, main's files at its top, and built with -D test.
  src=$work/src
  mkdir -p "$src"
  declare -A package_dir=()
  main_files=()
  for f in "${file%.go}.dir"/*.go; do
    [[ -f $f ]] || continue
    pkg=$(grep -m1 -oP '^package \K\w+' "$f")
    if [[ $pkg == main ]]; then
      cp "$f" "$src/" && main_files+=("$(basename "$f")")
      continue
    fi
    if [[ -z ${package_dir[$pkg]:-} ]]; then
      package_dir[$pkg]=$src/test/$(basename "$f" .go)
      mkdir -p "${package_dir[$pkg]}"
    fi
    cp "$f" "${package_dir[$pkg]}/"
  done
  [[ ${#main_files[@]} -gt 0 ]] || finish "FAIL $name: no package main in ${file%.go}.dir"
  cd "$src" && build "$work/prog" -D test "${main_files[@]}"
  cd "$dir" || finish "FAIL $name: cannot enter $dir"
else
  build "$work/prog" "$base"
fi

rundir=$dir
[[ $file == */"$name" ]] && rundir=${file%/"$name"}
# test/run.go runs a rundir test's program in a temporary folder.
[[ $CONFORMANCE_RECIPE == rundir ]] && rundir=$work
rc=0
(cd "$rundir" && timeout -k 5 "${CONF_RUN_TIMEOUT:-30}" "$work/prog" </dev/null >"$work/output" 2>&1) || rc=$?
if [[ $rc -eq 124 || $rc -eq 137 ]]; then
  finish "FAIL $name: timeout"
fi
expected=$dir/${base%.go}.out
if [[ ! -f $expected ]]; then
  # No .out file: the program must print nothing. (An empty file of our own,
  # not /dev/null, which a stray `-o /dev/null` as root can turn into a file.)
  expected=$work/expected.empty
  : >"$expected"
fi
if [[ $rc -ne 0 ]]; then
  # The report keeps one line; with CONF_CRASH_LINES=N a failure's first N
  # output lines also go to stderr, for a CI log (an abort's "what():" line
  # says which error it was).
  if [[ ${CONF_CRASH_LINES:-0} -gt 0 ]]; then
    grep -v '^[[:space:]]*$' "$work/output" | head -n "$CONF_CRASH_LINES" | sed "s|^|  $name: |" >&2
  fi
  first=$(grep -m1 -v '^[[:space:]]*$' "$work/output")
  finish "FAIL $name: exit $rc${first:+: $(first_words "$first")}"
fi
if ! cmp -s "$expected" "$work/output"; then
  # Where they part: diff's first hunk header ("3c3", "0a1,2", "4,5d3")
  # and its first changed line ("> got" or "< wanted").
  diff "$expected" "$work/output" >"$work/output.diff"
  hunk=$(sed -n 1p "$work/output.diff")
  change=$(grep -m1 '^[<>] ' "$work/output.diff")
  finish "FAIL $name: output differs (${hunk:-?}: $(first_words "$change"))"
fi
finish "PASS $name"
