#!/usr/bin/env bash
# The whole test suite from a fresh clone: installs what the tests need beyond .NET (Debian's PostgreSQL, Redis and chromium;
# the tests start throwaway servers of their own on free loopback ports), restores the local .NET tools, builds
# everything (modules included), and runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
command -v redis-server > /dev/null || missing+=(redis-server)
# The surveys answer page and the events sign-up page are tested in Debian's headless chromium (driven by Playwright, no browser download).
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the tests"
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

dotnet tool restore
dotnet build Platform.sln --configuration Release
# One test project at a time (-m:1): the cluster and failover tests judge silos by how fast they answer probes, and
# several projects' hosts and browsers at once on a 2-core machine starve them.
# The servers the tests start (PostgreSQL, Redis) carry this run's id in their folder, so the check below finds them.
export PLATFORM_TEST_RUN="run$$"
status=0
dotnet test Platform.sln -m:1 --configuration Release --no-build --logger "console;verbosity=normal" || status=$?

# Every server a test process started stops when that process ends, however it ends (a watcher per server): none of
# this run's may be left behind. PostgreSQL shows its folder in its command line; Redis works in its folder.
left_behind() {
  pgrep -af "platform-pg-$PLATFORM_TEST_RUN-" || true
  for pid in $(pgrep -x redis-server || true); do
    case "$(readlink "/proc/$pid/cwd" 2>/dev/null)" in *"platform-redis-$PLATFORM_TEST_RUN-"*) echo "$pid redis-server" ;; esac
  done
}
for _ in $(seq 30); do [ -z "$(left_behind)" ] && break; sleep 0.5; done
if [ -n "$(left_behind)" ]; then
  echo "These servers of the test run were left running:"; left_behind
  exit 1
fi
exit $status
