# This file implements the choice of which files of Go's test suite the
# conformance runner runs, the way Go 1.19's test/run.go decides (sourced by
# scripts/conformance).
#
# The recipe is the file's first paragraph (up to the first blank line),
# minus a first line that holds "+build", minus the leading "//". Only the
# bare recipe `run` qualifies, `runoutput` (with the generator's other
# files as arguments: the program prints a Go program, which must run and
# print what the .out file says), and bare `rundir` (the packages of the
# folder X.dir next to X.go, built together; see run-one.sh). `run` with
# arguments or flags, `rundir` with flags,
# `buildrun`, `errorcheck` ... are other kinds of test. Build
# constraints (`//go:build` and `// +build` lines before the package clause)
# are evaluated for linux/amd64 with the tags run.go's context.match accepts:
# linux, amd64, gc and test_run (not cgo: go2cpp has none; not unix or the
# release tags, which run.go does not accept either).

conformance_tag_is_set() {
  case $1 in
    linux | amd64 | gc | test_run) return 0 ;;
    *) return 1 ;;
  esac
}

# Replaces every tag of a constraint expression by 1 or 0, so that bash
# arithmetic evaluates the !, &&, || and parentheses.
conformance_tags_to_bits() {
  local expr=$1 out="" tag
  while [[ $expr =~ ^([^A-Za-z0-9_.]*)([A-Za-z0-9_.]+)(.*)$ ]]; do
    out+=${BASH_REMATCH[1]}
    tag=${BASH_REMATCH[2]}
    expr=${BASH_REMATCH[3]}
    if conformance_tag_is_set "$tag"; then out+=1; else out+=0; fi
  done
  printf '%s' "$out$expr"
}

# conformance_constraint_holds LINE: true when LINE is not a constraint or
# is one that holds. "// +build a,b !c" means (a AND b) OR (NOT c).
conformance_constraint_holds() {
  local line=$1 expr term factor
  if [[ $line =~ ^//go:build[[:space:]]+(.*)$ ]]; then
    expr=${BASH_REMATCH[1]}
  elif [[ $line =~ ^//[[:space:]]*\+build([[:space:]]+(.*))?$ ]]; then
    expr=""
    for term in ${BASH_REMATCH[2]}; do
      factor=${term//,/' && '}  # quoted: bash 5.2 gives a bare & a meaning
      expr+="${expr:+ || }($factor)"
    done
    [[ -n $expr ]] || return 0
  else
    return 0
  fi
  # Reject anything that is not tags and operators before evaluating it.
  [[ $expr =~ ^[A-Za-z0-9_.\ \!\&\|\(\)]*$ ]] || return 1
  (( $(conformance_tags_to_bits "$expr") )) 2>/dev/null
}

# conformance_select FILE: returns 0 when FILE is a plain `// run` test, a
# `// runoutput` or a plain `// rundir` one that applies to linux/amd64, and sets
# CONFORMANCE_RECIPE to its recipe; otherwise sets CONFORMANCE_SKIP_REASON.
conformance_select() {
  local file=$1 first="" recipe="" line n=0
  CONFORMANCE_SKIP_REASON="" CONFORMANCE_RECIPE=""
  # The first paragraph, at most a few lines of it.
  while IFS= read -r line; do
    [[ -z $line ]] && break
    n=$((n + 1))
    if [[ $n -eq 1 ]]; then
      first=$line
      [[ $line == *+build* ]] && continue
    fi
    recipe+="${recipe:+ }$line"
    [[ $n -ge 8 ]] && break
  done <"$file"
  if [[ -z $first ]]; then
    CONFORMANCE_SKIP_REASON="no test recipe"
    return 1
  fi
  recipe=${recipe#//}
  # Collapse the whitespace; what is left must be exactly "run", or
  # "runoutput" followed by nothing but .go files.
  recipe=$(printf '%s' "$recipe" | tr -s '[:space:]' ' ' | sed 's/^ //; s/ $//')
  if [[ $recipe != run && $recipe != rundir && ! $recipe =~ ^runoutput(\ [^\ -][^\ ]*\.go)*$ ]]; then
    CONFORMANCE_SKIP_REASON="recipe is not plain run: ${recipe:0:40}"
    return 1
  fi
  CONFORMANCE_RECIPE=$recipe
  while IFS= read -r line; do
    [[ $line == package* ]] && break
    if ! conformance_constraint_holds "$line"; then
      CONFORMANCE_SKIP_REASON="build constraint: $line"
      return 1
    fi
  done <"$file"
  return 0
}
