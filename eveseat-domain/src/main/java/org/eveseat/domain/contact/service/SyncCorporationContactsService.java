package org.eveseat.domain.contact.service;

import java.time.Clock;
import java.util.Optional;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.contact.model.ContactOwner;
import org.eveseat.domain.contact.port.in.SyncCorporationContactsUseCase;
import org.eveseat.domain.contact.port.out.ContactEsi;
import org.eveseat.domain.contact.port.out.ContactRepository;
import org.eveseat.domain.corporation.model.CorporationInfo;
import org.eveseat.domain.corporation.port.out.CorporationEsi;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.SyncOutcome;
import org.eveseat.domain.shared.SyncOutcome.Status;

/**
 * Syncs a corporation's contact labels and contacts with the token of the member the schedule picked, then those
 * of its alliance (found in the corporation's public info) with the same token. The alliance list needs a scope
 * of its own, which the member may lack: its failure is reported in the outcome's detail but does not fail the
 * corporation's sync.
 */
public class SyncCorporationContactsService implements SyncCorporationContactsUseCase {
    private final ContactEsi esi;
    private final CorporationEsi corporations;
    private final ContactRepository contacts;
    private final ContactListSync lists;

    public SyncCorporationContactsService(AccessTokenQuery accessTokens, ContactEsi esi, CorporationEsi corporations,
                                          ContactRepository contacts, Clock clock) {
        this.esi = esi;
        this.corporations = corporations;
        this.contacts = contacts;
        this.lists = new ContactListSync(accessTokens, contacts, clock);
    }

    @Override
    public SyncOutcome sync(CorporationId corporationId, CharacterId member) {
        SyncOutcome corporation = lists.sync(ContactOwner.of(corporationId), member,
                token -> esi.corporationLabels(corporationId, token),
                token -> esi.corporationContacts(corporationId, token));
        if (corporation.status() == Status.FAILED || corporation.status() == Status.TOKEN_INVALID
                || corporation.status() == Status.DEFERRED) {
            return corporation;
        }
        Optional<AllianceId> alliance;
        try {
            alliance = allianceOf(corporationId);
        } catch (DomainException e) {
            return withAllianceFailure(corporation, "alliance of corporation unknown: " + e.getMessage());
        }
        if (alliance.isEmpty()) {
            return corporation;
        }
        AllianceId allianceId = alliance.get();
        SyncOutcome allianceOutcome = lists.sync(ContactOwner.of(allianceId), member,
                token -> esi.allianceLabels(allianceId, token), token -> esi.allianceContacts(allianceId, token));
        if (allianceOutcome.status() == Status.DEFERRED) {
            return allianceOutcome; // the corporation's lists are stored; the alliance's follow when the pause ends
        }
        if (allianceOutcome.status() == Status.FAILED || allianceOutcome.status() == Status.TOKEN_INVALID) {
            return withAllianceFailure(corporation, "alliance contacts: " + allianceOutcome.detail());
        }
        Status status = allianceOutcome.status() == Status.UPDATED ? Status.UPDATED : corporation.status();
        return new SyncOutcome(status, corporation.nextDue(), corporation.detail());
    }

    /** ESI's answer when it sent one (and it is stored), the stored alliance while ESI's cache holds. */
    private Optional<AllianceId> allianceOf(CorporationId corporationId) {
        EsiResult<CorporationInfo> info = corporations.info(corporationId);
        if (info instanceof EsiResult.Fresh<CorporationInfo> fresh) {
            contacts.saveAllianceOf(corporationId, fresh.value().allianceId());
            return Optional.ofNullable(fresh.value().allianceId());
        }
        return contacts.allianceOf(corporationId);
    }

    private static SyncOutcome withAllianceFailure(SyncOutcome corporation, String detail) {
        return new SyncOutcome(corporation.status(), corporation.nextDue(), detail);
    }
}
