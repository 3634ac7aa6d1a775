#!/usr/bin/env bash
# This file implements the test of the installed CMake package: install the
# build into a fresh prefix, build samples/cmake against it with
# find_package(go2cpp) + go2cpp_add_executable, run the program, then edit
# its main.go and check that the next build re-translates it. It also runs
# the installed go2cpp directly (`go2cpp run`), which must find the
# installed runtime on its own.
#
# Usage: cmake_package_test.sh BUILD_DIR SAMPLE_DIR WORK_DIR [CXX_COMPILER]
set -euo pipefail
if [[ $# -lt 3 ]]; then
  echo "usage: $0 BUILD_DIR SAMPLE_DIR WORK_DIR [CXX_COMPILER]" >&2
  exit 2
fi
build=$1 sample=$2 work=$3 cxx=${4:-c++}
prefix=$work/prefix

step() { echo "== $*"; }
expect_output() {
  local want=$1 got
  shift
  got=$("$@")
  if [[ $got != "$want" ]]; then
    echo "FAIL: $* printed:"
    echo "$got"
    echo "want:"
    echo "$want"
    exit 1
  fi
  echo "$got"
}

rm -rf "$work"
mkdir -p "$work"
step "install into $prefix"
cmake --install "$build" --prefix "$prefix" >"$work/install.log"
for f in bin/go2cpp lib/cmake/go2cpp/go2cppConfig.cmake lib/cmake/go2cpp/go2cppConfigVersion.cmake \
         lib/cmake/go2cpp/go2cppTargets.cmake lib/cmake/go2cpp/Go2Cpp.cmake; do
  [[ -e $prefix/$f ]] || { echo "FAIL: the install has no $f"; exit 1; }
done

step "configure and build the sample against the install"
cp -r "$sample" "$work/src"
cmake -S "$work/src" -B "$work/build" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release >"$work/configure.log"
cmake --build "$work/build" >"$work/build1.log"
expect_output "built with CMake: 25 primes below 100" "$work/build/primes" 100

step "edit main.go: the next build must re-translate it"
sleep 1  # make the edit strictly newer than the first translation
sed -i 's/built with CMake/rebuilt after an edit/' "$work/src/main.go"
cmake --build "$work/build" >"$work/build2.log"
expect_output "rebuilt after an edit: 15 primes below 50" "$work/build/primes"

step "the installed go2cpp runs a program by itself"
expect_output "rebuilt after an edit: 10 primes below 30" \
  env GO2CPP_CACHE="$work/run-cache" "$prefix/bin/go2cpp" run "$work/src/main.go" -- 30
echo "PASS cmake package"
