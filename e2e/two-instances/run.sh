#!/usr/bin/env bash
# Two `next start` instances of one build behind nginx (round robin), talking to PostgreSQL through
# PgBouncer in transaction pooling mode; then the whole e2e suite (the isolation page matrix included)
# and the cross-instance checks (e2e/two-instances/*.spec.ts) through nginx; then the server actions'
# isolation matrix (tests/isolation) with the app role's connections through PgBouncer.
#
# Installs nothing: expects Debian's nginx (nginx-light) and pgbouncer, and PostgreSQL on
# 127.0.0.1:5432 with trust authentication. Runs its own nginx and PgBouncer, unprivileged, with
# configuration, logs and pid files in a temporary folder, on 127.0.0.1 only.
#
#   npm run test:scale                         # everything
#   npm run test:scale -- e2e/two-instances    # only the cross-instance checks (arguments go to
#                                              # Playwright; the action matrix then is not run)
#
# Environment: SCALE_PORT (first of 4 ports: instance A, instance B, nginx, OIDC provider; default 3800),
# SCALE_PGBOUNCER_PORT (6433), SCALE_DATABASE (boussole_scale), NEXT_DIST_DIR (.next: the build
# `npm start` and the e2e run use, rebuilt only when older than the sources),
# SCALE_KEEP=1 keeps the temporary folder (logs) after the run, SCALE_REUSE_BUILD=1 serves the existing
# build even when sources are newer.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1

first_port=${SCALE_PORT:-3800}
port_a=$first_port
port_b=$((first_port + 1))
port_proxy=$((first_port + 2))
port_oidc=$((first_port + 3))
port_bouncer=${SCALE_PGBOUNCER_PORT:-6433}
database=${SCALE_DATABASE:-boussole_scale}
dist=${NEXT_DIST_DIR:-.next}
direct_url="postgresql://postgres@127.0.0.1:5432/$database"
pooled_url="postgresql://boussole_app@127.0.0.1:$port_bouncer/$database"
next_bin=node_modules/next/dist/bin/next
started=$(date +%s)

for tool in nginx pgbouncer pg_isready psql; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "test:scale : $tool est introuvable (apt-get install -y nginx-light pgbouncer postgresql-client)." >&2
    exit 2
  fi
done
export PATH="$PATH:/usr/sbin"

for port in "$port_a" "$port_b" "$port_proxy" "$port_oidc" "$port_bouncer"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "test:scale : le port $port est déjà pris (SCALE_PORT, SCALE_PGBOUNCER_PORT pour en choisir d'autres)." >&2
    exit 2
  fi
done

work=$(mktemp -d /tmp/boussole-scale.XXXXXX)
chmod 755 "$work"
# PgBouncer refuses to run as root: under root (CI), nginx and PgBouncer run as nobody. setpriv
# executes the program in place, so that the pid kept for the clean-up is the service's own.
as_service=()
if [ "$(id -u)" = 0 ]; then
  as_service=(setpriv --reuid nobody --regid nogroup --clear-groups --)
  chown nobody "$work"
fi

pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$status" -ne 0 ]; then
    for log in instance-a.log instance-b.log pgbouncer.out pgbouncer.log nginx-error.log; do
      [ -f "$work/$log" ] && { echo "--- $log (fin)"; tail -n 30 "$work/$log"; }
    done
  fi
  if [ "${SCALE_KEEP:-0}" = 1 ]; then echo "Journaux gardés dans $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # description, command...
  local what=$1; shift
  for _ in $(seq 1 120); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "test:scale : $what ne répond pas." >&2
  return 1
}

echo "== Base $database : création, migrations, données de démonstration (connexion directe)"
DATABASE_URL=$direct_url npx tsx e2e/support/prepare-database.ts

# The app sends its timeouts as start-up parameters (src/server/pool-settings.ts), which PgBouncer
# cannot pass on to a server connection shared by many clients: it is told to ignore them, and the
# same timeouts are set on the server side for the app role in this database instead.
psql -q -h 127.0.0.1 -p 5432 -U postgres -d "$database" -v ON_ERROR_STOP=1 <<SQL
ALTER ROLE boussole_app IN DATABASE "$database" SET statement_timeout = '15s';
ALTER ROLE boussole_app IN DATABASE "$database" SET lock_timeout = '5s';
ALTER ROLE boussole_app IN DATABASE "$database" SET idle_in_transaction_session_timeout = '20s';
SQL

echo "== Construction ($dist)"
# Sources newer than the build? (The generated Prisma client is rewritten by every db:generate: its
# schema, prisma/schema.prisma, stands for it.)
newer=$(find src next.config.ts package.json postcss.config.mjs prisma/schema.prisma -path src/generated -prune \
  -o -newer "$dist/BUILD_ID" -print -quit 2>/dev/null || true)
if [ -f "$dist/BUILD_ID" ] && [ -z "$newer" ]; then
  echo "construction à jour"
elif [ -f "$dist/BUILD_ID" ] && [ "${SCALE_REUSE_BUILD:-0}" = 1 ]; then
  echo "construction existante réutilisée (SCALE_REUSE_BUILD=1)"
else
  # next build adds its folder to tsconfig.json's include: put the file back as it was.
  cp tsconfig.json "$work/tsconfig.json"
  NEXT_DIST_DIR=$dist node "$next_bin" build >"$work/build.log" 2>&1 || { cp "$work/tsconfig.json" tsconfig.json; tail -n 40 "$work/build.log"; exit 1; }
  cmp -s tsconfig.json "$work/tsconfig.json" || cp "$work/tsconfig.json" tsconfig.json
  echo "construite"
fi

echo "== PgBouncer (mode transaction) sur 127.0.0.1:$port_bouncer"
# Trust authentication as on the PostgreSQL server behind it; the user names must still be listed.
printf '"boussole_app" ""\n"postgres" ""\n' >"$work/userlist.txt"
cat >"$work/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=5432

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port_bouncer
unix_socket_dir =
auth_type = trust
auth_file = $work/userlist.txt
admin_users = postgres
pool_mode = transaction
; fewer server connections than the two instances' pools (2 x 10): transactions share them
default_pool_size = 8
max_client_conn = 200
server_reset_query =
ignore_startup_parameters = extra_float_digits,statement_timeout,lock_timeout,idle_in_transaction_session_timeout
logfile = $work/pgbouncer.log
pidfile = $work/pgbouncer.pid
EOF
"${as_service[@]}" pgbouncer "$work/pgbouncer.ini" >"$work/pgbouncer.out" 2>&1 &
pids+=($!)
wait_for "PgBouncer" pg_isready -h 127.0.0.1 -p "$port_bouncer" -U postgres -q
timeouts=$(psql -At -h 127.0.0.1 -p "$port_bouncer" -U boussole_app -d "$database" \
  -c "SELECT current_setting('statement_timeout') || ' ' || current_setting('lock_timeout') || ' ' || current_setting('idle_in_transaction_session_timeout')")
echo "délais de la base vus à travers PgBouncer : $timeouts"
[ "$timeouts" = "15s 5s 20s" ] || { echo "test:scale : délais inattendus à travers PgBouncer." >&2; exit 1; }

echo "== Deux instances de la même construction : 127.0.0.1:$port_a et 127.0.0.1:$port_b"
start_instance() { # port, log
  # PgBouncer 1.18 (Debian 12) does not track prepared statements in transaction mode.
  env DATABASE_URL="$direct_url" APP_DATABASE_URL="$pooled_url" DATABASE_POOL_MAX=10 DATABASE_PREPARED_STATEMENTS=0 \
    AUTH_SECRET="e2e-secret-not-for-production-0123456789abcdef" TRUST_PROXY=1 NEXT_DIST_DIR="$dist" \
    OIDC_ISSUER="http://127.0.0.1:$port_oidc" OIDC_CLIENT_ID=boussole-e2e \
    OIDC_CLIENT_SECRET=e2e-oidc-client-secret-not-for-production \
    node "$next_bin" start --hostname 127.0.0.1 --port "$1" >"$work/$2" 2>&1 &
  pids+=($!)
}
start_instance "$port_a" instance-a.log
start_instance "$port_b" instance-b.log
wait_for "l'instance A" curl -fsS "http://127.0.0.1:$port_a/api/sante"
wait_for "l'instance B" curl -fsS "http://127.0.0.1:$port_b/api/sante"
# Each instance loads a route's code on its first request: load the sign-in page and home on both.
for port in "$port_a" "$port_b"; do
  for page in /connexion /; do curl -fsS -o /dev/null "http://127.0.0.1:$port$page" || true; done
done

echo "== nginx (répartition tour à tour) sur 127.0.0.1:$port_proxy"
cat >"$work/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 512; }
http {
  log_format upstream '\$remote_addr "\$request" \$status \$upstream_addr';
  access_log $work/nginx-access.log upstream;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  # Uploads through server actions go up to 11 Mo (next.config.ts).
  client_max_body_size 12m;
  # Addresses and headers up to Node's own limit (16 Ko): the app, not nginx, decides below it.
  large_client_header_buffers 4 32k;

  upstream boussole {
    server 127.0.0.1:$port_a;
    server 127.0.0.1:$port_b;
    keepalive 16;
    # Shorter than Node's 5 s keep-alive: nginx must never reuse a connection the instance is
    # closing (seen: "connection reset by peer"; a POST is not retried on the other instance).
    keepalive_timeout 4s;
  }

  server {
    listen 127.0.0.1:$port_proxy;
    # What nginx answers itself (a malformed address such as %00, a body too large, no instance
    # reachable) is said in French too, without nginx's English page.
    error_page 400 =400 /.nginx-400;
    error_page 413 =413 /.nginx-413;
    error_page 414 =414 /.nginx-414;
    error_page 494 =431 /.nginx-431;
    error_page 502 503 504 =503 /.nginx-503;
    location = /.nginx-400 { internal; default_type "text/plain; charset=utf-8"; return 200 "Demande refusée : elle est mal formée.\n"; }
    location = /.nginx-414 { internal; default_type "text/plain; charset=utf-8"; return 200 "Demande refusée : l'adresse est trop longue.\n"; }
    location = /.nginx-431 { internal; default_type "text/plain; charset=utf-8"; return 200 "Demande refusée : ses en-têtes sont trop longs.\n"; }
    location = /.nginx-413 { internal; default_type "text/plain; charset=utf-8"; return 200 "Demande refusée : l'envoi dépasse la taille permise (11 Mo).\n"; }
    location = /.nginx-503 { internal; default_type "text/plain; charset=utf-8"; add_header Retry-After 5 always; return 200 "Service momentanément indisponible : réessayez dans quelques secondes.\n"; }
    location / {
      proxy_pass http://boussole;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # The app (TRUST_PROXY=1) takes the last address of this list: the one nginx appends.
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Real-IP \$remote_addr;
      # Server-rendered pages stream (Suspense): pass them on as they come.
      proxy_buffering off;
      proxy_read_timeout 120s;
      add_header X-Boussole-Instance \$upstream_addr always;
    }
  }
}
EOF
"${as_service[@]}" nginx -e "$work/nginx-error.log" -c "$work/nginx.conf" &
pids+=($!)
wait_for "nginx" curl -fsS "http://127.0.0.1:$port_proxy/api/sante"

# The desktop project only: the phone project replays the same journeys at another width, which
# `npm run test:e2e` covers; through two instances it would double the run for no check of its own.
echo "== Suite e2e à travers nginx (bureau)"
suite_started=$(date +%s)
status=0
E2E_EXTERNAL_APP=1 E2E_PORT=$port_proxy E2E_OIDC_PORT=$port_oidc E2E_DATABASE_URL=$direct_url \
  E2E_INSTANCE_A="http://127.0.0.1:$port_a" E2E_INSTANCE_B="http://127.0.0.1:$port_b" \
  npx playwright test --config e2e/playwright.config.ts --project=desktop "$@" || status=$?
suite_seconds=$(($(date +%s) - suite_started))

matrix_seconds=0
if [ $# -eq 0 ]; then
  echo "== Matrice d'isolement des actions, le rôle de l'application passant par PgBouncer"
  # Every server action, as every persona, on every school (tests/isolation): the owner's set-up
  # connections go straight to PostgreSQL, the app role's through PgBouncer in transaction mode.
  matrix_started=$(date +%s)
  TEST_POOLER_URL="postgresql://127.0.0.1:$port_bouncer" DATABASE_PREPARED_STATEMENTS=0 npx vitest run --config tests/vitest.config.ts \
    --project integration tests/isolation/actions.integration.test.ts || status=$?
  matrix_seconds=$(($(date +%s) - matrix_started))
fi

echo "== Répartition des requêtes par instance (journal de nginx)"
awk '{print $NF}' "$work/nginx-access.log" | sort | uniq -c
served_a=$(grep -c " 127.0.0.1:$port_a\$" "$work/nginx-access.log" || true)
served_b=$(grep -c " 127.0.0.1:$port_b\$" "$work/nginx-access.log" || true)
errors_5xx=$(awk '$(NF-1) ~ /^5/' "$work/nginx-access.log" | wc -l)
echo "réponses 5xx : $errors_5xx"
if [ "$errors_5xx" -gt 0 ]; then
  # No test expects a 5xx: one means an instance failed, or nginx could not reach it.
  awk '$(NF-1) ~ /^5/' "$work/nginx-access.log" | head -n 20
  status=1
fi
grep -F "[error]" "$work/nginx-error.log" | head -n 20 || true
echo "== PgBouncer"
psql -h 127.0.0.1 -p "$port_bouncer" -U postgres -d pgbouncer -c "SHOW POOLS" | grep -E "database|$database" || true
psql -h 127.0.0.1 -p "$port_bouncer" -U postgres -d pgbouncer -c "SHOW STATS" | grep -E "database|$database" || true
if grep -E "unsupported startup parameter|prepared statement .* does not exist|prepared statement .* already exists" \
  "$work/pgbouncer.log" "$work/instance-a.log" "$work/instance-b.log"; then
  echo "test:scale : erreur propre au regroupement par transaction (voir ci-dessus)." >&2
  status=1
fi
if [ "$served_a" -eq 0 ] || [ "$served_b" -eq 0 ]; then
  echo "test:scale : nginx n'a pas servi les deux instances (A : $served_a, B : $served_b)." >&2
  status=1
fi
echo "Suite e2e : ${suite_seconds} s ; matrice des actions : ${matrix_seconds} s ; au total : $(($(date +%s) - started)) s ; requêtes A : $served_a, B : $served_b"
exit "$status"
