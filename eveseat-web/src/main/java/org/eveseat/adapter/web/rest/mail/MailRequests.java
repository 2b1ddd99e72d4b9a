package org.eveseat.adapter.web.rest.mail;

import static org.eveseat.adapter.web.rest.JsonBody.array;
import static org.eveseat.adapter.web.rest.JsonBody.asId;
import static org.eveseat.adapter.web.rest.JsonBody.asObject;
import static org.eveseat.adapter.web.rest.JsonBody.id;
import static org.eveseat.adapter.web.rest.JsonBody.number;
import static org.eveseat.adapter.web.rest.JsonBody.object;
import static org.eveseat.adapter.web.rest.JsonBody.string;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eveseat.domain.mail.model.LabelColor;
import org.eveseat.domain.mail.model.MailRecipient;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.NewMailLabel;
import org.eveseat.domain.mail.model.RecipientType;
import org.eveseat.domain.mail.port.in.SendMailCommand;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiEnum;
import org.eveseat.domain.shared.RuleViolationException;

/**
 * Request bodies of the mail API, read by hand so that any malformed body (not JSON, wrong types, unknown enum
 * strings) is a 400 problem naming the field, and the domain records apply ESI's limits.
 */
final class MailRequests {
    private MailRequests() {
    }

    /** {@code {"recipients": [{"id": 1, "type": "character"}], "subject": "", "body": "", "approvedCost": 0}} */
    static SendMailCommand send(CharacterId sender, String body) {
        JsonObject json = object(body);
        List<MailRecipient> recipients = array(json, "recipients").stream().map(r -> {
            JsonObject recipient = asObject(r, "recipient");
            return new MailRecipient(id(recipient, "id", true),
                    EsiEnum.strict(RecipientType.class, string(recipient, "type", true)));
        }).toList();
        Long approvedCost = number(json, "approvedCost", false);
        return SendMailCommand.of(sender, recipients, string(json, "subject", true), string(json, "body", true),
                approvedCost == null ? 0 : approvedCost);
    }

    /** {@code {"read": true, "labels": [1, 16]}}, either or both. */
    static MailUpdate update(String body) {
        JsonObject json = object(body);
        JsonValue read = json.get("read");
        if (read != null && read != JsonValue.TRUE && read != JsonValue.FALSE) {
            throw new RuleViolationException("read must be true or false");
        }
        Set<Long> labels = json.containsKey("labels") ? new HashSet<>(array(json, "labels").stream()
                .map(v -> asId(v, "labels")).toList()) : null;
        return new MailUpdate(read == null ? null : read == JsonValue.TRUE, labels);
    }

    /** {@code {"name": "Fleet", "color": "#ff6600"}}; the colour is one of EVE's and optional. */
    static NewMailLabel label(String body) {
        JsonObject json = object(body);
        return new NewMailLabel(string(json, "name", true),
                EsiEnum.strict(LabelColor.class, string(json, "color", false)));
    }
}
