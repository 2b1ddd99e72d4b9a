package org.eveseat.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.event.port.in.TopicAccessQuery.TopicAccess;
import org.eveseat.domain.event.service.TopicAccessService;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.Viewer;
import org.junit.jupiter.api.Test;

class TopicAccessServiceTest {
    private static final Viewer PILOT = new Viewer(new AccountId(1), false);
    private static final Viewer ADMIN = new Viewer(new AccountId(2), true);

    private final CharacterVisibilityQuery characters = (viewer, id) -> viewer.admin() || id.value() == 90000001L;
    private final CorporationVisibilityQuery corporations = (viewer, id) -> viewer.admin() || id.value() == 98000001L;
    private final CorporationRolesQuery roles = (viewer, id, wanted) -> viewer.admin()
            || id.value() == 98000001L && viewer.accountId().value() == 3 && wanted.contains(CorporationRole.TRADER);
    private final TopicAccessService access = new TopicAccessService(characters, corporations, roles);

    @Test
    void aPilotReadsTheTopicsOfItsOwnCharacterOnly() {
        for (String feature : Set.of("wallet", "mail", "contracts", "calendar", "alerts", "market")) {
            assertThat(access.access(PILOT, "character.90000001." + feature)).isEqualTo(TopicAccess.ALLOWED);
            assertThat(access.access(PILOT, "character.90000002." + feature)).isEqualTo(TopicAccess.FORBIDDEN);
        }
    }

    @Test
    void corporationTopicsFollowMembership() {
        assertThat(access.access(PILOT, "corporation.98000001.wallet")).isEqualTo(TopicAccess.ALLOWED);
        assertThat(access.access(PILOT, "corporation.98000002.contracts")).isEqualTo(TopicAccess.FORBIDDEN);
        assertThat(access.access(ADMIN, "corporation.98000002.contracts")).isEqualTo(TopicAccess.ALLOWED);
    }

    @Test
    void aCorporationsMarketOrdersAreForTheRolesThatMayReadThemNotForEveryMember() {
        assertThat(access.access(PILOT, "corporation.98000001.market")).isEqualTo(TopicAccess.FORBIDDEN);
        assertThat(access.access(new Viewer(new AccountId(3), false), "corporation.98000001.market"))
                .isEqualTo(TopicAccess.ALLOWED);
        assertThat(access.access(ADMIN, "corporation.98000002.market")).isEqualTo(TopicAccess.ALLOWED);
    }

    @Test
    void jobsAndAlertsAreForAdminsWhileKillmailsAnnouncementsAndMarketBooksAreForEveryone() {
        assertThat(access.access(PILOT, "jobs")).isEqualTo(TopicAccess.FORBIDDEN);
        assertThat(access.access(PILOT, "alerts")).isEqualTo(TopicAccess.FORBIDDEN);
        assertThat(access.access(ADMIN, "jobs")).isEqualTo(TopicAccess.ALLOWED);
        assertThat(access.access(ADMIN, "alerts")).isEqualTo(TopicAccess.ALLOWED);
        assertThat(access.access(PILOT, "killmails")).isEqualTo(TopicAccess.ALLOWED);
        assertThat(access.access(PILOT, "announcements")).isEqualTo(TopicAccess.ALLOWED);
        assertThat(access.access(PILOT, "market")).as("public order books").isEqualTo(TopicAccess.ALLOWED);
        assertThat(access.access(PILOT, "market.10000002")).isEqualTo(TopicAccess.UNKNOWN);
    }

    @Test
    void malformedOrUnknownTopicsAreUnknownEvenForAdmins() {
        for (String topic : new String[] {null, "", "character.0.wallet", "character.90000001.skills",
                "corporation.98000001.mail", "character.abc.wallet", "character.90000001.wallet.extra", "everything"}) {
            assertThat(access.access(ADMIN, topic)).as(String.valueOf(topic)).isEqualTo(TopicAccess.UNKNOWN);
        }
    }
}
