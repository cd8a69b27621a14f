#!/usr/bin/env bash
# npm audit of the production dependencies: fails on a high or critical
# finding; when the registry does not answer audits (the development
# machines' mirror answers 405), says so and does not fail, since nothing
# was checked either way.
set -uo pipefail
cd "$(dirname "$0")/.."
output=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
echo "$output" | grep -v 'Unknown user config'
if [ "$status" -ne 0 ] && echo "$output" | grep -qE 'audit endpoint returned an error|405 Method Not Allowed|ENOTFOUND|ECONNREFUSED'; then
  echo "npm audit: the registry did not answer the audit request; production dependencies NOT checked."
  exit 0
fi
exit "$status"
