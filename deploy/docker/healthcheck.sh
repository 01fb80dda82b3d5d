#!/usr/bin/env bash
# Container health = Spring Boot's readiness probe answers UP. Uses bash's /dev/tcp, so the image needs
# neither curl nor wget.
set -euo pipefail
port=${SERVER_PORT:-8080}
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
response=$(timeout 3 cat <&3)
exec 3<&-
case "$response" in
  "HTTP/1."?" 200"*'"UP"'*) exit 0 ;;
  *) exit 1 ;;
esac
