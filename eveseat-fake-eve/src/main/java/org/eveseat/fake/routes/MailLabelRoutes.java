package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.ledger.CharacterLedger;
import org.eveseat.fake.ledger.Mail;
import org.eveseat.fake.ledger.MailLabel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mail labels (with unread counts), creating and deleting them, and mailing lists. */
public final class MailLabelRoutes {

    private MailLabelRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /characters/{character_id}/mail/labels").answer(MailLabelRoutes::labels),
                EsiRoute.of("POST /characters/{character_id}/mail/labels").answer(MailLabelRoutes::create),
                EsiRoute.of("DELETE /characters/{character_id}/mail/labels/{label_id}")
                        .answer(MailLabelRoutes::delete),
                EsiRoute.of("GET /characters/{character_id}/mail/lists")
                        .answer(request -> request.character().mailingLists().all()));
    }

    private static Map<String, Object> labels(EsiRequest request) {
        List<Mail> unread = request.character().mails().all().stream().filter(mail -> !mail.isRead()).toList();
        List<Map<String, Object>> labels = new ArrayList<>();
        for (MailLabel label : request.character().mailLabels().all()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("color", label.color());
            json.put("label_id", label.labelId());
            json.put("name", label.name());
            json.put("unread_count", unread.stream().filter(mail -> mail.labels().contains(label.labelId())).count());
            labels.add(json);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("labels", labels);
        answer.put("total_unread_count", unread.size());
        return answer;
    }

    /** {@code {"name": ..., "color": ...}}; answers the new label's id. */
    private static Object create(EsiRequest request) {
        Map<String, Object> body = Bodies.object(request.json());
        String name = Bodies.requiredString(body, "name");
        String color = Bodies.enumValue(body, "color", "body", new HashSet<>(MailLabel.COLORS), "#ffffff");
        if (name.isBlank() || name.length() > 40) {
            throw HttpError.invalid("body.name", "expected 1 to 40 characters", name);
        }
        CharacterLedger character = request.character();
        long id = character.mailLabels().nextId(MailLabel::labelId, 16);
        character.mailLabels().add(new MailLabel(id, name, color));
        return id;
    }

    /** Removes a custom label, also from the mails that carry it. */
    private static Object delete(EsiRequest request) {
        long labelId = request.longParam("label_id");
        CharacterLedger character = request.character();
        MailLabel label = character.mailLabels().find(l -> l.labelId() == labelId)
                .orElseThrow(() -> Bodies.notFound("Label"));
        if (label.builtIn()) {
            throw HttpError.invalid("path.label_id", "default labels cannot be deleted", labelId);
        }
        character.mailLabels().removeIf(l -> l.labelId() == labelId);
        character.mails().update(mail -> mail.labels().contains(labelId),
                mail -> mail.labels(mail.labels().stream().filter(l -> l != labelId).toList()));
        return null;
    }
}
