package org.eveseat.fake;

import org.eveseat.fake.ledger.CharacterLedger;
import org.eveseat.fake.routes.Scopes;

import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs the fake SSO and ESI side by side for manual testing of a local EVESeat, until killed.
 * Settings, as {@code name=value} arguments or {@code -Deveseat.fake.name=value}:
 * {@code sso-port} (18081), {@code esi-port} (18082), {@code client-id} (eveseat-dev),
 * {@code client-secret} (eveseat-dev-secret), {@code callback-url} (any, if unset), {@code market-scale} (1: the
 * five hub regions' order books at ESI's size, about a million orders; 0 for the small default books).
 */
public final class FakeEveOnline {

    static final long DEMO_CHARACTER_ID = 2112625428L;
    static final String DEMO_CHARACTER_NAME = "Demo Pilot";
    /** The seed of the generated market books: the same books at every start. */
    static final long MARKET_SEED = 20261207L;
    /** Every scope of the routes the fake ESI serves. */
    static final Set<String> SCOPES = Set.copyOf(Scopes.ALL);

    private FakeEveOnline() {
    }

    public static void main(String[] args) throws InterruptedException {
        int ssoPort = Integer.parseInt(setting(args, "sso-port", "18081"));
        int esiPort = Integer.parseInt(setting(args, "esi-port", "18082"));
        FakeEveSso sso = new FakeEveSso(ssoPort,
                setting(args, "client-id", FakeEveSso.DEFAULT_CLIENT_ID),
                setting(args, "client-secret", FakeEveSso.DEFAULT_CLIENT_SECRET));
        sso.callbackUrl(setting(args, "callback-url", null));
        sso.loginAs(DEMO_CHARACTER_ID, DEMO_CHARACTER_NAME, FakeEveSso.ownerHashOf(DEMO_CHARACTER_ID), SCOPES);
        FakeEsi esi = new FakeEsi(esiPort, sso);
        esi.ledger().character(DEMO_CHARACTER_ID).name(DEMO_CHARACTER_NAME).roles(CharacterLedger.DIRECTOR)
                .walletBalance(new BigDecimal("1234567.89"));
        double marketScale = Double.parseDouble(setting(args, "market-scale", "1"));
        if (marketScale > 0) {
            esi.ledger().publicData().market().generateHubBooks(marketScale, MARKET_SEED);
            // ESI renews a region's book every 5 minutes; so does the fake, between two of its cache times
            Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "fake-market-churn");
                thread.setDaemon(true);
                return thread;
            }).scheduleAtFixedRate(() -> esi.ledger().publicData().market().churnGeneratedBooks(), 5, 5,
                    TimeUnit.MINUTES);
        }
        FakeWebhooks webhooks = new FakeWebhooks(Integer.parseInt(setting(args, "webhook-port", "18083")));
        sso.start();
        esi.start();
        webhooks.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            webhooks.stop();
            esi.stop();
            sso.stop();
        }));

        System.out.println("Fake EVE SSO at " + sso.baseUrl() + ", fake ESI at " + esi.baseUrl()
                + "; logged in as " + DEMO_CHARACTER_NAME + " (" + DEMO_CHARACTER_ID + "), director of corporation "
                + esi.ledger().character(DEMO_CHARACTER_ID).corporationId() + ", with every scope; "
                + esi.routes().size() + " ESI operations served. Fake Discord and Slack webhooks at "
                + webhooks.prefix() + "api/webhooks/1/demo and " + webhooks.prefix() + "services/T1/B1/demo.");
        System.out.println("Point EVESeat at them with:");
        System.out.println("export EVESEAT_SSO_BASE_URL=" + sso.baseUrl());
        System.out.println("export EVESEAT_SSO_ISSUER=" + sso.issuer());
        System.out.println("export EVESEAT_SSO_CLIENT_ID=" + sso.clientId());
        System.out.println("export EVESEAT_SSO_CLIENT_SECRET=" + sso.clientSecret());
        System.out.println("export EVESEAT_ESI_BASE_URL=" + esi.baseUrl());
        // alert channels may then post to the fake Discord and Slack webhooks; GET /received lists the posts
        System.out.println("export EVESEAT_ALERTS_WEBHOOK_PREFIXES=" + webhooks.prefix());
        // a login's refresh token, for programs that take one instead of logging in (eveseat-example-cli)
        System.out.println("export EVESEAT_REFRESH_TOKEN=" + sso.issueRefreshToken(DEMO_CHARACTER_ID, SCOPES));
        new CountDownLatch(1).await();
    }

    private static String setting(String[] args, String name, String fallback) {
        for (String arg : args) {
            String plain = arg.startsWith("--") ? arg.substring(2) : arg;
            if (plain.startsWith(name + "=")) {
                return plain.substring(name.length() + 1);
            }
        }
        return System.getProperty("eveseat.fake." + name, fallback);
    }
}
