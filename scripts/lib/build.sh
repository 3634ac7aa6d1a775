# This file implements the "make sure go2cpp is built" step shared by
# scripts/go2cpp, scripts/test and scripts/conformance (it is sourced, not run).
#
# The build lives in build/ at the repository root (override: $GO2CPP_BUILD_DIR;
# parallelism: $GO2CPP_JOBS, default nproc). A stamp file written after every
# successful build makes the up-to-date check a single `find`, so running a
# program through scripts/go2cpp costs nothing when no source changed. When
# something is missing or newer than the stamp, this installs missing Debian
# packages (scripts/setup), configures if needed, and builds everything,
# with the output going to a log that is shown only when the build fails.
# A lock on the build directory keeps two concurrent callers from building
# into it at once.

go2cpp_repo_root() {
  cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd
}

GO2CPP_ROOT=$(go2cpp_repo_root)
GO2CPP_BUILD=${GO2CPP_BUILD_DIR:-build}
[[ $GO2CPP_BUILD == /* ]] || GO2CPP_BUILD=$GO2CPP_ROOT/$GO2CPP_BUILD
GO2CPP_EXE=$GO2CPP_BUILD/transpiler/go2cpp
GO2CPP_STAMP=$GO2CPP_BUILD/.go2cpp-built

# True when the stamp exists and no input of the build is newer than it.
go2cpp_build_is_fresh() {
  [[ -f $GO2CPP_STAMP && -x $GO2CPP_EXE ]] || return 1
  local inputs=() d
  for d in CMakeLists.txt cmake grammar rtlib transpiler tests; do
    [[ -e $GO2CPP_ROOT/$d ]] && inputs+=("$GO2CPP_ROOT/$d")
  done
  [[ -z $(find "${inputs[@]}" -newer "$GO2CPP_STAMP" -print -quit 2>/dev/null) ]]
}

# Brings the build up to date; on failure prints the log's tail and returns 1.
go2cpp_ensure_build() {
  go2cpp_build_is_fresh && return 0
  mkdir -p "$GO2CPP_BUILD"
  (
    exec 9>"$GO2CPP_BUILD/.lock"
    flock 9
    # Someone else may have finished the build while we waited for the lock.
    go2cpp_build_is_fresh && exit 0
    "$GO2CPP_ROOT/scripts/setup" || exit 1
    local log=$GO2CPP_BUILD/go2cpp-build.log
    local started
    started=$(date +%s)
    {
      # Configure when there is no cache, or when an earlier configure
      # failed and left a cache but no build system.
      if [[ ! -f $GO2CPP_BUILD/CMakeCache.txt ||
            ! ( -f $GO2CPP_BUILD/Makefile || -f $GO2CPP_BUILD/build.ninja ) ]]; then
        cmake -S "$GO2CPP_ROOT" -B "$GO2CPP_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo
      fi &&
      cmake --build "$GO2CPP_BUILD" -j"${GO2CPP_JOBS:-$(nproc)}"
    } >"$log" 2>&1
    local rc=$?
    if [[ $rc -ne 0 ]]; then
      # The first errors say more than the last lines, which are mostly
      # make's "Error 2" echoes of them.
      if grep -qE ': (fatal )?error:|CMake Error|undefined reference' "$log"; then
        echo "go2cpp: the build failed (full log: $log); its first errors:" >&2
        grep -m 5 -A 4 -E ': (fatal )?error:|CMake Error|undefined reference' "$log" >&2
      else
        echo "go2cpp: the build failed (full log: $log); its last lines:" >&2
        tail -n 40 "$log" >&2
      fi
      exit 1
    fi
    # The stamp carries the time the build started, so a source edited
    # during the build leaves it stale.
    touch -d "@$started" "$GO2CPP_STAMP"
    local took=$(( $(date +%s) - started ))
    [[ $took -lt 5 ]] || echo "go2cpp: built in ${took}s ($GO2CPP_BUILD)" >&2
  )
}
