#!/usr/bin/python3
"""Checks the rendered docker-compose.yml (from `docker-compose config` on stdin) for what the security review asked:
the test provider of synthetic users starts only with the profile "test", and the portals do not connect as sa
but with their own login, while only migrate gets the admin password. Run by test.sh (python3-yaml comes with
Debian's docker-compose)."""
import sys

import yaml

services = yaml.safe_load(sys.stdin)["services"]
problems = []


def user_of(service):
    connection = services[service]["environment"].get("DB_CONNECTION", "")
    return next((part.split("=", 1)[1] for part in connection.split(";") if part.lower().startswith("user id=")), None)


if "test" not in (services.get("identity", {}).get("profiles") or []):
    problems.append("the identity service (synthetic users) must run only with the profile 'test'")
for name in ("portal1", "portal2"):
    service = services[name]
    if (user_of(name) or "").lower() in ("sa", (user_of("migrate") or "").lower()):
        problems.append(f"{name} connects to the database as the admin login ({user_of(name)})")
    secrets = [s["source"] if isinstance(s, dict) else s for s in service.get("secrets", [])]
    if "db_admin_password" in secrets:
        problems.append(f"{name} gets the database admin password")
    for key in ("DataProtection__CertificatePath", "DataProtection__CertificatePasswordFile"):
        if key not in service["environment"]:
            problems.append(f"{name} has no {key}: the Data Protection keys would not be encrypted")
    if "Redis__ConnectionString" not in service["environment"]:
        problems.append(f"{name} has no Redis__ConnectionString: a chat would not reach the other instance")
if services.get("redis", {}).get("ports"):
    problems.append("redis publishes a port: the backplane is for the portals on the backend network only")
if "Database__PortalLogin" not in services["migrate"]["environment"]:
    problems.append("migrate does not create the portals' own login (Database__PortalLogin)")
for problem in problems:
    print("check-compose: " + problem, file=sys.stderr)
sys.exit(1 if problems else 0)
