package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.mail.model.Mail;
import org.eveseat.domain.mail.model.MailFilter;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.model.NewMailLabel;
import org.eveseat.domain.mail.model.OutgoingMail;
import org.eveseat.domain.mail.port.out.MailEsi;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;

/**
 * A mailbox on ESI: header batches of 50 below a cursor, bodies, labels, lists, and every call made. A failure or
 * answer queued in {@link #next} is given instead of the mailbox's answer to the next call.
 */
public final class ScriptedMailEsi implements MailEsi {
    public static final Instant EXPIRES = Instant.parse("2026-11-25T12:30:00Z");
    /** Queued in {@link #next}: answer this call from the mailbox. */
    public static final Object MAILBOX = new Object();

    public final List<Mail> mailbox = new ArrayList<>();
    public MailLabels labels = new MailLabels(List.of(), 0);
    public List<MailingList> lists = List.of();
    public final Deque<Object> next = new ArrayDeque<>();
    public final List<String> calls = new ArrayList<>();
    public final List<OutgoingMail> sent = new ArrayList<>();
    public long nextId = 900;

    @Override
    public EsiResult<List<MailHeader>> headers(CharacterId characterId, MailFilter filter, AccessToken token) {
        calls.add("headers before " + filter.beforeMailId());
        long before = filter.beforeMailId() == 0 ? Long.MAX_VALUE : filter.beforeMailId();
        return answer(() -> fresh(mailbox.stream().map(Mail::header).filter(h -> h.mailId() < before)
                .sorted(Comparator.comparingLong(MailHeader::mailId).reversed()).limit(50).toList()));
    }

    @Override
    public EsiResult<Mail> mail(CharacterId characterId, long mailId, AccessToken token) {
        calls.add("mail " + mailId);
        return answer(() -> fresh(mailbox.stream().filter(m -> m.header().mailId() == mailId).findFirst()
                .orElseThrow(() -> new NotFoundException("Mail not found"))));
    }

    @Override
    public long send(CharacterId characterId, OutgoingMail mail, AccessToken token) {
        calls.add("send");
        EsiResult<Long> id = answer(() -> fresh(nextId));
        sent.add(mail);
        return ((EsiResult.Fresh<Long>) id).value();
    }

    @Override
    public void update(CharacterId characterId, long mailId, MailUpdate update, AccessToken token) {
        calls.add("update " + mailId);
        answer(() -> fresh(update));
    }

    @Override
    public void delete(CharacterId characterId, long mailId, AccessToken token) {
        calls.add("delete " + mailId);
        answer(() -> fresh(mailId));
    }

    @Override
    public EsiResult<MailLabels> labels(CharacterId characterId, AccessToken token) {
        calls.add("labels");
        return answer(() -> fresh(labels));
    }

    @Override
    public long createLabel(CharacterId characterId, NewMailLabel label, AccessToken token) {
        calls.add("create label " + label.name());
        return ((EsiResult.Fresh<Long>) answer(() -> fresh(nextId))).value();
    }

    @Override
    public void deleteLabel(CharacterId characterId, long labelId, AccessToken token) {
        calls.add("delete label " + labelId);
        answer(() -> fresh(labelId));
    }

    @Override
    public EsiResult<List<MailingList>> mailingLists(CharacterId characterId, AccessToken token) {
        calls.add("lists");
        return answer(() -> fresh(lists));
    }

    private static <T> EsiResult<T> fresh(T value) {
        return new EsiResult.Fresh<>(value, EXPIRES);
    }

    @SuppressWarnings("unchecked")
    private <T> EsiResult<T> answer(Supplier<EsiResult<T>> mailboxAnswer) {
        Object scripted = next.poll();
        if (scripted instanceof RuntimeException failure) {
            throw failure;
        }
        return scripted == null || scripted == MAILBOX ? mailboxAnswer.get() : (EsiResult<T>) scripted;
    }
}
