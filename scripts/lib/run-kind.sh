# shellcheck shell=bash
# Which start-up cache a `wharf run` maps (sourced by ./wharf): run, run-tls, run-supervisor or
# run-supervisor-tls. Serving in one JVM and supervising worker processes load different classes,
# so do plain HTTP and TLS, and a cache holding classes a run does not use makes it start slower
# (the JVM loads all of a cache's classes as it starts). Read from the command line and the WHARF_*
# variables as `wharf run` reads them, last flag winning; a profile file is not read here (that
# would cost a JVM), so a run whose profile turns on TLS or workers maps the plain cache: it then
# starts a little later than it could, never differently.

# Prints the kind of the `wharf run` whose arguments (after `run`) are given.
wharf_run_kind() {
  local tls=0 reload=0 many=0 other=0 expect="" arg kind=run
  wharf_run_kind_true "${WHARF_SSL_DEV:-}" && tls=1
  [ -n "${WHARF_SSL_CERTFILE:-}" ] && tls=1
  wharf_run_kind_true "${WHARF_RELOAD:-}" && reload=1
  wharf_run_kind_many "${WHARF_WORKERS:-}" && many=1
  [ -n "${WHARF_METRICS_PORT:-}${WHARF_ENV_FILE:-}" ] && other=1
  for arg in "$@"; do
    if [ -n "$expect" ]; then
      if [ "$expect" = workers ]; then
        many=0
        wharf_run_kind_many "$arg" && many=1
      fi
      expect=""
      continue
    fi
    case "$arg" in
      --ssl-dev | --ssl-certfile=*) tls=1 ;;
      --ssl-certfile) tls=1 expect=value ;;
      --no-ssl-dev) tls=0 ;;
      --reload) reload=1 ;;
      --no-reload) reload=0 ;;
      --workers) expect=workers ;;
      --workers=*)
        many=0
        wharf_run_kind_many "${arg#--workers=}" && many=1 ;;
      --metrics-port | --env-file) other=1 expect=value ;;
      --metrics-port=* | --env-file=*) other=1 ;;
    esac
  done
  # As `wharf run` decides to supervise worker processes rather than serve in its own JVM.
  [ "$reload$many$other" != 000 ] && kind="$kind-supervisor"
  [ "$tls" = 1 ] && kind="$kind-tls"
  printf '%s\n' "$kind"
}

# Whether a boolean setting's text says yes, as the settings model reads it.
wharf_run_kind_true() {
  case "$1" in [Tt][Rr][Uu][Ee] | 1 | [Yy][Ee][Ss] | [Oo][Nn]) return 0 ;; *) return 1 ;; esac
}

# Whether a --workers value asks for more than one worker.
wharf_run_kind_many() {
  case "$1" in '' | *[!0-9]*) return 1 ;; esac
  [ "$1" -gt 1 ] 2>/dev/null
}
