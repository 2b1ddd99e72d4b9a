package org.eveseat.adapter.esi.contract;

import java.math.BigDecimal;
import java.util.Set;

import org.eveseat.domain.contract.model.Contract;
import org.eveseat.domain.contract.model.ContractAvailability;
import org.eveseat.domain.contract.model.ContractBid;
import org.eveseat.domain.contract.model.ContractItem;
import org.eveseat.domain.contract.model.ContractOffer;
import org.eveseat.domain.contract.model.ContractStatus;
import org.eveseat.domain.contract.model.ContractTerms;
import org.eveseat.domain.contract.model.ContractType;
import org.eveseat.domain.contract.model.PublicContractItem;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.shared.TypeId;

/** ESI contract DTOs onto the domain: ESI's 0 for "no party" or "no location" becomes null. */
final class ContractMapper {
    /** Kinds whose terms ESI does not document: they keep whatever ESI sends. */
    private static final Set<ContractType> UNDOCUMENTED = Set.of(ContractType.LOAN, ContractType.UNKNOWN);

    private ContractMapper() {
    }

    static Contract toContract(ContractDto dto) {
        return new Contract(toOffer(dto), ContractStatus.fromEsi(dto.status()),
                ContractAvailability.fromEsi(dto.availability()), positive(dto.assigneeId()),
                positive(dto.acceptorId()), dto.dateAccepted(), dto.dateCompleted());
    }

    static ContractOffer toOffer(ContractDto dto) {
        return new ContractOffer(dto.contractId(), new CharacterId(dto.issuerId()),
                new CorporationId(dto.issuerCorporationId()), Boolean.TRUE.equals(dto.forCorporation()), terms(dto),
                dto.dateIssued(), dto.dateExpired());
    }

    static ContractItem toItem(ContractItemDto dto) {
        return new ContractItem(dto.recordId(), new TypeId(dto.typeId()), dto.quantity(), dto.isIncluded(),
                Boolean.TRUE.equals(dto.isSingleton()), dto.rawQuantity());
    }

    static PublicContractItem toPublicItem(ContractItemDto dto) {
        return new PublicContractItem(dto.recordId(), new TypeId(dto.typeId()), dto.quantity(), dto.isIncluded(),
                positive(dto.itemId()), dto.isBlueprintCopy(), dto.materialEfficiency(), dto.timeEfficiency(),
                dto.runs());
    }

    static ContractBid toBid(ContractBidDto dto) {
        Long bidder = positive(dto.bidderId());
        return new ContractBid(dto.bidId(), bidder == null ? null : new CharacterId(bidder), new Isk(dto.amount()),
                dto.dateBid());
    }

    /** ESI fills the parts a kind does not use with 0 (spec: price for item exchanges and auctions, ...). */
    private static ContractTerms terms(ContractDto dto) {
        ContractType type = ContractType.fromEsi(dto.type());
        boolean priced = uses(type, ContractType.ITEM_EXCHANGE) || uses(type, ContractType.AUCTION);
        boolean courier = uses(type, ContractType.COURIER);
        return new ContractTerms(type, dto.title(), priced ? isk(dto.price()) : null,
                uses(type, ContractType.AUCTION) ? isk(dto.buyout()) : null, courier ? isk(dto.reward()) : null,
                courier ? isk(dto.collateral()) : null, dto.volume() == null ? null : dto.volume().doubleValue(),
                courier ? dto.daysToComplete() : null, courier ? positive(dto.startLocationId()) : null,
                courier ? positive(dto.endLocationId()) : null);
    }

    private static boolean uses(ContractType type, ContractType kind) {
        return type == kind || UNDOCUMENTED.contains(type);
    }

    private static Isk isk(BigDecimal amount) {
        return amount == null ? null : new Isk(amount);
    }

    private static Long positive(Long id) {
        return id == null || id <= 0 ? null : id;
    }
}
