package org.eveseat.adapter.web.rest.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;

import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactPage;
import org.eveseat.domain.contact.model.ContactSearch;
import org.eveseat.domain.contact.model.ContactType;
import org.eveseat.domain.contact.model.Standing;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.junit.jupiter.api.Test;

class ContactJsonNamesTest {
    @Test
    void onePageAsksForAllItsNamesOnce() {
        List<Set<Long>> asked = new ArrayList<>();
        ContactPage page = new ContactPage(List.of(
                new Contact(90000001, ContactType.CHARACTER, new Standing(10), List.of(), true, false),
                new Contact(99000001, ContactType.ALLIANCE, new Standing(-5), List.of(), null, null)), 2);

        JsonObject json = ContactJson.page(page, ContactSearch.all(), ids -> {
            asked.add(ids);
            return new EntityNames(Map.of(90000001L,
                    new ResolvedName(90000001, "Ava Kestrel", NameCategory.CHARACTER)));
        });

        assertThat(asked).containsExactly(Set.of(90000001L, 99000001L));
        assertThat(json.getJsonArray("contacts").getJsonObject(0).getString("name")).isEqualTo("Ava Kestrel");
        assertThat(json.getJsonArray("contacts").getJsonObject(1).isNull("name")).isTrue();
    }
}
