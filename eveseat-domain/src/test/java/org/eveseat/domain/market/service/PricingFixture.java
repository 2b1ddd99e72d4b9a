package org.eveseat.domain.market.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.Standing;
import org.eveseat.domain.character.port.out.StandingsEsi;
import org.eveseat.domain.market.FakeMarketEsi;
import org.eveseat.domain.market.InMemoryMarketBook;
import org.eveseat.domain.market.InMemoryPricingStorage;
import org.eveseat.domain.market.PricingStaticData;
import org.eveseat.domain.market.model.BookScope;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.skill.model.CharacterSkills;
import org.eveseat.domain.skill.model.SkillQueueEntry;
import org.eveseat.domain.skill.port.out.SkillEsi;

/** The pricing services over in-memory ports, with one pilot (of account 1) whose skills and standings ESI gives. */
class PricingFixture {
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    static final CharacterId PILOT = new CharacterId(90000001);
    static final Viewer OWNER = new Viewer(new AccountId(1), false);
    static final Viewer STRANGER = new Viewer(new AccountId(2), false);

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final PricingStaticData staticData = new PricingStaticData();
    final InMemoryMarketBook book = new InMemoryMarketBook();
    final FakeMarketEsi esi = new FakeMarketEsi();
    final InMemoryPricingStorage storage = new InMemoryPricingStorage();
    Object skillsAnswer = new IllegalStateException("no skills set");
    Object standingsAnswer = new IllegalStateException("no standings set");

    HistoryCache histories() {
        return new HistoryCache(esi, storage, clock);
    }

    CalculateProfitService calculator() {
        TraderProfiles profiles = new TraderProfiles(character -> new AccessToken("token", NOW.plusSeconds(600)),
                skills(), standings(), storage);
        return new CalculateProfitService((viewer, character) -> viewer.accountId().equals(OWNER.accountId())
                && character.equals(PILOT), new MarketPlaces(staticData), stationOrders(),
                new FeeRates(profiles, staticData), histories());
    }

    QuickTradeService quickTrade() {
        return new QuickTradeService(new ExactTypeNames(staticData), stationOrders());
    }

    /** The station's sells and the region's buys, as the stored books' StationBooks reads them. */
    StationOrders stationOrders() {
        return new StationOrders((type, region, station) -> book.orders(type, BookScope.region(region)).stream()
                .filter(order -> order.buyOrder() || order.locationId() == station).toList(), staticData);
    }

    @SuppressWarnings("unchecked")
    private SkillEsi skills() {
        return new SkillEsi() {
            @Override
            public EsiResult<CharacterSkills> skills(CharacterId characterId, AccessToken token) {
                return (EsiResult<CharacterSkills>) answer(skillsAnswer);
            }

            @Override
            public EsiResult<List<SkillQueueEntry>> queue(CharacterId characterId, AccessToken token) {
                throw new UnsupportedOperationException("the calculator needs no queue");
            }
        };
    }

    @SuppressWarnings("unchecked")
    private StandingsEsi standings() {
        return (character, token) -> (EsiResult<List<Standing>>) answer(standingsAnswer);
    }

    private static Object answer(Object answerOrFailure) {
        if (answerOrFailure instanceof RuntimeException failure) {
            throw failure;
        }
        return answerOrFailure;
    }
}
