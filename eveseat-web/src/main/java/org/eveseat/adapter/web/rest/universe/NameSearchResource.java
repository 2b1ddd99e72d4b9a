package org.eveseat.adapter.web.rest.universe;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.model.NameLookup;
import org.eveseat.domain.universe.port.in.FindIdsByNameQuery;

/**
 * Pilots, corporations, alliances and other named things by their exact names, for search boxes such as a mail's
 * recipients: ESI's exact lookup needs no scope, unlike its search.
 */
@Path("v1/universe/ids")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Universe", description = "Names and ids of New Eden")
public class NameSearchResource {
    static final int MAX_NAMES = 20;

    @Inject
    FindIdsByNameQuery ids;

    @GET
    @Operation(summary = "Ids of exact names (any case)", description = "Names ESI does not know are left out.")
    @APIResponse(responseCode = "200", description = "{results: [{id, name, category}]}; category as ESI spells "
            + "it: character, corporation, alliance, faction, inventory_type, solar_system, ...")
    @APIResponse(responseCode = "400", description = "No name, more than 20, or one blank or over 100 characters")
    @APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
    @APIResponse(responseCode = "502", description = "ESI could not answer now (problem+json)")
    public JsonObject find(@Parameter(description = "an exact name; repeat for more (up to 20)")
                           @QueryParam("name") List<String> names) {
        if (names == null || names.isEmpty() || names.size() > MAX_NAMES) {
            throw new RuleViolationException("name: give 1 to " + MAX_NAMES + " names");
        }
        JsonArrayBuilder results = JSON.createArrayBuilder();
        ids.find(new NameLookup(new LinkedHashSet<>(names.stream().map(String::strip).toList())))
                .forEach(found -> results.add(JSON.createObjectBuilder().add("id", found.id())
                        .add("name", found.name()).add("category", found.category().esiValue())));
        return JSON.createObjectBuilder().add("results", results).build();
    }
}
