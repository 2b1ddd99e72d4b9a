package org.eveseat.adapter.esi.sso;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** EVE SSO v2 token and key endpoints. */
public interface SsoTokenClient {
    @POST
    @Path("/v2/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response token(@HeaderParam("Authorization") String basicAuth, Form form);

    @GET
    @Path("/oauth/jwks")
    String jwks();
}
