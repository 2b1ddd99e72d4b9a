package org.eveseat.domain.mail.port.out;

import java.util.List;
import java.util.Optional;

import org.eveseat.domain.mail.model.MailHeader;
import org.eveseat.domain.mail.model.MailLabel;
import org.eveseat.domain.mail.model.MailLabels;
import org.eveseat.domain.mail.model.MailPage;
import org.eveseat.domain.mail.model.MailSearch;
import org.eveseat.domain.mail.model.MailUpdate;
import org.eveseat.domain.mail.model.MailingList;
import org.eveseat.domain.shared.CharacterId;

/**
 * The stored mail of each character: headers with their labels and recipients, bodies once read, labels and
 * mailing lists. Listing is keyset-paged, newest first, so deep pages cost as little as the first.
 */
public interface MailRepository {
    /** Inserts new headers and refreshes the read flag and labels of known ones; returns how many were new. */
    int saveHeaders(CharacterId characterId, List<MailHeader> headers);

    MailPage list(CharacterId characterId, MailSearch search);

    Optional<MailHeader> find(CharacterId characterId, long mailId);

    Optional<String> body(CharacterId characterId, long mailId);

    void saveBody(CharacterId characterId, long mailId, String body);

    void update(CharacterId characterId, long mailId, MailUpdate update);

    void delete(CharacterId characterId, long mailId);

    /** Replaces all labels with ESI's current list. */
    void saveLabels(CharacterId characterId, MailLabels labels);

    MailLabels labels(CharacterId characterId);

    void addLabel(CharacterId characterId, MailLabel label);

    /** Removes the label and takes it off every mail carrying it. */
    void deleteLabel(CharacterId characterId, long labelId);

    void saveMailingLists(CharacterId characterId, List<MailingList> lists);

    List<MailingList> mailingLists(CharacterId characterId);
}
