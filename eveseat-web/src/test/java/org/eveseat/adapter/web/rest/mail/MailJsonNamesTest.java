package org.eveseat.adapter.web.rest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.RecipientType;
import org.eveseat.domain.universe.model.EntityNames;
import org.eveseat.domain.universe.model.NameCategory;
import org.eveseat.domain.universe.model.ResolvedName;
import org.junit.jupiter.api.Test;

class MailJsonNamesTest {
    private final MailHeader header = new MailHeader(7, 90000001L, "Fleet", Instant.parse("2026-12-01T19:00:00Z"),
            false, List.of(), List.of(new MailRecipient(98000001, RecipientType.CORPORATION),
            new MailRecipient(145000001, RecipientType.MAILING_LIST), new MailRecipient(90000002,
                    RecipientType.CHARACTER)));

    @Test
    void asksForSenderAndRecipientsButNotMailingLists() {
        assertThat(MailJson.nameIds(List.of(header))).containsExactlyInAnyOrder(90000001L, 98000001L, 90000002L);
    }

    @Test
    void namesGoBesideTheirIdsAndUnknownOnesAreNull() {
        EntityNames names = new EntityNames(Map.of(
                90000001L, new ResolvedName(90000001, "Ava Kestrel", NameCategory.CHARACTER),
                98000001L, new ResolvedName(98000001, "Kestrel Works", NameCategory.CORPORATION)));

        JsonObject mail = MailJson.page(new MailPage(List.of(header), null), names).getJsonArray("mails")
                .getJsonObject(0);

        assertThat(mail.getString("fromName")).isEqualTo("Ava Kestrel");
        assertThat(mail.getJsonArray("recipients").getJsonObject(0).getString("name")).isEqualTo("Kestrel Works");
        assertThat(mail.getJsonArray("recipients").getJsonObject(2).isNull("name")).isTrue();
        assertThat(mail.getJsonArray("recipients").getJsonObject(2).getJsonNumber("id").longValue())
                .isEqualTo(90000002L);
    }
}
