#!/usr/bin/env bash
# Runs a command and checks its exit status and combined stdout+stderr.
#
#   expect.sh [--status N] [--match ERE]... [--no-match ERE]... [--empty]
#             [--cd DIR] -- command args...
#
# --status N     the exit status the command must have (default 0)
# --match ERE    a line of the output must match (grep -E); repeatable
# --no-match ERE no line of the output may match; repeatable
# --empty        the command must print nothing at all
# --cd DIR       run the command in DIR
# On failure the command, its status and its output are shown.
set -u
status=0 empty=0 dir=.
matches=() nomatches=()
while [ $# -gt 0 ]; do
  case "$1" in
    --status) status=$2; shift 2 ;;
    --match) matches+=("$2"); shift 2 ;;
    --no-match) nomatches+=("$2"); shift 2 ;;
    --empty) empty=1; shift ;;
    --cd) dir=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "expect.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

command=("$@")
output=$(cd "$dir" && "$@" 2>&1 </dev/null)
got=$?
fail() {
  echo "FAIL: $1"
  echo "command: ${command[*]}"
  echo "exit status: $got"
  echo "output:"
  printf '%s\n' "$output"
  exit 1
}
[ "$got" -eq "$status" ] || fail "exit status $got, want $status"
if [ "$empty" -eq 1 ] && [ -n "$output" ]; then fail "output should be empty"; fi
for re in ${matches[@]+"${matches[@]}"}; do
  printf '%s\n' "$output" | grep -Eq -- "$re" || fail "no line matches: $re"
done
for re in ${nomatches[@]+"${nomatches[@]}"}; do
  if printf '%s\n' "$output" | grep -Eq -- "$re"; then fail "a line matches: $re"; fi
done
exit 0
