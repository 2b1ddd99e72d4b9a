package org.eveseat.domain.testing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.contact.model.Contact;
import org.eveseat.domain.contact.model.ContactChange;
import org.eveseat.domain.contact.model.ContactLabel;
import org.eveseat.domain.contact.model.ContactRemoval;
import org.eveseat.domain.contact.port.out.ContactEsi;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.EsiResult;

/**
 * Contact lists on ESI: one list and one set of labels, served fresh to every owner, and every call made (with
 * the token's value). A {@link RuntimeException} queued in {@link #failures} is thrown by the next call instead;
 * one in {@link #failOn} by every call whose description starts with its key.
 */
public final class ScriptedContactEsi implements ContactEsi {
    public static final Instant EXPIRES = Instant.parse("2026-11-25T13:00:00Z");

    public List<Contact> contacts = List.of();
    public List<ContactLabel> labels = List.of();
    public List<Long> added = List.of();
    public final Deque<RuntimeException> failures = new ArrayDeque<>();
    public final Map<String, RuntimeException> failOn = new HashMap<>();
    public final List<String> calls = new ArrayList<>();

    @Override
    public EsiResult<List<Contact>> characterContacts(CharacterId characterId, AccessToken token) {
        return fresh("contacts of " + characterId, token, contacts);
    }

    @Override
    public EsiResult<List<ContactLabel>> characterLabels(CharacterId characterId, AccessToken token) {
        return fresh("labels of " + characterId, token, labels);
    }

    @Override
    public EsiResult<List<Contact>> corporationContacts(CorporationId corporationId, AccessToken token) {
        return fresh("contacts of corporation " + corporationId, token, contacts);
    }

    @Override
    public EsiResult<List<ContactLabel>> corporationLabels(CorporationId corporationId, AccessToken token) {
        return fresh("labels of corporation " + corporationId, token, labels);
    }

    @Override
    public EsiResult<List<Contact>> allianceContacts(AllianceId allianceId, AccessToken token) {
        return fresh("contacts of alliance " + allianceId, token, contacts);
    }

    @Override
    public EsiResult<List<ContactLabel>> allianceLabels(AllianceId allianceId, AccessToken token) {
        return fresh("labels of alliance " + allianceId, token, labels);
    }

    @Override
    public List<Long> add(CharacterId characterId, ContactChange change, AccessToken token) {
        return fresh("add " + change.contactIds(), token, added).value();
    }

    @Override
    public void edit(CharacterId characterId, ContactChange change, AccessToken token) {
        fresh("edit " + change.contactIds(), token, null);
    }

    @Override
    public void delete(CharacterId characterId, ContactRemoval removal, AccessToken token) {
        fresh("delete " + removal.contactIds(), token, null);
    }

    private <T> EsiResult.Fresh<T> fresh(String call, AccessToken token, T value) {
        calls.add(call + " with " + token.value());
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
        for (var failure : failOn.entrySet()) {
            if (call.startsWith(failure.getKey())) {
                throw failure.getValue();
            }
        }
        return new EsiResult.Fresh<>(value, EXPIRES);
    }
}
