package org.eveseat.adapter.web.rest.mail;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.adapter.web.rest.NamesJson;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.model.RecipientType;
import org.eveseat.domain.mail.model.SanitizedMail;
import org.eveseat.domain.universe.model.EntityNames;

/**
 * Response bodies of the mail API. Fields ESI left out are JSON null; ids are numbers, times ISO-8601; senders and
 * recipients carry their names (null while unknown; a mailing list's name comes from the mailing lists).
 */
final class MailJson {
    private MailJson() {
    }

    /** The sender and the recipients other than mailing lists, whose ids ESI's names lookup does not know. */
    static Set<Long> nameIds(List<MailHeader> headers) {
        return NamesJson.ids(headers.stream().flatMap(header -> Stream.concat(Stream.of(header.fromId()),
                header.recipients().stream().filter(r -> r.type() != RecipientType.MAILING_LIST)
                        .map(r -> r.recipientId()))));
    }

    static JsonObject page(MailPage page, EntityNames names) {
        JsonArrayBuilder mails = JSON.createArrayBuilder();
        page.mails().forEach(header -> mails.add(header(header, names)));
        JsonObjectBuilder json = JSON.createObjectBuilder().add("mails", mails);
        return (page.next() == null ? json.addNull("next") : json.add("next", page.next().toString())).build();
    }

    /** The header and the sanitized body: the only body this API ever sends. */
    static JsonObject mail(SanitizedMail mail, EntityNames names) {
        return header(mail.header(), names).add("body", mail.safeBody()).build();
    }

    static JsonObject labels(MailLabels labels) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        labels.labels().forEach(label -> all.add(label(label)));
        return JSON.createObjectBuilder().add("labels", all).add("totalUnreadCount", labels.totalUnreadCount())
                .build();
    }

    static JsonObject label(MailLabel label) {
        return JSON.createObjectBuilder().add("labelId", label.labelId()).add("name", label.name())
                .add("color", label.color().esiValue()).add("unreadCount", label.unreadCount()).build();
    }

    static JsonObject mailingLists(List<MailingList> lists) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        lists.forEach(list -> all.add(JSON.createObjectBuilder().add("mailingListId", list.mailingListId())
                .add("name", list.name())));
        return JSON.createObjectBuilder().add("mailingLists", all).build();
    }

    private static JsonObjectBuilder header(MailHeader header, EntityNames names) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        header.labelIds().forEach(labels::add);
        JsonArrayBuilder recipients = JSON.createArrayBuilder();
        header.recipients().forEach(r -> recipients.add(NamesJson.name(JSON.createObjectBuilder()
                .add("id", r.recipientId()).add("type", r.type().esiValue()), "name", names, r.recipientId())));
        JsonObjectBuilder json = JSON.createObjectBuilder().add("mailId", header.mailId());
        nullable(json, "from", header.fromId() == null ? null : JSON.createValue(header.fromId()));
        NamesJson.name(json, "fromName", names, header.fromId());
        nullable(json, "subject", header.subject() == null ? null : JSON.createValue(header.subject()));
        nullable(json, "timestamp", header.timestamp() == null ? null : JSON.createValue(header.timestamp().toString()));
        return json.add("read", header.read()).add("labels", labels).add("recipients", recipients);
    }

    private static void nullable(JsonObjectBuilder json, String name, jakarta.json.JsonValue value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
