package org.eveseat.example.cli;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What the command needs, from {@code --name=value} arguments or else the server's environment variables
 * ({@code EVESEAT_SSO_CLIENT_ID}, ...), so the same settings serve the server and this example.
 */
record CliOptions(String refreshToken, String clientId, String clientSecret, URI ssoBaseUrl, URI esiBaseUrl,
                  String userAgent, int limit, Optional<String> jdbcUrl, String dbUser, String dbPassword) {
    static final String USAGE = """
            usage: eveseat-example-cli --refresh-token=TOKEN [--client-id=ID --client-secret=SECRET]
                   [--sso-base-url=https://login.eveonline.com] [--esi-base-url=https://esi.evetech.net]
                   [--user-agent="my-app/1.0 (me@example.org)"] [--limit=20]
                   [--jdbc-url=jdbc:postgresql://host:5432/db --db-user=eveseat --db-password=eveseat]
            Without --jdbc-url the journal is kept in memory for this run only.
            Each option may also come from the environment: EVESEAT_REFRESH_TOKEN, EVESEAT_SSO_CLIENT_ID,
            EVESEAT_SSO_CLIENT_SECRET, EVESEAT_SSO_BASE_URL, EVESEAT_ESI_BASE_URL, EVESEAT_ESI_USER_AGENT,
            EVESEAT_DB_URL, EVESEAT_DB_USER, EVESEAT_DB_PASSWORD.""";

    static CliOptions parse(String[] args, Map<String, String> environment) {
        Settings settings = new Settings(args, environment);
        return new CliOptions(
                settings.required("refresh-token", "EVESEAT_REFRESH_TOKEN"),
                settings.required("client-id", "EVESEAT_SSO_CLIENT_ID"),
                settings.required("client-secret", "EVESEAT_SSO_CLIENT_SECRET"),
                URI.create(settings.value("sso-base-url", "EVESEAT_SSO_BASE_URL", "https://login.eveonline.com")),
                URI.create(settings.value("esi-base-url", "EVESEAT_ESI_BASE_URL", "https://esi.evetech.net")),
                settings.value("user-agent", "EVESEAT_ESI_USER_AGENT", "EVESeat-example-cli/0.1"),
                Integer.parseInt(settings.value("limit", null, "20")),
                Optional.ofNullable(settings.value("jdbc-url", "EVESEAT_DB_URL", null)),
                settings.value("db-user", "EVESEAT_DB_USER", "eveseat"),
                settings.value("db-password", "EVESEAT_DB_PASSWORD", "eveseat"));
    }

    private record Settings(String[] args, Map<String, String> environment) {
        String value(String name, String variable, String fallback) {
            for (String arg : args) {
                if (arg.startsWith("--" + name + "=")) {
                    return arg.substring(name.length() + 3);
                }
            }
            String fromEnvironment = variable == null ? null : environment.get(variable);
            return fromEnvironment == null || fromEnvironment.isBlank() ? fallback : fromEnvironment;
        }

        String required(String name, String variable) {
            String value = value(name, variable, null);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " (or " + variable + ") is missing");
            }
            return value;
        }
    }
}
