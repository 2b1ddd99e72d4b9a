package org.eveseat.adapter.esi.common;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;

import org.eveseat.domain.shared.ConflictException;
import org.eveseat.domain.shared.DomainException;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.NotPermittedException;
import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.UpstreamUnavailableException;

/** Turns an ESI error status into the domain's failure kinds, with ESI's own error text. */
final class EsiErrors {
    private EsiErrors() {
    }

    static RuntimeException of(Response response, String resource) {
        int status = response.getStatus();
        String text = errorText(response);
        String detail = "ESI " + status + " for " + resource + (text.isEmpty() ? "" : ": " + text);
        if (status >= 500 && status != 520) {
            return new TransientEsiFailure(detail, null);
        }
        DomainException failure = switch (status) {
            case 400, 422 -> new RuleViolationException(detail);
            case 403 -> new NotPermittedException(detail);
            case 404 -> new NotFoundException(detail);
            case 520 -> new ConflictException(detail);
            default -> new UpstreamUnavailableException(detail);
        };
        return failure;
    }

    private static String errorText(Response response) {
        if (!response.hasEntity()) {
            return "";
        }
        String body = response.readEntity(String.class);
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getString("error", "");
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }
}
