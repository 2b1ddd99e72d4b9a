package org.eveseat.adapter.web.rest.contract;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.ws.rs.Path;

import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.contract.model.ContractOwner;
import org.eveseat.domain.shared.CorporationId;

/**
 * A corporation's contracts, with the same listing, details, items and bids as a character's. The list is for
 * members holding Director or Contract Manager there (and admins); anyone else gets 404.
 */
@Path("v1/corporations/{ownerId}/contracts")
@RequestScoped
@Typed(CorporationContractResource.class) // or CDI would have two beans of type ContractResource
public class CorporationContractResource extends ContractResource {
    @Override
    ContractOwner owner(String ownerId) {
        return ContractOwner.of(new CorporationId(RequestParams.id(ownerId, "corporationId")));
    }
}
