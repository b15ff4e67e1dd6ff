#!/usr/bin/env bash
# The client of tinta's build daemon (README, "The build daemon"); bin/tinta runs it for
# `tinta build` as:
#
#   bash daemon-client.bash FOLDER KEY IDLE_MINUTES NARGS DAEMON_FLAGS JAVA JAVA_ARGS... USER_ARGS...
#
# where JAVA JAVA_ARGS... USER_ARGS... is the command bin/tinta would run without a daemon (the
# last NARGS words are the user's arguments). It sends the build to the daemon of KEY (the jar, the
# Java and the settings), starting one in the background when there is none, and prints what the
# daemon answers. Whenever the daemon cannot take the build (none could start, it refused, it went
# away), the build runs without it, exactly as without this script. Bash is needed for /dev/tcp.
set -u
folder=$1 key=$2 idle=$3 nargs=$4 dflags=$5
shift 5
direct=("$@")
user=("${@:$(($# - nargs + 1))}")
java=$1
jar=""
prev=""
for w in "$@"; do
  if [ "$prev" = -jar ]; then
    jar=$w
    break
  fi
  prev=$w
done
port_file=$folder/$key.port
code=""

direct_run() {
  exec "${direct[@]}"
}

# Sends the build to the daemon: 0 when it answered with an exit code ($code), 1 when there is no
# daemon to reach, 2 when it refused the build, 3 when it went away before the end.
talk() {
  local port token pid line tty=0
  [ -t 0 ] && [ -t 1 ] && tty=1
  read -r port token pid 2>/dev/null <"$port_file" || return 1
  case $port in "" | *[!0-9]*) return 1 ;; esac
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  {
    printf 'tinta-daemon 1 %s\ncwd %s\nterminal %s\n' "$token" "$PWD" "$tty"
    for a in "${user[@]}"; do printf 'arg %s\n' "$a"; done
    printf 'end\n'
  } >&3 2>/dev/null || { exec 3<&-; return 1; }
  while IFS= read -r line <&3; do
    case $line in
      "o "*) printf '%s\n' "${line:2}" ;;
      "O "*) printf '%s' "${line:2}" ;;
      "e "*) printf '%s\n' "${line:2}" >&2 ;;
      "E "*) printf '%s' "${line:2}" >&2 ;;
      "x "*)
        code=${line:2}
        exec 3<&-
        case $code in "" | *[!0-9]*) return 3 ;; esac
        return 0
        ;;
      "r "*)
        exec 3<&-
        return 2
        ;;
    esac
  done
  exec 3<&-
  return 3
}

# Starts a daemon in the background, in its own session (a Ctrl-C of this build must not stop it),
# and waits until it has published its port file; false when it could not start.
start_daemon() {
  local i pid
  (umask 077 && mkdir -p "$folder") 2>/dev/null || return 1
  rm -f "$port_file"
  # in its own folder, not the client's; setsid puts it in a session of its own
  (
    cd "$folder" || exit 1
    starter=nohup
    command -v setsid >/dev/null 2>&1 && starter=setsid
    # shellcheck disable=SC2086 # $dflags is a list of JVM flags
    exec "$starter" "$java" $dflags "-Dtinta.daemonDir=$folder" -jar "$jar" daemon-run \
      --folder "$folder" --key "$key" --idle-minutes "$idle" </dev/null >>"$folder/$key.log" 2>&1
  ) &
  pid=$!
  for ((i = 0; i < 600; i++)); do
    [ -s "$port_file" ] && return 0
    # a daemon that exits at once lost the race to another client's daemon, which will publish
    kill -0 "$pid" 2>/dev/null || [ "$i" -lt 100 ] || return 1
    sleep 0.05 2>/dev/null || sleep 1
  done
  return 1
}

for a in "${user[@]}"; do
  case $a in *$'\n'*) direct_run ;; esac # a line end cannot cross the protocol
done
[ -n "$jar" ] || direct_run

talk
case $? in
  0) exit "$code" ;;
  2) direct_run ;;
  3)
    echo "tinta: the build daemon stopped during the build; building without it" >&2
    direct_run
    ;;
esac
# no daemon to reach: a port file left by one that died is removed, then one is started
if read -r _ _ pid 2>/dev/null <"$port_file" && kill -0 "$pid" 2>/dev/null; then
  direct_run # alive but unreachable: leave it alone
fi
start_daemon || direct_run
talk
case $? in
  0) exit "$code" ;;
  *) direct_run ;;
esac
