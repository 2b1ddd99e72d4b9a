package org.eveseat.adapter.persistence.wallet;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.model.JournalOwner;
import org.eveseat.domain.wallet.model.WalletJournalEntry;

/** A journal row as the naive JPA writer would map it: the benchmark's baseline, not used by the application. */
@Entity
@Table(name = "wallet_journal")
@IdClass(JournalRowEntity.Key.class)
public class JournalRowEntity {
    @Id @Column(name = "owner_kind") String ownerKind;
    @Id @Column(name = "owner_id") long ownerId;
    @Id @Column(name = "division") int division;
    @Id @Column(name = "journal_id") long journalId;
    OffsetDateTime date;
    @Column(name = "ref_type") String refType;
    String description;
    BigDecimal amount;
    BigDecimal balance;
    @Column(name = "first_party_id") Long firstPartyId;
    @Column(name = "second_party_id") Long secondPartyId;
    String reason;
    BigDecimal tax;
    @Column(name = "tax_receiver_id") Long taxReceiverId;
    @Column(name = "context_id") Long contextId;
    @Column(name = "context_id_type") String contextIdType;

    /** The composite primary key; EclipseLink wants a mutable class with a no-arg constructor. */
    public static class Key implements Serializable {
        String ownerKind;
        long ownerId;
        int division;
        long journalId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.ownerKind.equals(ownerKind) && k.ownerId == ownerId
                    && k.division == division && k.journalId == journalId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ownerKind, ownerId, division, journalId);
        }
    }

    static JournalRowEntity of(JournalOwner owner, WalletJournalEntry e) {
        JournalRowEntity row = new JournalRowEntity();
        row.ownerKind = owner.kind().name();
        row.ownerId = owner.id();
        row.division = owner.division();
        row.journalId = e.id();
        row.date = e.date().atOffset(ZoneOffset.UTC);
        row.refType = e.refType().esiValue();
        row.description = e.description();
        row.amount = amount(e.amount());
        row.balance = amount(e.balance());
        row.firstPartyId = e.firstPartyId();
        row.secondPartyId = e.secondPartyId();
        row.reason = e.reason();
        row.tax = amount(e.tax());
        row.taxReceiverId = e.taxReceiverId();
        row.contextId = e.context() == null ? null : e.context().id();
        row.contextIdType = e.context() == null ? null : e.context().type().name();
        return row;
    }

    private static BigDecimal amount(Isk isk) {
        return isk == null ? null : isk.amount();
    }
}
