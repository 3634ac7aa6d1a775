#!/usr/bin/env bash
# An installed go2cpp finds its toolchain config and rtlib relative to its
# own binary: install the build into a prefix, build and run a program with
# the installed go2cpp, then move the prefix elsewhere and do it again.
#
#   installed.sh CMAKE BUILD-DIR WORKDIR FILE.go EXPECTED-LINE
set -u
cmake=$1 build=$2 work=$3 src=$4 expected=$5
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $1"; [ -n "${2:-}" ] && printf '%s\n' "$2"; exit 1; }

log=$("$cmake" --install "$build" --prefix "$work/prefix" 2>&1) || fail "cmake --install failed" "$log"
[ -x "$work/prefix/bin/go2cpp" ] || fail "no bin/go2cpp in the prefix"
[ -f "$work/prefix/share/go2cpp/toolchain.txt" ] || fail "no share/go2cpp/toolchain.txt in the prefix"

export GO2CPP_CACHE=$work/cache
out=$("$work/prefix/bin/go2cpp" run "$src" 2>&1) || fail "installed go2cpp run failed" "$out"
[ "$out" = "$expected" ] || fail "installed go2cpp run printed something else" "$out"

mv "$work/prefix" "$work/moved"
out=$("$work/moved/bin/go2cpp" build -o "$work/prog" "$src" 2>&1) || fail "relocated go2cpp build failed" "$out"
out=$("$work/prog" 2>&1) || fail "the program built by the relocated go2cpp failed" "$out"
[ "$out" = "$expected" ] || fail "the relocated build printed something else" "$out"
echo PASS
