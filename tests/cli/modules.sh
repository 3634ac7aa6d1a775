#!/usr/bin/env bash
# Programs of several packages, found as the go command finds them
# (transpiler/cli/packages.hpp):
#   - testdata/module: a module with nested and internal packages, build
#     constraints (a _windows.go file, //go:build gc and !gc twins, a
#     _test.go file, // +build ignore) and a required module replaced by a
#     folder. `build DIR`, `build` with no argument and `run .` print what
#     gc's build prints (module.out); a panic names the other package's
#     function by its import path, with its absolute file path.
#   - editing an imported package's file rebuilds the program (the cache
#     key covers every package of the program).
#   - a missing package, a relative import in a module: gc's messages.
#   - vendor/ and the module cache (never downloaded from).
#   - GOPATH mode: relative imports, from each importer's folder
#     (testdata/relimport), and with -D as Go's test runner uses it.
#
#   modules.sh GO2CPP TESTDATA_DIR WORKDIR
set -u
go2cpp=$1 data=$(realpath "$2") work=$3
rm -rf "$work" && mkdir -p "$work"
work=$(realpath "$work")
fail() { echo "FAIL: $1"; exit 1; }

# The module, built from its folder's path and from inside it.
"$go2cpp" build -o "$work/shapes" "$data/module" || fail "build DIR failed"
"$work/shapes" >"$work/out" || fail "the program exited with $?"
diff -u "$data/module.out" "$work/out" || fail "output differs from gc's"
mkdir -p "$work/bin"
(cd "$data/module" && "$go2cpp" build -o "$work/bin/") || fail "build with no argument failed"
[ -x "$work/bin/shapes" ] || fail "build named the program $(ls "$work/bin"), not after the module path"
(cd "$data/module" && "$go2cpp" run . >"$work/run.out") || fail "run . failed"
diff -u "$data/module.out" "$work/run.out" || fail "run . output differs from gc's"

# A panic re-raised in main: the frames of package geom, as gc names them.
"$work/shapes" repanic >/dev/null 2>"$work/panic.err"
status=$?
[ $status -eq 2 ] || fail "the panic exited with $status"
grep -q "^example.com/shapes/geom.MustPositive(" "$work/panic.err" || fail "no geom frame: $(cat "$work/panic.err")"
grep -qF "	$data/module/geom/geom.go:61" "$work/panic.err" || fail "the geom frame lacks its absolute path: $(cat "$work/panic.err")"

# An edit of an imported package's file is seen by the next build.
cp -r "$data/module" "$work/edit"
"$go2cpp" build -o "$work/edit1" "$work/edit" || fail "build of the copy failed"
sed -i 's/return "geom " + describe()/return "edited " + describe()/' "$work/edit/geom/geom.go"
"$go2cpp" build -o "$work/edit2" "$work/edit" || fail "build after the edit failed"
"$work/edit2" | grep -q "^k=7 edited portable$" || fail "the edit of geom.go was not rebuilt: $("$work/edit2")"

# gc's messages for packages that cannot be found.
mkdir -p "$work/edit/cmd/bad"
printf 'package main\n\nimport "example.com/shapes/nope"\n\nfunc main() { nope.X() }\n' >"$work/edit/cmd/bad/main.go"
(cd "$work/edit" && "$go2cpp" build ./cmd/bad) 2>"$work/bad.err"
status=$?
[ $status -eq 1 ] || fail "a missing package exited with $status"
grep -qF "cmd/bad/main.go:3:8: no required module provides package example.com/shapes/nope; to add it:" "$work/bad.err" ||
  fail "missing package: $(cat "$work/bad.err")"
printf 'package main\n\nimport "./geom"\n\nfunc main() { geom.Describe() }\n' >"$work/edit/cmd/bad/main.go"
(cd "$work/edit" && "$go2cpp" build ./cmd/bad) 2>"$work/bad.err"
grep -qF 'cmd/bad/main.go:3:8: local import "./geom" in non-local package' "$work/bad.err" ||
  fail "relative import in a module: $(cat "$work/bad.err")"
(cd "$work" && "$go2cpp" build ./nowhere) 2>"$work/bad.err"
grep -qF "stat ./nowhere: directory not found" "$work/bad.err" || fail "missing folder: $(cat "$work/bad.err")"

# A module path of one element: the program and the package folder un/a
# share the name un in the build's work folder.
mkdir -p "$work/un/a"
printf 'module un\n\ngo 1.19\n' >"$work/un/go.mod"
printf 'package a\n\nfunc F() int { return 7 }\n' >"$work/un/a/a.go"
printf 'package main\n\nimport "un/a"\n\nfunc main() { println(a.F()) }\n' >"$work/un/main.go"
out=$(cd "$work/un" && "$go2cpp" run . 2>&1) || fail "module un: $out"
[ "$out" = "7" ] || fail "module un printed: $out"

# vendor/ (with its modules.txt) and the module cache ($GOMODCACHE, with
# the cache's spelling of upper-case letters), without downloading.
mkdir -p "$work/vend/vendor/github.com/x/y"
printf 'module v\n\ngo 1.19\n\nrequire github.com/x/y v1.0.0\n' >"$work/vend/go.mod"
printf '# github.com/x/y v1.0.0\n## explicit\ngithub.com/x/y\n' >"$work/vend/vendor/modules.txt"
printf 'package y\n\nfunc Y() string { return "vendored" }\n' >"$work/vend/vendor/github.com/x/y/y.go"
printf 'package main\n\nimport "github.com/x/y"\n\nfunc main() { println(y.Y()) }\n' >"$work/vend/main.go"
out=$(cd "$work/vend" && "$go2cpp" run . 2>&1) || fail "vendor: $out"
[ "$out" = "vendored" ] || fail "vendor printed: $out"
mkdir -p "$work/modcache/github.com/!foo/bar@v1.2.3/sub" "$work/app"
printf 'package sub\n\nfunc S() int { return 5 }\n' >"$work/modcache/github.com/!foo/bar@v1.2.3/sub/sub.go"
printf 'module app\n\ngo 1.19\n\nrequire github.com/Foo/bar v1.2.3\n' >"$work/app/go.mod"
printf 'package main\n\nimport "github.com/Foo/bar/sub"\n\nfunc main() { println(sub.S()) }\n' >"$work/app/main.go"
out=$(cd "$work/app" && GOMODCACHE="$work/modcache" "$go2cpp" run . 2>&1) || fail "module cache: $out"
[ "$out" = "5" ] || fail "module cache printed: $out"
out=$(cd "$work/app" && GOMODCACHE="$work/nocache" "$go2cpp" run . 2>&1)
[[ $out == *"module github.com/Foo/bar@v1.2.3 is not in the module cache"*"does not download modules"* ]] ||
  fail "a module missing from the cache: $out"

# GOPATH mode: relative imports from each importer's folder.
[ "$("$go2cpp" run "$data/relimport/main.go")" = "42 inner" ] || fail "relative imports"

# -D: "./a" is the package test/a in the main package's folder, from
# every importer (Go's test runner builds its rundir tests so).
mkdir -p "$work/rundir/test/a" "$work/rundir/test/b"
printf 'package a\n\nfunc F() int { return 40 }\n' >"$work/rundir/test/a/a.go"
printf 'package b\n\nimport "./a"\n\nfunc G() int { return a.F() + 2 }\n' >"$work/rundir/test/b/b.go"
printf 'package main\n\nimport (\n\t"./a"\n\t"./b"\n)\n\nfunc main() { println(a.F(), b.G()) }\n' >"$work/rundir/main.go"
out=$("$go2cpp" run -D test "$work/rundir/main.go" 2>&1) || fail "-D build failed: $out"
[ "$out" = "40 42" ] || fail "-D printed: $out"
echo PASS
