package org.eveseat.domain.wallet.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiPage;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.eveseat.domain.universe.model.SolarSystem;
import org.eveseat.domain.universe.model.Stargate;
import org.eveseat.domain.universe.port.out.UniverseEsi;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.wallet.model.DivisionBalance;
import org.eveseat.domain.wallet.model.JournalRefType;
import org.eveseat.domain.wallet.model.WalletDivision;
import org.eveseat.domain.wallet.model.WalletJournalEntry;
import org.eveseat.domain.wallet.model.WalletTransaction;
import org.eveseat.domain.wallet.port.out.CorporationWalletEsi;
import org.eveseat.domain.wallet.port.out.PartyNameRepository;

/** Who may see what in the wallet read tests, a names store and a scripted names lookup. */
final class WalletFakes {
    static final AccountId OWNER = new AccountId(1);
    static final Viewer OWNER_VIEWER = new Viewer(OWNER, false);
    static final Viewer STRANGER = new Viewer(new AccountId(2), false);
    static final Viewer ADMIN = new Viewer(new AccountId(3), true);
    static final CharacterId PILOT = new CharacterId(2112625428L);
    static final CorporationId CORPORATION = new CorporationId(98000001L);

    static final CharacterVisibilityQuery VISIBILITY = (viewer, character) ->
            character.equals(PILOT) && (viewer.admin() || viewer.accountId().equals(OWNER));
    /** The owner's character is the corporation's accountant. */
    static final CorporationRolesQuery ROLES = (viewer, corporation, roles) ->
            viewer.admin() || corporation.equals(CORPORATION) && viewer.accountId().equals(OWNER);
    static final WalletAccess ACCESS = new WalletAccess(VISIBILITY, ROLES);

    private WalletFakes() {
    }

    static WalletJournalEntry entry(long id, String amount, Long firstParty, Long secondParty) {
        return new WalletJournalEntry(id, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(id),
                JournalRefType.PLAYER_DONATION, "donation", new Isk(new BigDecimal(amount)), null, firstParty,
                secondParty, null, null, null, null);
    }

    /** Corporation wallets on ESI that answer balances (as the supplier gives them) and nothing else. */
    static CorporationWalletEsi corporationBalances(Supplier<EsiResult<List<DivisionBalance>>> balances) {
        return new CorporationWalletEsi() {
            @Override
            public EsiResult<List<DivisionBalance>> balances(CorporationId c, AccessToken t) {
                return balances.get();
            }

            @Override
            public EsiResult<List<WalletJournalEntry>> journal(CorporationId c, WalletDivision d, AccessToken t) {
                throw new UnsupportedOperationException();
            }

            @Override
            public EsiResult<EsiPage<WalletJournalEntry>> journalPage(CorporationId c, WalletDivision d, int page,
                                                                      AccessToken t) {
                throw new UnsupportedOperationException();
            }

            @Override
            public EsiResult<List<WalletTransaction>> transactions(CorporationId c, WalletDivision d,
                                                                   OptionalLong fromId, AccessToken t) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static final class Names implements PartyNameRepository {
        final Map<Long, String> stored = new HashMap<>();

        @Override
        public Map<Long, String> find(Set<Long> ids) {
            Map<Long, String> found = new HashMap<>(stored);
            found.keySet().retainAll(ids);
            return found;
        }

        @Override
        public void save(List<ResolvedName> names) {
            names.forEach(n -> stored.put(n.id(), n.name()));
        }
    }

    /** Knows the names given; records every lookup; fails with {@code failure} when set. */
    static final class Universe implements UniverseEsi {
        final Map<Long, String> known = new HashMap<>();
        final List<Set<Long>> lookups = new ArrayList<>();
        RuntimeException failure;

        @Override
        public List<ResolvedName> names(Set<Long> ids) {
            lookups.add(Set.copyOf(ids));
            if (failure != null) {
                throw failure;
            }
            return ids.stream().filter(known::containsKey)
                    .map(id -> new ResolvedName(id, known.get(id), NameCategory.CHARACTER)).toList();
        }

        @Override
        public EsiResult<SolarSystem> system(SolarSystemId systemId) {
            throw new UnsupportedOperationException("not used by the wallet");
        }

        @Override
        public EsiResult<Stargate> stargate(long stargateId) {
            throw new UnsupportedOperationException("not used by the wallet");
        }
    }
}
