package org.eveseat.example.cli;

import java.net.URI;
import java.util.Map;

/**
 * What the command needs, from {@code --name=value} arguments or else the server's environment variables
 * ({@code EVESEAT_SSO_CLIENT_ID}, ...), so the same settings serve the server and this example.
 */
record CliOptions(String refreshToken, String clientId, String clientSecret, URI ssoBaseUrl, URI esiBaseUrl,
                  String userAgent, int limit) {
    static final String USAGE = """
            usage: eveseat-example-cli --refresh-token=TOKEN [--client-id=ID --client-secret=SECRET]
                   [--sso-base-url=https://login.eveonline.com] [--esi-base-url=https://esi.evetech.net]
                   [--user-agent="my-app/1.0 (me@example.org)"] [--limit=20]
            Each option may also come from the environment: EVESEAT_REFRESH_TOKEN, EVESEAT_SSO_CLIENT_ID,
            EVESEAT_SSO_CLIENT_SECRET, EVESEAT_SSO_BASE_URL, EVESEAT_ESI_BASE_URL, EVESEAT_ESI_USER_AGENT.""";

    static CliOptions parse(String[] args, Map<String, String> environment) {
        Settings settings = new Settings(args, environment);
        return new CliOptions(
                settings.required("refresh-token", "EVESEAT_REFRESH_TOKEN"),
                settings.required("client-id", "EVESEAT_SSO_CLIENT_ID"),
                settings.required("client-secret", "EVESEAT_SSO_CLIENT_SECRET"),
                URI.create(settings.value("sso-base-url", "EVESEAT_SSO_BASE_URL", "https://login.eveonline.com")),
                URI.create(settings.value("esi-base-url", "EVESEAT_ESI_BASE_URL", "https://esi.evetech.net")),
                settings.value("user-agent", "EVESEAT_ESI_USER_AGENT", "EVESeat-example-cli/0.1"),
                Integer.parseInt(settings.value("limit", null, "20")));
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
