package org.eveseat.adapter.web.rest.contract;

import static org.eveseat.adapter.web.rest.JsonBody.decimal;
import static org.eveseat.adapter.web.rest.JsonBody.id;
import static org.eveseat.adapter.web.rest.JsonBody.number;
import static org.eveseat.adapter.web.rest.JsonBody.object;
import static org.eveseat.adapter.web.rest.JsonBody.string;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.domain.contract.model.PublicContractSearch;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.contract.port.in.SearchPublicContractsQuery;
import org.eveseat.domain.shared.RegionId;

/** Searches the public contracts the public-contracts job stored; any logged-in caller may. */
@Path("v1/contracts/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
public class PublicContractSearchResource {
    @Inject
    SearchPublicContractsQuery search;
    @Inject
    ResolveNamesQuery names;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the stored outstanding public contracts of a region, newest first",
            description = "Body: {regionId (required), type (item_exchange, auction, courier, ...), minPrice, "
                    + "maxPrice (ISK), itemTypeName (part of a type name, 3-100 characters, any case), after (the "
                    + "`next` of the previous page), limit (1-100, default 50)}.")
    @APIResponse(responseCode = "200", description = "{contracts: [contract with regionId], next: id or null}")
    @APIResponse(responseCode = "400", description = "Malformed body (problem+json)")
    @APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example",
            value = "{\"regionId\": 10000002, \"type\": \"item_exchange\", \"minPrice\": 1000, "
                    + "\"maxPrice\": 5000000.5, \"itemTypeName\": \"Trit\", \"limit\": 50}")))
    public JsonObject search(String body) {
        JsonObject json = object(body);
        Long regionId = id(json, "regionId", true);
        Long limit = number(json, "limit", false);
        return ContractJson.publicPage(search.search(new PublicContractSearch(new RegionId(regionId),
                ContractParams.type(string(json, "type", false)),
                ContractParams.price(decimal(json, "minPrice"), decimal(json, "maxPrice")),
                string(json, "itemTypeName", false), id(json, "after", false),
                limit == null ? PublicContractSearch.DEFAULT_LIMIT : (int) Math.min(limit, Integer.MAX_VALUE))), names);
    }
}
