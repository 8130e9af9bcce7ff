#!/usr/bin/env bash
# The whole test suite from a fresh clone: restores the local .NET tools, builds everything (modules included),
# and runs every test project. Whatever a test needs beyond .NET, this script installs or starts itself.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore
dotnet build Platform.sln --configuration Release
dotnet test Platform.sln --configuration Release --no-build --logger "console;verbosity=normal"
