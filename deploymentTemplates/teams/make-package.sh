#!/usr/bin/env bash
# Builds the Teams app package build/cqpbot-teams.zip from manifest.json and the two icons, replacing the
# ${{NAME}} placeholders of manifest.json. Zips with `zip`, or with python3's zipfile module when zip is missing.
#
#   make-package.sh [BOT_ID] [BOT_DOMAIN]
#
#   BOT_ID       the bot's Microsoft App ID (a GUID); default: $MICROSOFT_APP_ID
#   BOT_DOMAIN   the web app's host name, e.g. cqpbot-abc123.azurewebsites.net; default: $BOT_DOMAIN
# Optional environment: TEAMS_APP_ID (default BOT_ID), APP_VERSION (default 1.0.0),
#   WEBSITE_URL (default https://BOT_DOMAIN/), PRIVACY_URL and TERMS_URL (default WEBSITE_URL).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

usage() { echo "usage: $0 [BOT_ID] [BOT_DOMAIN]  (or MICROSOFT_APP_ID and BOT_DOMAIN in the environment)" >&2; exit 2; }
fail() { echo "make-package: $*" >&2; exit 1; }

bot_id="${1:-${MICROSOFT_APP_ID:-}}"
bot_domain="${2:-${BOT_DOMAIN:-}}"
[[ -n "$bot_id" && -n "$bot_domain" ]] || usage
teams_app_id="${TEAMS_APP_ID:-$bot_id}"
app_version="${APP_VERSION:-1.0.0}"
website_url="${WEBSITE_URL:-https://$bot_domain/}"
privacy_url="${PRIVACY_URL:-$website_url}"
terms_url="${TERMS_URL:-$website_url}"

guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
[[ "$bot_id" =~ $guid ]] || fail "BOT_ID must be a GUID, got '$bot_id'"
[[ "$teams_app_id" =~ $guid ]] || fail "TEAMS_APP_ID must be a GUID, got '$teams_app_id'"
[[ "$bot_domain" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]] || fail "BOT_DOMAIN must be a host name without scheme or path, got '$bot_domain'"
[[ "$app_version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] || fail "APP_VERSION must be MAJOR.MINOR.PATCH, got '$app_version'"
for url in "$website_url" "$privacy_url" "$terms_url"; do
  # https only, and no character that would need escaping inside a JSON string
  [[ "$url" =~ ^https://[^[:space:]\"\\]+$ ]] || fail "URLs must start with https:// and hold no space, quote or backslash, got '$url'"
done

manifest="$(<"$here/manifest.json")"
replace() { manifest="${manifest//"\${{$1}}"/"$2"}"; }
replace BOT_ID "$bot_id"
replace TEAMS_APP_ID "$teams_app_id"
replace BOT_DOMAIN "$bot_domain"
replace APP_VERSION "$app_version"
replace WEBSITE_URL "$website_url"
replace PRIVACY_URL "$privacy_url"
replace TERMS_URL "$terms_url"
if [[ "$manifest" == *'${{'* ]]; then
  fail "placeholder left in manifest.json: $(grep -o '\${{[A-Z_]*}}' <<<"$manifest" | sort -u | tr '\n' ' ')"
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
printf '%s\n' "$manifest" >"$stage/manifest.json"
cp "$here/color.png" "$here/outline.png" "$stage/"

mkdir -p "$here/build"
out="$here/build/cqpbot-teams.zip"
rm -f "$out"
if command -v zip >/dev/null 2>&1; then
  (cd "$stage" && zip -q -X "$out" manifest.json color.png outline.png)
elif command -v python3 >/dev/null 2>&1; then
  python3 - "$stage" "$out" <<'PY'
import sys, zipfile
stage, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(f"{stage}/{name}", name)
PY
else
  fail "neither zip nor python3 found"
fi
echo "$out"
