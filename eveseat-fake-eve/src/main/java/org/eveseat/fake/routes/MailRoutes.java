package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.Mail;
import org.eveseat.fake.ledger.MailLabel;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mail headers, bodies, sending, marking read, relabelling and deleting. */
public final class MailRoutes {

    /** ESI answers at most 50 mail headers per request. */
    static final int HEADERS_PER_REQUEST = 50;

    private MailRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /characters/{character_id}/mail").answer(MailRoutes::headers),
                EsiRoute.of("POST /characters/{character_id}/mail").answer(MailDelivery::send),
                EsiRoute.of("GET /characters/{character_id}/mail/{mail_id}").answer(MailRoutes::mail),
                EsiRoute.of("PUT /characters/{character_id}/mail/{mail_id}").answer(MailRoutes::update),
                EsiRoute.of("DELETE /characters/{character_id}/mail/{mail_id}").answer(MailRoutes::delete));
    }

    /** The newest 50 headers, optionally with one of the labels and older than {@code last_mail_id}. */
    private static List<Map<String, Object>> headers(EsiRequest request) {
        List<Long> labels = request.queryLongs("labels");
        long before = request.queryLong("last_mail_id").orElse(Long.MAX_VALUE);
        return request.character().mails().all().stream()
                .filter(mail -> labels.isEmpty() || mail.labels().stream().anyMatch(labels::contains))
                .filter(mail -> mail.mailId() < before)
                .sorted(Comparator.comparingLong(Mail::mailId).reversed())
                .limit(HEADERS_PER_REQUEST)
                .map(mail -> Json.without(mail, "body")).toList();
    }

    private static Map<String, Object> mail(EsiRequest request) {
        Mail mail = find(request);
        Map<String, Object> json = Json.without(mail, "mail_id", "is_read");
        json.put("read", mail.isRead());
        return json;
    }

    private static Mail find(EsiRequest request) {
        long mailId = request.longParam("mail_id");
        return request.character().mails().find(mail -> mail.mailId() == mailId)
                .orElseThrow(() -> Bodies.notFound("Mail"));
    }

    /** {@code {"read": bool, "labels": [ids]}}: at least one of them, labels that exist. */
    private static Object update(EsiRequest request) {
        Mail mail = find(request);
        Map<String, Object> body = Bodies.object(request.json());
        Boolean read = Bodies.optionalBoolean(body, "read").orElse(null);
        List<Long> labels = body.containsKey("labels") ? Bodies.longs(body.get("labels"), "body.labels", 0, 25) : null;
        if (read == null && labels == null) {
            throw HttpError.invalid("body", "expected read or labels", null);
        }
        if (labels != null) {
            Set<Long> known = new HashSet<>(request.character().mailLabels().all().stream()
                    .map(MailLabel::labelId).toList());
            labels.stream().filter(label -> !known.contains(label)).findFirst().ifPresent(label -> {
                throw HttpError.invalid("body.labels", "unknown label", label);
            });
        }
        request.character().mails().update(m -> m.mailId() == mail.mailId(), m -> m
                .read(read == null ? m.isRead() : read).labels(labels == null ? m.labels() : labels));
        return null;
    }

    private static Object delete(EsiRequest request) {
        long mailId = find(request).mailId();
        request.character().mails().removeIf(mail -> mail.mailId() == mailId);
        return null;
    }
}
