package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eveseat.it.EngineApi.storedJournalIds;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.ledger.JournalEntry;

/**
 * What the tests that stop a node in the middle of a wallet-journal walk share: a large journal on the fake ESI,
 * the configured admin with the walking pilot as an alt (the pilot's login starts the walk), and the wait for
 * the stored entries.
 */
final class JournalWalkNodes {
    static final long MAIN = 2112625428L;
    static final int PAGES = 30;

    private JournalWalkNodes() {
    }

    /** A journal of {@link #PAGES} full pages for the pilot on the fake ESI, its answers cached for an hour. */
    static List<JournalEntry> journalOf(FakeEsi esi, long pilot) {
        List<JournalEntry> ledger = JournalEntry.generate(pilot, PAGES * FakeEsi.DEFAULT_PAGE_SIZE,
                esi.ledger().anchor());
        esi.resetFaults().pageSize(FakeEsi.DEFAULT_PAGE_SIZE).cacheSeconds(Duration.ofSeconds(3600));
        esi.ledger().character(pilot).journal().set(ledger);
        return ledger;
    }

    static String journalPath(long pilot) {
        return "/characters/" + pilot + "/wallet/journal";
    }

    /** The admin's account (MAIN, the configured admin) with the pilot linked to it as an alt. */
    static Browser adminWithAlt(FakeEveSso sso, PayaraNode node, long pilot, String name, String ownerHash) {
        Browser admin = admin(sso, node);
        sso.loginAs(pilot, name, ownerHash, Set.of("publicData", "esi-wallet.read_character_wallet.v1"));
        assertThat(admin.logIn().statusCode()).isEqualTo(303);
        return admin;
    }

    static Browser admin(FakeEveSso sso, PayaraNode node) {
        Browser admin = new Browser(node.base());
        sso.loginAs(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
        assertThat(admin.logIn().statusCode()).isEqualTo(303);
        return admin;
    }

    /** The walk ends with the whole ledger stored once, read from the pages stored before the cut, not page 1. */
    static void assertWalkEndsWhereItLeftOff(FakeEsi esi, long pilot, List<JournalEntry> ledger, int storedBefore,
                                             int requestsBefore) {
        awaitStored(pilot, ledger.size());
        assertThat(storedJournalIds(pilot)).as("0 missing, 0 duplicate")
                .containsExactlyElementsOf(ledger.stream().map(JournalEntry::id).toList());
        int pagesLeft = PAGES - storedBefore / FakeEsi.DEFAULT_PAGE_SIZE;
        assertThat(esi.requestCount(journalPath(pilot)) - requestsBefore)
                .as("resumed where it stopped, not from page 1").isLessThanOrEqualTo(pagesLeft + 2);
    }

    static void awaitStored(long pilot, int count) {
        Await.until(count + " journal entries stored (count as last seen)", Duration.ofSeconds(180),
                () -> storedJournalIds(pilot).size(), stored -> stored >= count);
    }
}
