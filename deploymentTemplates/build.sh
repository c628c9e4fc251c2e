#!/usr/bin/env bash
# Compiles main.bicep into azuredeploy.json with the Bicep CLI.
# The CLI comes from NuGet (Azure.Bicep.CommandLine.linux-x64, the version pinned in
# tests/CqpBot.Deployment.Tests/CqpBot.Deployment.Tests.csproj, restored with that project);
# BICEP=/path/to/bicep uses another one.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
project="$root/tests/CqpBot.Deployment.Tests/CqpBot.Deployment.Tests.csproj"

bicep="${BICEP:-}"
if [[ -z "$bicep" ]]; then
  version="$(sed -n 's:.*<BicepVersion>\(.*\)</BicepVersion>.*:\1:p' "$project")"
  bicep="${NUGET_PACKAGES:-$HOME/.nuget/packages}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
  if [[ ! -f "$bicep" ]]; then
    dotnet restore "$project" >&2
  fi
  chmod +x "$bicep"
fi

"$bicep" build "$here/main.bicep" --outfile "$here/azuredeploy.json"
echo "wrote $here/azuredeploy.json with $("$bicep" --version)"
