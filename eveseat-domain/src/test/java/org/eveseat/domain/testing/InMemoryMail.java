package org.eveseat.domain.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eveseat.domain.mail.model.MailCursor;
import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailSearch;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.mail.port.out.MailRepository;
import org.eveseat.domain.shared.CharacterId;

/** The mail storage port in maps, ordered like the real one (newest first, then by mail id). */
public final class InMemoryMail implements MailRepository {
    private static final Comparator<MailHeader> NEWEST_FIRST =
            Comparator.comparing(MailCursor::of, (a, b) -> a.isBefore(b) ? 1 : b.isBefore(a) ? -1 : 0);

    public final Map<CharacterId, Map<Long, MailHeader>> headers = new HashMap<>();
    public final Map<String, String> bodies = new HashMap<>();
    public final Map<CharacterId, MailLabels> labels = new HashMap<>();
    public final Map<CharacterId, List<MailingList>> lists = new HashMap<>();

    @Override
    public int saveHeaders(CharacterId characterId, List<MailHeader> batch) {
        Map<Long, MailHeader> stored = headers.computeIfAbsent(characterId, id -> new LinkedHashMap<>());
        int added = 0;
        for (MailHeader header : batch) {
            added += stored.put(header.mailId(), header) == null ? 1 : 0;
        }
        return added;
    }

    @Override
    public MailPage list(CharacterId characterId, MailSearch search) {
        List<MailHeader> matching = all(characterId).stream().filter(search::matches).sorted(NEWEST_FIRST)
                .limit(search.limit() + 1L).toList();
        return MailPage.of(matching, search.limit());
    }

    @Override
    public Optional<MailHeader> find(CharacterId characterId, long mailId) {
        return Optional.ofNullable(headers.getOrDefault(characterId, Map.of()).get(mailId));
    }

    @Override
    public Optional<String> body(CharacterId characterId, long mailId) {
        return Optional.ofNullable(bodies.get(characterId + "/" + mailId));
    }

    @Override
    public void saveBody(CharacterId characterId, long mailId, String body) {
        bodies.put(characterId + "/" + mailId, body);
    }

    @Override
    public void update(CharacterId characterId, long mailId, MailUpdate update) {
        find(characterId, mailId).ifPresent(h -> headers.get(characterId).put(mailId, new MailHeader(mailId,
                h.fromId(), h.subject(), h.timestamp(), update.read() == null ? h.read() : update.read(),
                update.labelIds() == null ? h.labelIds() : List.copyOf(update.labelIds()), h.recipients())));
    }

    @Override
    public void delete(CharacterId characterId, long mailId) {
        headers.getOrDefault(characterId, new HashMap<>()).remove(mailId);
        bodies.remove(characterId + "/" + mailId);
    }

    @Override
    public void saveLabels(CharacterId characterId, MailLabels newLabels) {
        labels.put(characterId, newLabels);
    }

    @Override
    public MailLabels labels(CharacterId characterId) {
        return labels.getOrDefault(characterId, new MailLabels(List.of(), 0));
    }

    @Override
    public void addLabel(CharacterId characterId, MailLabel label) {
        MailLabels current = labels(characterId);
        List<MailLabel> all = new ArrayList<>(current.labels());
        all.add(label);
        labels.put(characterId, new MailLabels(all, current.totalUnreadCount()));
    }

    @Override
    public void deleteLabel(CharacterId characterId, long labelId) {
        MailLabels current = labels(characterId);
        labels.put(characterId, new MailLabels(current.labels().stream().filter(l -> l.labelId() != labelId)
                .toList(), current.totalUnreadCount()));
    }

    @Override
    public void saveMailingLists(CharacterId characterId, List<MailingList> newLists) {
        lists.put(characterId, List.copyOf(newLists));
    }

    @Override
    public List<MailingList> mailingLists(CharacterId characterId) {
        return lists.getOrDefault(characterId, List.of());
    }

    private List<MailHeader> all(CharacterId characterId) {
        return new ArrayList<>(headers.getOrDefault(characterId, Map.of()).values());
    }
}
