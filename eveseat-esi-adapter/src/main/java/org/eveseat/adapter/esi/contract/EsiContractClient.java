package org.eveseat.adapter.esi.contract;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eveseat.adapter.esi.common.EsiScope;

/** ESI contract routes (spec 2026-08-04). Responses stay raw so the caller can read the cache headers. */
public interface EsiContractClient {
    String READ_CHARACTER_CONTRACTS = "esi-contracts.read_character_contracts.v1";
    String READ_CORPORATION_CONTRACTS = "esi-contracts.read_corporation_contracts.v1";

    @GET
    @Path("/characters/{character_id}/contracts")
    @EsiScope(READ_CHARACTER_CONTRACTS)
    Response characterContracts(@PathParam("character_id") long characterId, @QueryParam("page") int page,
                                @HeaderParam("Authorization") String authorization,
                                @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/characters/{character_id}/contracts/{contract_id}/items")
    @EsiScope(READ_CHARACTER_CONTRACTS)
    Response characterContractItems(@PathParam("character_id") long characterId,
                                    @PathParam("contract_id") long contractId,
                                    @HeaderParam("Authorization") String authorization,
                                    @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/characters/{character_id}/contracts/{contract_id}/bids")
    @EsiScope(READ_CHARACTER_CONTRACTS)
    Response characterContractBids(@PathParam("character_id") long characterId,
                                   @PathParam("contract_id") long contractId,
                                   @HeaderParam("Authorization") String authorization,
                                   @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/contracts")
    @EsiScope(READ_CORPORATION_CONTRACTS)
    Response corporationContracts(@PathParam("corporation_id") long corporationId, @QueryParam("page") int page,
                                  @HeaderParam("Authorization") String authorization,
                                  @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/corporations/{corporation_id}/contracts/{contract_id}/items")
    @EsiScope(READ_CORPORATION_CONTRACTS)
    Response corporationContractItems(@PathParam("corporation_id") long corporationId,
                                      @PathParam("contract_id") long contractId,
                                      @HeaderParam("Authorization") String authorization,
                                      @HeaderParam("If-None-Match") String etag);

    /** Unlike the character route, this one is paged. */
    @GET
    @Path("/corporations/{corporation_id}/contracts/{contract_id}/bids")
    @EsiScope(READ_CORPORATION_CONTRACTS)
    Response corporationContractBids(@PathParam("corporation_id") long corporationId,
                                     @PathParam("contract_id") long contractId, @QueryParam("page") int page,
                                     @HeaderParam("Authorization") String authorization,
                                     @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/contracts/public/{region_id}")
    Response publicContracts(@PathParam("region_id") long regionId, @QueryParam("page") int page,
                             @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/contracts/public/items/{contract_id}")
    Response publicContractItems(@PathParam("contract_id") long contractId, @QueryParam("page") int page,
                                 @HeaderParam("If-None-Match") String etag);

    @GET
    @Path("/contracts/public/bids/{contract_id}")
    Response publicContractBids(@PathParam("contract_id") long contractId, @QueryParam("page") int page,
                                @HeaderParam("If-None-Match") String etag);
}
