package org.eveseat.adapter.web.rest.universe;

import static org.eveseat.adapter.json.Jsonp.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.universe.model.StaticType;
import org.eveseat.domain.universe.port.in.TypeSearchQuery;

/** Types found by name in the static data, for search boxes (the market's type picker among them). */
@Path("v1/universe/types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Universe", description = "Static data: the star map, solar systems, routes")
@APIResponse(responseCode = "400", description = "Malformed parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
public class TypeSearchResource {
    static final String ICONS = "https://images.evetech.net/types/";

    @Inject
    TypeSearchQuery search;

    @GET
    @Operation(summary = "Find types by name", description = "Published types: the exact name first, then names "
            + "starting with `q`, then names with a word starting with each word of `q`; `market=true` keeps those "
            + "sold on the market. At most `limit` (1-50, default 20).")
    @APIResponse(responseCode = "200", description = "[{typeId, typeName, groupName, categoryName, volume, "
            + "packagedVolume, iconUrl}]")
    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "the start of the name, or words")
    @Parameter(name = "market", in = ParameterIn.QUERY, description = "true: only types with a market group")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1-50, default 20")
    public JsonArray types(@QueryParam("q") String q, @QueryParam("market") String market,
                           @QueryParam("limit") String limit) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        search.search(q, RequestParams.flag(market, "market"), RequestParams.limit(limit, 20,
                TypeSearchQuery.MAX_LIMIT)).forEach(type -> all.add(type(type)));
        return all.build();
    }

    private static JsonObjectBuilder type(StaticType type) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("typeId", type.id().value())
                .add("typeName", type.name());
        json = type.groupName() == null ? json.addNull("groupName") : json.add("groupName", type.groupName());
        json = type.categoryName() == null ? json.addNull("categoryName") : json.add("categoryName",
                type.categoryName());
        json.add("volume", type.volume());
        json = type.packagedVolume() == null ? json.addNull("packagedVolume") : json.add("packagedVolume",
                type.packagedVolume());
        return json.add("iconUrl", ICONS + type.id().value() + "/icon");
    }
}
