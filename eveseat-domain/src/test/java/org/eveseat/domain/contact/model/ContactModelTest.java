package org.eveseat.domain.contact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.eveseat.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ContactModelTest {
    private static final Standing BLUE = new Standing(10.0);

    @Test
    void standingsRunFromMinusTenToTen() {
        assertThat(new Standing(-10.0).value()).isEqualTo(-10.0);
        assertThatThrownBy(() -> new Standing(10.5)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Standing(Double.NaN)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void oneChangeCovers1To100ContactsAndAtMost63Labels() {
        assertThat(new ContactChange(Set.of(1L), BLUE, null, true).labelIds()).isEmpty();
        assertThatThrownBy(() -> new ContactChange(Set.of(), BLUE, Set.of(), false))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ContactChange(ids(101), BLUE, Set.of(), false))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ContactChange(Set.of(1L), BLUE, ids(64), false))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ContactChange(Set.of(1L), null, Set.of(), false))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void oneRemovalCovers1To20Contacts() {
        assertThat(new ContactRemoval(ids(20)).contactIds()).hasSize(20);
        assertThatThrownBy(() -> new ContactRemoval(ids(21))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ContactRemoval(Set.of())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void contactsNeedAnIdATypeAndAStanding() {
        Contact contact = new Contact(500001, ContactType.FACTION, new Standing(-5), null, null, null);
        assertThat(contact.labelIds()).isEmpty();
        assertThat(contact.watched()).as("not reported for this list").isNull();
        assertThatThrownBy(() -> new Contact(0, ContactType.CHARACTER, BLUE, null, null, null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Contact(1, null, BLUE, null, null, null))
                .isInstanceOf(RuleViolationException.class);
    }

    private static Set<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().collect(Collectors.toSet());
    }
}
