package org.eveseat.adapter.web.rest.killmail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eveseat.adapter.web.rest.RequestParams;
import org.eveseat.domain.universe.port.in.ResolveNamesQuery;
import org.eveseat.domain.killmail.port.in.KillmailDetailsQuery;
import org.eveseat.domain.killmail.port.in.ListKillmailsQuery;

/**
 * The stored killmails the caller's characters and corporations saw (all of them for admins): a filtered,
 * keyset-paged listing and one killmail in full. A killmail the caller may not read answers 404.
 */
@Path("v1/killmails")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Killmails", description = "Kills and losses of your characters and corporations, synced from ESI")
@APIResponse(responseCode = "400", description = "Malformed id or parameter (problem+json)")
@APIResponse(responseCode = "401", description = "Not logged in (problem+json)")
@APIResponse(responseCode = "404", description = "No such killmail, character or corporation for this caller "
        + "(problem+json)")
public class KillmailResource {
    @Inject
    ListKillmailsQuery list;
    @Inject
    KillmailDetailsQuery details;
    @Inject
    ResolveNamesQuery names;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List killmails newest first, keyset-paged and filtered",
            description = "Filters combine: `character` and `corporation` (seen by, i.e. in its recent killmails; "
                    + "one you may not see is a 404), `system`, `region`, `shipType` (the victim's), `from` and `to` "
                    + "(date 2026-05-01 or ISO-8601 instant, `to` excluded). `limit` 1-200, default 50. Pass a "
                    + "page's `older` as `before` for the next older page, its `newer` as `after` for the page above. "
                    + "Each killmail's `value` is its total as in the details (ISK as a decimal string), null when "
                    + "none of its types has a market price yet.")
    @APIResponse(responseCode = "200", description = "{killmails: [killmail], older: id or null, newer: id or null}")
    @Parameter(name = "character", in = ParameterIn.QUERY,
            description = "only killmails this character may see and was in")
    @Parameter(name = "corporation", in = ParameterIn.QUERY, description = "only killmails of this corporation")
    @Parameter(name = "system", in = ParameterIn.QUERY, description = "solar system id")
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "region id")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "from this date or ISO-8601 instant, included")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "up to this date or instant, excluded")
    @Parameter(name = "shipType", in = ParameterIn.QUERY, description = "the victim's ship type id")
    @Parameter(name = "before", in = ParameterIn.QUERY, description = "a page's older id: the next older page")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "a page's newer id: the page above")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "page size, default 50")
    public JsonObject list(@BeanParam KillmailParams params) {
        return KillmailJson.page(list.list(RequestParams.viewer(security), params.search()), names);
    }

    @GET
    @Path("{killmailId}")
    @Operation(summary = "One killmail: place, victim with items, attackers, with names from the static data",
            description = "`value` is the loss at CCP's average prices as zKillboard shows it: `ship`, `dropped` "
                    + "and `destroyed` items (containers' contents included, blueprint copies at nothing) and "
                    + "`total`, ISK as decimal strings; each item carries its `unitPrice` (null without a price).")
    @APIResponse(responseCode = "200", description = "killmail with value")
    public JsonObject killmail(@PathParam("killmailId") String killmailId) {
        return KillmailJson.details(details.details(RequestParams.viewer(security),
                RequestParams.id(killmailId, "killmail id")), names);
    }
}
