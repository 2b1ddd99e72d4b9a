#!/usr/bin/env bash
# Prepares a stopped WildFly 39 for EVESeat, on its MicroProfile configuration (standalone-microprofile.xml):
# the PostgreSQL driver as a module, the datasource java:/jdbc/eveseat, the batch subsystem with its job
# repository in that same database (that configuration has no batch subsystem), Faces, and EclipseLink's
# platform (the EAR brings EclipseLink; without the platform it finds no JTA transaction manager).
#
#   JBOSS_HOME=/opt/wildfly EVESEAT_DB_URL=jdbc:postgresql://db:5432/eveseat \
#   EVESEAT_DB_USER=eveseat EVESEAT_DB_PASSWORD=secret wildfly-datasource.sh postgresql-42.7.8.jar
#
# Then: $JBOSS_HOME/bin/standalone.sh -c standalone-microprofile.xml, and deploy eveseat.ear.
set -euo pipefail
driver=$(realpath "${1:?usage: wildfly-datasource.sh POSTGRESQL_DRIVER_JAR}")
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly directory}"
: "${EVESEAT_DB_URL:?set EVESEAT_DB_URL, e.g. jdbc:postgresql://127.0.0.1:5432/eveseat}"
config=${WILDFLY_CONFIG:-standalone-microprofile.xml}

"$JBOSS_HOME/bin/jboss-cli.sh" --echo-command <<CLI
embed-server --server-config=$config --std-out=discard
module add --name=org.postgresql --resources=$driver --dependencies=java.logging,java.naming,java.sql,java.security.jgss,jakarta.transaction.api
/subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql,driver-module-name=org.postgresql,driver-class-name=org.postgresql.Driver)
data-source add --name=eveseat --jndi-name=java:/jdbc/eveseat --driver-name=postgresql --connection-url=$EVESEAT_DB_URL --user-name=${EVESEAT_DB_USER:-eveseat} --password=${EVESEAT_DB_PASSWORD:-eveseat} --min-pool-size=2 --max-pool-size=40 --valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker --background-validation=true
/extension=org.wildfly.extension.batch.jberet:add
batch
/subsystem=batch-jberet:add(default-job-repository=eveseat,default-thread-pool=batch)
/subsystem=batch-jberet/jdbc-job-repository=eveseat:add(data-source=eveseat)
/subsystem=batch-jberet/thread-pool=batch:add(max-threads=10,keepalive-time={time=30,unit=SECONDS})
run-batch
/system-property=eclipselink.target-server:add(value=WildFly)
/extension=org.jboss.as.jsf:add
/subsystem=jsf:add
stop-embedded-server
CLI
