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
dotnet test Platform.sln -m:1 --configuration Release --no-build --logger "console;verbosity=normal"
