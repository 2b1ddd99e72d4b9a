#!/usr/bin/env bash
# Prepares a running Payara Server 6 domain for EVESeat: the PostgreSQL driver, the connection pool and the
# datasource jdbc/eveseat, and the batch job repository in that same database (see docs/STACK.md: a chunk that
# writes through JPA and a job repository on another database cannot share one non-XA transaction).
#
#   EVESEAT_DB_URL=jdbc:postgresql://db:5432/eveseat EVESEAT_DB_USER=eveseat EVESEAT_DB_PASSWORD=secret \
#   payara-datasource.sh /opt/payara6 postgresql-42.7.8.jar [asadmin options, e.g. --port 4848]
#
# Then: asadmin deploy eveseat.ear
set -euo pipefail
payara=${1:?usage: payara-datasource.sh PAYARA_HOME POSTGRESQL_DRIVER_JAR [asadmin options]}
driver=$(realpath "${2:?usage: payara-datasource.sh PAYARA_HOME POSTGRESQL_DRIVER_JAR [asadmin options]}")
shift 2
: "${EVESEAT_DB_URL:?set EVESEAT_DB_URL, e.g. jdbc:postgresql://127.0.0.1:5432/eveseat}"
# asadmin separates pool properties with ':', so the URL's own colons are escaped, twice: multimode reads one
url=${EVESEAT_DB_URL//:/\\\\:}
commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
# one asadmin session for all commands (each asadmin start costs a few seconds)
cat > "$commands" <<ASADMIN
add-library $driver
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 40 --property user=${EVESEAT_DB_USER:-eveseat}:password=${EVESEAT_DB_PASSWORD:-eveseat}:url=$url eveseat-pool
create-jdbc-resource --connectionpoolid eveseat-pool jdbc/eveseat
set-batch-runtime-configuration --dataSourceLookupName jdbc/eveseat
ping-connection-pool eveseat-pool
ASADMIN
"$payara/bin/asadmin" "$@" multimode --file "$commands"
