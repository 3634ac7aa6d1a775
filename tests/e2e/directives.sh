# This file implements the reading of an end-to-end program's expectations
# from its leading comment (sourced by run_e2e.sh and update_expected.sh):
#
#   // exit: N        the expected exit status (default 0)
#   // args: a "b c"  arguments for the program (shell-like quoting)
#   // env: K=v K2=w  environment variables set for the program
#   // verb: run      run it with `go2cpp run FILE -- args` instead of
#                     `go2cpp build` followed by running the binary
#   // stderr: exact  NAME.err is all of stderr, not just its start (gc's
#                     stderr had no goroutine frames to cut)
#
# Only the comment lines before the package clause count.

# e2e_read_directives FILE: sets E2E_EXIT, E2E_VERB, E2E_STDERR_EXACT (0/1)
# and the arrays E2E_ARGS and E2E_ENV (the latter ready for `env`).
e2e_read_directives() {
  E2E_EXIT=0
  E2E_VERB=build
  E2E_STDERR_EXACT=0
  E2E_ARGS=()
  E2E_ENV=()
  local line value
  while IFS= read -r line; do
    [[ $line == package* ]] && break
    [[ $line == //* ]] || continue
    if [[ $line =~ ^//\ exit:\ *([0-9]+)\ *$ ]]; then
      E2E_EXIT=${BASH_REMATCH[1]}
    elif [[ $line =~ ^//\ verb:\ *(build|run)\ *$ ]]; then
      E2E_VERB=${BASH_REMATCH[1]}
    elif [[ $line =~ ^//\ stderr:\ *exact\ *$ ]]; then
      E2E_STDERR_EXACT=1
    elif [[ $line =~ ^//\ args:\ *(.*)$ ]]; then
      value=${BASH_REMATCH[1]}
      # xargs splits with shell-like quoting and never evaluates anything.
      mapfile -t E2E_ARGS < <(xargs printf '%s\n' <<<"$value")
    elif [[ $line =~ ^//\ env:\ *(.*)$ ]]; then
      value=${BASH_REMATCH[1]}
      mapfile -t E2E_ENV < <(xargs printf '%s\n' <<<"$value")
    fi
  done <"$1"
}
