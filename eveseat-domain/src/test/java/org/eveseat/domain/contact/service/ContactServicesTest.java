package org.eveseat.domain.contact.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.model.ContactRemoval;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.contact.model.ContactSort;
import org.eveseat.domain.contact.model.ContactType;
import org.eveseat.domain.contact.model.Standing;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.testing.InMemoryContacts;
import org.eveseat.domain.testing.ScriptedContactEsi;
import org.eveseat.domain.testing.ScriptedCorporationInfo;
import org.junit.jupiter.api.Test;

class ContactServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final CharacterId PILOT = new CharacterId(2112625428L);
    private static final CharacterId MEMBER = new CharacterId(2112625429L);
    private static final CorporationId CORPORATION = new CorporationId(98000001L);
    private static final AllianceId ALLIANCE = new AllianceId(99000001L);
    private static final Viewer OWNER = new Viewer(new AccountId(1), false);
    private static final Viewer STRANGER = new Viewer(new AccountId(2), false);
    private static final Contact FRIEND = new Contact(90000001L, ContactType.CHARACTER, new Standing(10), List.of(1L),
            true, false);
    private static final Contact ENEMY = new Contact(99000002L, ContactType.ALLIANCE, new Standing(-10), List.of(),
            null, null);

    private final ScriptedContactEsi esi = new ScriptedContactEsi();
    private final InMemoryContacts stored = new InMemoryContacts();
    private boolean tokenInvalid;
    private final AccessTokenQuery tokens = character -> {
        if (tokenInvalid) {
            throw new TokenInvalidException(character);
        }
        return new AccessToken("token-" + character, NOW.plusSeconds(1000));
    };
    private final CharacterVisibilityQuery characters = (viewer, id) -> viewer.equals(OWNER) && id.equals(PILOT);
    private final CorporationVisibilityQuery corporations = (viewer, id) -> viewer.equals(OWNER)
            && id.equals(CORPORATION);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ScriptedCorporationInfo corporationInfo = new ScriptedCorporationInfo();
    private final SyncCorporationContactsService corporationSync = new SyncCorporationContactsService(tokens, esi,
            corporationInfo, stored, clock);

    @Test
    void aSyncReplacesLabelsAndContactsAndIsDueWhenEsiExpires() {
        stored.save(ContactOwner.of(PILOT), List.of(new Contact(95465499L, ContactType.CHARACTER, new Standing(5),
                List.of(), false, false)));
        esi.labels = List.of(new ContactLabel(1, "Blues"));
        esi.contacts = List.of(FRIEND, ENEMY);

        var outcome = new SyncContactsService(tokens, esi, stored, clock).sync(PILOT);

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(outcome.nextDue()).isEqualTo(ScriptedContactEsi.EXPIRES);
        assertThat(stored.list(ContactOwner.of(PILOT))).containsExactly(FRIEND, ENEMY);
        assertThat(stored.labels(ContactOwner.of(PILOT))).isEqualTo(esi.labels);
    }

    @Test
    void aFailedOrUnauthorisedSyncKeepsWhatIsStored() {
        stored.save(ContactOwner.of(PILOT), List.of(FRIEND));
        esi.failures.add(new UpstreamUnavailableException("ESI timed out"));
        var sync = new SyncContactsService(tokens, esi, stored, clock);

        var failed = sync.sync(PILOT);
        tokenInvalid = true;
        var invalid = sync.sync(PILOT);

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.nextDue()).isEqualTo(NOW.plus(ContactListSync.RETRY_AFTER_FAILURE));
        assertThat(invalid.status()).isEqualTo(Status.TOKEN_INVALID);
        assertThat(stored.list(ContactOwner.of(PILOT))).containsExactly(FRIEND);
    }

    @Test
    void corporationAndAllianceListsAreReadWithTheMembersTokenAndShownToTheirMembersOnly() {
        esi.contacts = List.of(ENEMY);
        corporationInfo.alliance = ALLIANCE;
        stored.allianceMembers.put(ALLIANCE, Set.of(OWNER.accountId()));

        assertThat(corporationSync.sync(CORPORATION, MEMBER).status()).isEqualTo(Status.UPDATED);

        assertThat(esi.calls).containsExactly("labels of corporation 98000001 with token-" + MEMBER,
                "contacts of corporation 98000001 with token-" + MEMBER, "labels of alliance 99000001 with token-"
                        + MEMBER, "contacts of alliance 99000001 with token-" + MEMBER);
        var list = new ListContactsService(characters, corporations, stored);
        for (ContactOwner owner : List.of(ContactOwner.of(CORPORATION), ContactOwner.of(ALLIANCE))) {
            assertThat(list.list(OWNER, owner, ContactSearch.all()).contacts()).containsExactly(ENEMY);
            assertThatThrownBy(() -> list.list(STRANGER, owner, ContactSearch.all()))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(list.list(new Viewer(new AccountId(3), true), ContactOwner.of(ALLIANCE), ContactSearch.all())
                .total()).as("admins see every list").isEqualTo(1);
    }

    @Test
    void aFailedAllianceReadIsReportedWithoutFailingTheCorporationsSync() {
        esi.contacts = List.of(ENEMY);
        corporationInfo.alliance = ALLIANCE;
        esi.failOn.put("labels of alliance", new NotPermittedException("token lacks esi-alliances.read_contacts.v1"));

        var refused = corporationSync.sync(CORPORATION, MEMBER);
        corporationInfo.next.add(new EsiResult.NotDue<>(ScriptedContactEsi.EXPIRES));
        var cached = corporationSync.sync(CORPORATION, MEMBER);
        corporationInfo.next.add(new UpstreamUnavailableException("ESI timed out"));
        var unknown = corporationSync.sync(CORPORATION, MEMBER);

        assertThat(refused.status()).isEqualTo(Status.UPDATED);
        assertThat(refused.detail()).contains("alliance contacts", "esi-alliances.read_contacts.v1");
        assertThat(cached.detail()).as("the stored alliance is used while ESI's cache holds")
                .contains("alliance contacts");
        assertThat(unknown.detail()).contains("alliance of corporation unknown");
        assertThat(stored.list(ContactOwner.of(CORPORATION))).containsExactly(ENEMY);
        assertThat(stored.list(ContactOwner.of(ALLIANCE))).isEmpty();
    }

    @Test
    void listingFiltersSortsAndPages() {
        stored.save(ContactOwner.of(PILOT), List.of(FRIEND, ENEMY, new Contact(90000002L, ContactType.CHARACTER,
                new Standing(5), List.of(1L), false, false)));
        var list = new ListContactsService(characters, corporations, stored);

        var page = list.list(OWNER, ContactOwner.of(PILOT), new ContactSearch(ContactType.CHARACTER, 1L, null,
                ContactSort.STANDING_ASCENDING, 0, 1));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.contacts()).extracting(Contact::contactId).containsExactly(90000002L);
    }

    @Test
    void addEditAndDeleteGoToEsiFirstAndThenToTheStoredList() {
        stored.save(ContactOwner.of(PILOT), List.of(FRIEND));
        esi.added = List.of(98000002L);
        var change = new ContactChange(Set.of(98000002L, FRIEND.contactId()), new Standing(-5), Set.of(2L), false);

        assertThat(new AddContactsService(characters, tokens, esi, stored).add(OWNER, PILOT, change))
                .containsExactly(98000002L);
        assertThat(stored.list(ContactOwner.of(PILOT))).as("a contact already there keeps its settings")
                .containsExactly(FRIEND, new Contact(98000002L, ContactType.CORPORATION, new Standing(-5),
                        List.of(2L), false, null));

        new EditContactsService(characters, tokens, esi, stored).edit(OWNER, PILOT, change);
        assertThat(stored.list(ContactOwner.of(PILOT)).get(0)).isEqualTo(new Contact(FRIEND.contactId(),
                ContactType.CHARACTER, new Standing(-5), List.of(2L), false, false));

        new DeleteContactsService(characters, tokens, esi, stored).delete(OWNER, PILOT,
                new ContactRemoval(Set.of(FRIEND.contactId())));
        assertThat(stored.list(ContactOwner.of(PILOT))).extracting(Contact::contactId).containsExactly(98000002L);
    }

    @Test
    void aRefusedEditChangesNothingAndStrangersAreNotLetIn() {
        stored.save(ContactOwner.of(PILOT), List.of(FRIEND));
        var change = new ContactChange(Set.of(FRIEND.contactId()), new Standing(-10), Set.of(), false);
        esi.failures.add(new UpstreamUnavailableException("ESI down"));

        assertThatThrownBy(() -> new EditContactsService(characters, tokens, esi, stored).edit(OWNER, PILOT, change))
                .isInstanceOf(UpstreamUnavailableException.class);
        assertThatThrownBy(() -> new DeleteContactsService(characters, tokens, esi, stored).delete(STRANGER, PILOT,
                new ContactRemoval(Set.of(FRIEND.contactId())))).isInstanceOf(NotFoundException.class);
        assertThat(stored.list(ContactOwner.of(PILOT))).containsExactly(FRIEND);
        assertThat(esi.calls).hasSize(1);
    }
}
