package org.eveseat.example.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eveseat.adapter.esi.common.EsiBudget;
import org.eveseat.adapter.esi.common.EsiCache;
import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RateLimitGroup;
import org.eveseat.adapter.esi.common.Retrier;
import org.eveseat.adapter.esi.sso.EveSsoAdapter;
import org.eveseat.adapter.esi.sso.SsoSettings;
import org.eveseat.adapter.esi.wallet.EsiCorporationWalletAdapter;
import org.eveseat.adapter.esi.wallet.EsiWalletJournalAdapter;
import org.eveseat.domain.DomainSettings;
import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.Ports;
import org.eveseat.domain.character.model.LinkedCharacter;
import org.eveseat.domain.character.model.SsoGrant;
import org.eveseat.domain.character.model.TokenState;
import org.eveseat.domain.event.port.out.EventPublisher;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.JournalStep;
import org.eveseat.domain.wallet.model.JournalWalk;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.port.in.ReadJournalPageUseCase;
import org.eveseat.domain.wallet.port.in.StartJournalWalkUseCase;
import org.eveseat.domain.wallet.port.in.StoreJournalEntriesUseCase;

/**
 * Syncs one character's wallet journal with the server's own use cases, ESI gateway and SSO adapter, assembled in
 * plain Java: the refresh token names the character, then the journal is walked page by page, newest first,
 * until the entries stored before (or ESI's last page), exactly as the server's wallet-journal job does.
 */
final class JournalSync implements AutoCloseable {
    /** A one-shot run has no live clients to tell; the count of new entries is printed instead. */
    private static final EventPublisher NO_LIVE_CLIENTS = event -> { };

    private final ExecutorService pageThreads = Executors.newFixedThreadPool(4);
    private final MemoryPilot pilot = new MemoryPilot();
    private final JournalStorage storage;
    private final EveSsoAdapter sso;
    private final EveSeatDomain domain;

    JournalSync(CliOptions options, JournalStorage storage) {
        this.storage = storage;
        EsiSettings esi = new EsiSettings(options.esiBaseUrl(), EsiSettings.COMPATIBILITY_DATE, options.userAgent(),
                Duration.ofSeconds(20));
        SsoSettings login = new SsoSettings(options.ssoBaseUrl(), Set.of(options.ssoBaseUrl().toString()),
                options.clientId(), options.clientSecret(), Optional.empty(), List.of());
        EsiGateway gateway = new EsiGateway(new EsiCache(), new EsiBudget(Clock.systemUTC(), 20,
                RateLimitGroup.fromSpec()), new Retrier(3, Duration.ofMillis(500)), pageThreads,
                Clock.systemUTC());
        this.sso = new EveSsoAdapter(login, esi);
        Ports adapters = Ports.of(pilot, storage.journal(), storage.walks(), sso, NO_LIVE_CLIENTS,
                new EsiWalletJournalAdapter(esi, gateway), new EsiCorporationWalletAdapter(esi, gateway));
        this.domain = new EveSeatDomain(adapters, DomainSettings.defaults());
    }

    /** Logs in with the refresh token and syncs that character's journal; returns the character and what it got. */
    Result sync(String refreshToken) {
        SsoGrant grant = sso.refresh(refreshToken);
        pilot.save(new LinkedCharacter(grant.characterId(), grant.characterName(), grant.ownerHash(),
                new AccountId(1), grant.scopes(), TokenState.VALID));
        pilot.save(grant.token());
        JournalOwner owner = JournalOwner.character(grant.characterId().value());
        JournalWalk walk = domain.get(StartJournalWalkUseCase.class).start(owner, grant.characterId());
        int pages = 0;
        int added = 0;
        while (!walk.done()) {
            JournalStep step = domain.get(ReadJournalPageUseCase.class).read(walk);
            added += domain.get(StoreJournalEntriesUseCase.class).store(step);
            walk = step.walk();
            pages++;
        }
        return new Result(grant.characterName(), owner, pages, added);
    }

    String storageDescription() {
        return storage.description();
    }

    List<WalletJournalEntry> newest(JournalOwner owner, int limit) {
        return storage.journal().newest(owner, limit);
    }

    /** The refresh token SSO handed out last: SSO rotates them, so the one given is spent. */
    String currentRefreshToken(Result result) {
        return pilot.findByCharacter(new CharacterId(result.owner().id()))
                .orElseThrow().refreshToken();
    }

    record Result(String characterName, JournalOwner owner, int pages, int added) {
    }

    @Override
    public void close() {
        pageThreads.shutdownNow();
    }
}
