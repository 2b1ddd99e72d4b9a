package org.eveseat.domain.mail.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.eveseat.domain.event.model.LiveEvent;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.model.TokenInvalidException;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.mail.model.LabelColor;
import org.eveseat.domain.mail.model.Mail;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome.Status;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.testing.InMemoryMail;
import org.eveseat.domain.testing.MailFixtures;
import org.eveseat.domain.testing.RecordedEvents;
import org.eveseat.domain.testing.ScriptedMailEsi;
import org.junit.jupiter.api.Test;

class SyncMailServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final CharacterId PILOT = new CharacterId(2112625428L);

    private final ScriptedMailEsi esi = new ScriptedMailEsi();
    private final InMemoryMail stored = new InMemoryMail();
    private boolean tokenInvalid;
    private final AccessTokenQuery tokens = character -> {
        if (tokenInvalid) {
            throw new TokenInvalidException(character);
        }
        return new AccessToken("token", NOW.plusSeconds(1000));
    };
    private final RecordedEvents events = new RecordedEvents();
    private final SyncMailService service =
            new SyncMailService(tokens, esi, stored, events, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theFirstSyncStoresLabelsListsAndWalksBackThroughAllMail() {
        esi.labels = new MailLabels(List.of(new MailLabel(1, "Inbox", LabelColor.WHITE, 3)), 3);
        esi.lists = List.of(new MailingList(145000001L, "Jita traders"));
        inbox(1, 120);

        var outcome = service.sync(PILOT);

        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(outcome.nextDue()).isEqualTo(ScriptedMailEsi.EXPIRES);
        assertThat(stored.headers.get(PILOT)).hasSize(120);
        assertThat(stored.labels(PILOT)).isEqualTo(esi.labels);
        assertThat(stored.mailingLists(PILOT)).isEqualTo(esi.lists);
        assertThat(esi.calls).containsExactly("labels", "lists", "headers before 0", "headers before 71",
                "headers before 21");
    }

    @Test
    void laterSyncsStopAtTheFirstBatchHoldingOnlyStoredMailAndRefreshReadFlags() {
        inbox(1, 120);
        service.sync(PILOT);
        esi.calls.clear();
        esi.mailbox.set(esi.mailbox.size() - 1, new Mail(MailFixtures.header(120, true, 1L), "read in game"));
        inbox(121, 125);

        assertThat(service.sync(PILOT).status()).isEqualTo(Status.UPDATED);

        assertThat(esi.calls).containsExactly("labels", "lists", "headers before 0", "headers before 76");
        assertThat(stored.headers.get(PILOT)).hasSize(125);
        assertThat(stored.find(PILOT, 120).orElseThrow().read()).isTrue();
        LiveEvent pushed = events.ofType("mail.new").get(events.ofType("mail.new").size() - 1);
        assertThat(pushed.topic()).isEqualTo("character.2112625428.mail");
        assertThat(pushed.payload()).containsEntry("added", 5);
        assertThat((List<?>) pushed.payload().get("mails")).extracting(m -> (Object) ((Map<?, ?>) m).get("mailId"))
                .containsExactly(125L, 124L, 123L, 122L, 121L);
    }

    @Test
    void unchangedAndNotDueAnswersWriteNothing() {
        esi.next.addAll(List.of(new EsiResult.Unchanged<>(NOW), new EsiResult.Unchanged<>(NOW),
                new EsiResult.Unchanged<>(ScriptedMailEsi.EXPIRES)));
        assertThat(service.sync(PILOT).status()).isEqualTo(Status.UNCHANGED);

        esi.next.addAll(List.of(new EsiResult.NotDue<>(NOW), new EsiResult.NotDue<>(NOW),
                new EsiResult.NotDue<>(ScriptedMailEsi.EXPIRES)));
        var notDue = service.sync(PILOT);
        assertThat(notDue.status()).isEqualTo(Status.NOT_DUE);
        assertThat(notDue.nextDue()).isEqualTo(ScriptedMailEsi.EXPIRES);
        assertThat(stored.headers).isEmpty();
        assertThat(stored.labels).isEmpty();
        assertThat(events.all()).isEmpty();
    }

    @Test
    void aFailureMidWalkKeepsTheBatchesReadAndSchedulesARetry() {
        inbox(1, 120);
        esi.next.addAll(List.of(ScriptedMailEsi.MAILBOX, ScriptedMailEsi.MAILBOX, ScriptedMailEsi.MAILBOX,
                new UpstreamUnavailableException("ESI answered 503")));

        var outcome = service.sync(PILOT);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.detail()).contains("503");
        assertThat(outcome.nextDue()).isEqualTo(NOW.plus(SyncMailService.RETRY_AFTER_FAILURE));
        assertThat(stored.headers.get(PILOT)).hasSize(50);
    }

    @Test
    void theWalkOfAHugeMailboxIsBounded() {
        inbox(1, HeaderWalk.BATCH_SIZE * (HeaderWalk.MAX_BATCHES + 2));
        service.sync(PILOT);
        assertThat(stored.headers.get(PILOT)).hasSize(HeaderWalk.BATCH_SIZE * HeaderWalk.MAX_BATCHES);
    }

    @Test
    void anInvalidTokenIsReportedNotThrownAndEsiIsNotCalled() {
        tokenInvalid = true;
        var outcome = service.sync(PILOT);
        assertThat(outcome.status()).isEqualTo(Status.TOKEN_INVALID);
        assertThat(outcome.nextDue()).isNull();
        assertThat(esi.calls).isEmpty();
    }

    private void inbox(long firstId, long lastId) {
        LongStream.rangeClosed(firstId, lastId).forEach(id -> esi.mailbox.add(MailFixtures.mail(id, "body " + id)));
    }
}
