# Shared by ops/backup and ops/restore (sourced, not run). Reads the database settings the way the
# application does: DB_URL, DB_USER, DB_PASSWORD; no DB_URL = the embedded H2 database in the data
# directory (or PostgreSQL's default when SPRING_PROFILES_ACTIVE has the postgres profile).

# The files the backup keeps: attachments, raw inbound messages, generated reports. Not the search
# index (index/): each node rebuilds it from the database at start.
FILE_DIRS=(attachments inbound reports)

die() { echo "$(basename "$0"): $*" >&2; exit "${EXIT:-1}"; }

# Sets DB_KIND (postgresql | h2) and, for PostgreSQL, the libpq variables; for H2, H2_DIR.
read_database() {
  local url="${DB_URL:-}"
  if [ -z "$url" ] && [[ ",${SPRING_PROFILES_ACTIVE:-}," == *",postgres,"* ]]; then
    url="jdbc:postgresql://localhost:5432/anju"
    DB_USER="${DB_USER:-anju}" DB_PASSWORD="${DB_PASSWORD:-anju}"
  fi
  if [ -z "$url" ]; then
    DB_KIND=h2 H2_DIR="$DATA_DIR/db"
  elif [[ "$url" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]]; then
    DB_KIND=postgresql
    export PGHOST="${BASH_REMATCH[1]}" PGPORT="${BASH_REMATCH[3]:-5432}" PGDATABASE="${BASH_REMATCH[4]}"
    export PGUSER="${DB_USER:-postgres}" PGPASSWORD="${DB_PASSWORD:-}"
  elif [[ "$url" =~ ^jdbc:h2:file:([^;]+) ]]; then
    DB_KIND=h2 H2_DIR="$(dirname "${BASH_REMATCH[1]}")"
  else
    die "cannot back up or restore $url (PostgreSQL or an H2 file database only)"
  fi
}

# Whether a running process (that this user may inspect) has a file of the H2 database open: H2
# locks its file while the application runs, and copying it then gives a torn copy.
h2_in_use() {
  local dir fd target
  dir="$(cd "$H2_DIR" 2>/dev/null && pwd -P)" || return 1
  for fd in /proc/[0-9]*/fd/*; do
    target="$(readlink "$fd" 2>/dev/null)" || continue
    [[ "$target" == "$dir"/*.db ]] && return 0
  done
  return 1
}
