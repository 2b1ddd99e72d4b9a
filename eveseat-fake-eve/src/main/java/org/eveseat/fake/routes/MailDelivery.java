package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.FakeLedger;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.ledger.CharacterLedger;
import org.eveseat.fake.ledger.Mail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /characters/{id}/mail}: checks the body and the CSPA charge, then puts the mail in the sender's
 * sent items and in the inbox of every known character it reaches (directly, or through a corporation,
 * alliance or mailing list). Answers the new mail id.
 */
final class MailDelivery {

    private static final Set<String> RECIPIENT_TYPES = Set.of("alliance", "character", "corporation", "mailing_list");

    private MailDelivery() {
    }

    static Object send(EsiRequest request) {
        Map<String, Object> body = Bodies.object(request.json());
        String subject = Bodies.requiredString(body, "subject");
        String text = Bodies.requiredString(body, "body");
        List<Mail.Recipient> recipients = recipients(body.get("recipients"));
        long approvedCost = body.containsKey("approved_cost") ? Bodies.requiredLong(body, "approved_cost", "body") : 0;
        FakeLedger ledger = request.ledger();
        List<CharacterLedger> reached = reached(ledger, recipients);
        long cost = recipients.stream().filter(r -> r.recipientType().equals("character"))
                .mapToLong(r -> ledger.knownCharacter(r.recipientId()).map(CharacterLedger::cspaCharge).orElse(0L))
                .sum();
        if (cost > approvedCost) {
            throw HttpError.esi(520, "ContactCostNotApproved, details: {\"totalCost\": " + cost
                    + ", \"totalCostISK\": [20, " + cost + "], \"approvedCost\": " + approvedCost
                    + ", \"approvedCostISK\": [20, " + approvedCost + "]}");
        }
        CharacterLedger sender = request.character();
        long mailId = nextMailId(sender, reached);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (CharacterLedger recipient : reached) {
            if (recipient != sender) {
                recipient.mails().prepend(new Mail(mailId, sender.characterId(), subject, text, now, recipients,
                        List.of(inboxLabel(recipients, recipient, ledger)), false));
            }
        }
        List<Long> senderLabels = reached.contains(sender) ? List.of(Mail.INBOX, Mail.SENT) : List.of(Mail.SENT);
        sender.mails().prepend(new Mail(mailId, sender.characterId(), subject, text, now, recipients, senderLabels,
                true));
        return mailId;
    }

    private static List<Mail.Recipient> recipients(Object value) {
        if (!(value instanceof List<?> list)) {
            throw HttpError.invalid("body.recipients", value == null ? "required property is missing"
                    : "expected array", value);
        }
        if (list.isEmpty() || list.size() > 50) {
            throw HttpError.invalid("body.recipients", "expected 1 to 50 items", list.size());
        }
        List<Mail.Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> recipient = Bodies.object(list.get(i));
            String location = "body.recipients[" + i + "]";
            recipients.add(new Mail.Recipient(Bodies.requiredLong(recipient, "recipient_id", location),
                    Bodies.enumValue(recipient, "recipient_type", location, RECIPIENT_TYPES, null)));
        }
        return recipients;
    }

    /** The known characters a mail reaches. */
    private static List<CharacterLedger> reached(FakeLedger ledger, List<Mail.Recipient> recipients) {
        Set<CharacterLedger> reached = new LinkedHashSet<>();
        for (Mail.Recipient recipient : recipients) {
            long id = recipient.recipientId();
            switch (recipient.recipientType()) {
                case "character" -> ledger.knownCharacter(id).ifPresent(reached::add);
                case "corporation" -> ledger.knownCharacters().stream()
                        .filter(c -> c.corporationId() == id).forEach(reached::add);
                case "alliance" -> ledger.knownCharacters().stream()
                        .filter(c -> ledger.corporation(c.corporationId()).allianceId() == id).forEach(reached::add);
                default -> ledger.knownCharacters().stream()
                        .filter(c -> c.mailingLists().find(list -> list.mailingListId() == id).isPresent())
                        .forEach(reached::add);
            }
        }
        return List.copyOf(reached);
    }

    private static long inboxLabel(List<Mail.Recipient> recipients, CharacterLedger recipient, FakeLedger ledger) {
        boolean direct = recipients.stream().anyMatch(r -> r.recipientId() == recipient.characterId());
        if (!direct && recipients.stream().anyMatch(r -> r.recipientId() == recipient.corporationId())) {
            return Mail.CORPORATION;
        }
        long alliance = ledger.corporation(recipient.corporationId()).allianceId();
        return !direct && recipients.stream().anyMatch(r -> r.recipientId() == alliance) ? Mail.ALLIANCE : Mail.INBOX;
    }

    private static long nextMailId(CharacterLedger sender, List<CharacterLedger> reached) {
        long next = sender.mails().nextId(Mail::mailId, 400_000_000L);
        for (CharacterLedger recipient : reached) {
            next = Math.max(next, recipient.mails().nextId(Mail::mailId, 0));
        }
        return next;
    }
}
