package org.eveseat.adapter.esi.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eveseat.adapter.esi.common.EsiBudget;
import org.eveseat.adapter.esi.common.EsiCache;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.Retrier;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.fake.FakeClock;
import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;

/**
 * A fake EVE SSO and ESI with a gateway and settings pointing at them, as adapters get them in the server; the
 * gateway reads the fake's clock, so a test moves both past a cache time at once.
 */
public final class FakeEsiHarness implements AutoCloseable {
    public static final String USER_AGENT = "EVESeat-test/1.0 (ops@example.org)";

    private final FakeEveSso sso = new FakeEveSso().start();
    private final FakeEsi esi = new FakeEsi(sso).start();
    private final ExecutorService pages = Executors.newFixedThreadPool(4);
    private final EsiBudget budget = new EsiBudget(esi.clock(), 20, RateLimitGroup.fromSpec());
    private final EsiGateway gateway = new EsiGateway(new EsiCache(), budget, new Retrier(3, Duration.ofMillis(5)),
            pages, esi.clock());

    public EsiSettings settings() {
        return new EsiSettings(URI.create(esi.baseUrl()), EsiSettings.COMPATIBILITY_DATE, USER_AGENT,
                Duration.ofSeconds(5));
    }

    public EsiGateway gateway() {
        return gateway;
    }

    public EsiBudget budget() {
        return budget;
    }

    /** The one clock of the fake ESI and the gateway: advance it to let cache times pass. */
    public FakeClock clock() {
        return esi.clock();
    }

    public FakeEsi esi() {
        return esi;
    }

    public FakeEveSso sso() {
        return sso;
    }

    public AccessToken token(long characterId, Set<String> scopes) {
        return new AccessToken(sso.mintAccessToken(characterId, scopes), Instant.now().plusSeconds(1199));
    }

    @Override
    public void close() {
        pages.shutdownNow();
        esi.stop();
        sso.stop();
    }
}
