package org.eveseat.adapter.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCharsetFilterTest {
    private final JsonCharsetFilter filter = new JsonCharsetFilter();

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=EBCDIC", "application/json; charset=ISO-8859-1",
            "application/problem+json; charset=no-such-charset", "application/json; charset=latin1",
            "text/plain; charset=EBCDIC", "text/plain; charset=bad name!"})
    void refusesAJsonBodyInAnyCharsetButUtf8AndAnyBodyInAnUnknownCharset(String contentType) {
        WebApplicationException refused = catchThrowableOfType(WebApplicationException.class,
                () -> filter.filter(request(contentType)));

        assertThat(refused.getResponse().getStatus()).isEqualTo(415);
        assertThat(refused.getMessage()).contains("UTF-8", contentType.substring(contentType.indexOf('=') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/json;charset=utf-8",
            "text/plain; charset=ISO-8859-1", "text/plain"})
    void letsUtf8JsonAndOtherMediaTypesPass(String contentType) {
        assertThatCode(() -> filter.filter(request(contentType))).doesNotThrowAnyException();
    }

    /** {@code type/subtype} or {@code type/subtype; charset=name}, split by hand: no JAX-RS runtime needed. */
    private static ContainerRequestContext request(String contentType) {
        String[] parts = contentType.split(";\\s*charset=", -1);
        String[] type = parts[0].split("/");
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getMediaType()).thenReturn(parts.length == 1 ? new MediaType(type[0], type[1])
                : new MediaType(type[0], type[1], parts[1]));
        return request;
    }
}
