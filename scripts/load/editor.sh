#!/usr/bin/env bash
# One editor of the load test: signs in, then from the start time until the deadline opens its report
# form and saves a draft (a real POST with the form's CSRF token and version). One line per request on
# stdout: "<kind> <http status> <seconds>". Used by scripts/load-test.sh.
#   editor.sh BASE_URL EMAIL PASSWORD OBJECTIVE_CODE END_EPOCH_SECONDS [START_EPOCH_SECONDS]
set -uo pipefail
base=$1 email=$2 password=$3 code=$4 end=$5 start=${6:-0}
# THINK_MS: the editor's pause before opening the form and before saving it (0: back to back)
pause() { [ "${THINK_MS:-0}" -gt 0 ] && sleep "$(awk -v ms="$THINK_MS" 'BEGIN { printf "%.3f", ms / 1000 }')"; return 0; }
jar=$(mktemp)
trap 'rm -f "$jar" "$jar.html"' EXIT
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="//; s/"$//'; }

curl -s -c "$jar" -b "$jar" -o "$jar.html" "$base/connexion"
token=$(csrf_of "$jar.html")
out=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}' \
  --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
  "$base/connexion")
read -r status seconds location <<<"$out"
echo "login $status $seconds"
case "$location" in *connexion*) echo "login-refused 0 0"; exit 1 ;; esac

while [ "$(date +%s)" -lt "$start" ]; do sleep 0.2; done
n=0
while [ "$(date +%s)" -lt "$end" ]; do
  n=$((n + 1))
  pause
  out=$(curl -s -c "$jar" -b "$jar" -o "$jar.html" -w '%{http_code} %{time_total}' "$base/espace/objectifs/$code")
  echo "form $out"
  token=$(csrf_of "$jar.html")
  version=$(grep -o 'name="version" value="[^"]*"' "$jar.html" | head -n 1 | sed 's/.*value="//; s/"$//')
  pause
  out=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' \
    --data-urlencode "_csrf=$token" --data-urlencode "version=$version" --data-urlencode "status=ON_TRACK" \
    --data-urlencode "narrative=Brouillon de charge n° $n de $email." --data-urlencode "action=brouillon" \
    "$base/espace/objectifs/$code")
  echo "save $out"
done
