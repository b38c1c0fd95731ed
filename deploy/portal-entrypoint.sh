#!/bin/sh
# Entry point of the portal containers in docker-compose.yml (portal1, portal2, migrate).
# Turns the compose secrets (files under /run/secrets) into the portal's settings, so no
# password appears in the compose file, in .env or in `docker inspect`, then runs the portal
# with the given arguments: none for the web server, `migrate` for the one-shot migration.
set -eu

# The database password completes DB_CONNECTION (everything but the password) into
# Database__ConnectionString. Quoted, so it may hold ; and ' but not ".
# migrate connects as the admin login (db_admin_password) and creates the portals' login with db_password.
if [ -f /run/secrets/db_admin_password ]; then
  db_password=$(cat /run/secrets/db_admin_password)
else
  db_password=$(cat /run/secrets/db_password)
fi
if [ -z "$db_password" ]; then
  echo "portal-entrypoint: the database password secret is empty" >&2
  exit 2
fi
case $db_password in
  *'"'*)
    echo "portal-entrypoint: the database password must not contain a double quote" >&2
    exit 2
    ;;
esac
export Database__ConnectionString="${DB_CONNECTION:?DB_CONNECTION is not set};Password=\"$db_password\""
unset DB_CONNECTION db_password

# The OpenID Connect client secret; an empty file means a public client (the test provider).
client_secret=$(cat /run/secrets/oidc_client_secret)
if [ -n "$client_secret" ]; then
  export Authentication__Oidc__ClientSecret="$client_secret"
fi
unset client_secret

# The SMTP password and the SMS gateway's key (the portals only; migrate sends nothing).
if [ -f /run/secrets/smtp_password ] && [ -s /run/secrets/smtp_password ]; then
  Smtp__Password=$(cat /run/secrets/smtp_password)
  export Smtp__Password
fi
if [ -f /run/secrets/sms_api_key ]; then
  Sms__ApiKey=$(cat /run/secrets/sms_api_key)
  export Sms__ApiKey
fi

exec dotnet "${APP_DLL:-BKK.Portal.Web.dll}" "$@"
