package org.eveseat.adapter.web.rest.universe;

import static org.eveseat.adapter.json.Jsonp.JSON;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;

/**
 * Names of public ids (pilots, corporations, alliances, places, types), for pages that show one thing, such as
 * the info page a link in a mail leads to. Lists send names with their rows; this is not for listings.
 */
@Path("v1/universe/names")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Universe", description = "Names and ids of New Eden")
public class NameResource {
    static final int MAX_IDS = 50;

    @Inject
    ResolveNamesQuery names;

    @GET
    @Operation(summary = "Names of ids", description = "Ids that cannot be named now are left out; never an error "
            + "when ESI fails.")
    @APIResponse(responseCode = "200", description = "{names: [{id, name, category}]}")
    @APIResponse(responseCode = "400", description = "No id, more than 50, or one not a positive number")
    @APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
    public JsonObject names(@Parameter(description = "an id; repeat for more (up to 50)")
                            @QueryParam("id") List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new RuleViolationException("id: give 1 to " + MAX_IDS + " ids");
        }
        Set<Long> wanted = new LinkedHashSet<>();
        ids.forEach(id -> wanted.add(RequestParams.id(id, "id")));
        JsonArrayBuilder found = JSON.createArrayBuilder();
        names.resolve(wanted).known().values().forEach(name -> found.add(JSON.createObjectBuilder()
                .add("id", name.id()).add("name", name.name()).add("category", name.category().esiValue())));
        return JSON.createObjectBuilder().add("names", found).build();
    }
}
