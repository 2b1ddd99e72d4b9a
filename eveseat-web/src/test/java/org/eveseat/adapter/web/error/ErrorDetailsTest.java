package org.eveseat.adapter.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorDetailsTest {
    @Test
    void aContentTypeThatIsNoMediaTypeIsNamed() {
        assertThat(ErrorDetails.of(400, "garbage")).isEqualTo(
                "the Content-Type 'garbage' is not a media type such as application/json");
        assertThat(ErrorDetails.of(400, "application/json; charset=UTF-8")).startsWith("the request could not be read");
        assertThat(ErrorDetails.of(400, null)).startsWith("the request could not be read");
    }

    @Test
    void everyStatusGetsAFixedSentenceAndAReasonPhrase() {
        assertThat(ErrorDetails.of(404)).isEqualTo("nothing is served at this path");
        assertThat(ErrorDetails.of(503)).isEqualTo("the server failed to answer this request");
        assertThat(ErrorDetails.of(418)).isEqualTo("the request was refused");
        assertThat(ErrorDetails.title(431)).isEqualTo("Request Header Fields Too Large");
        assertThat(ErrorDetails.title(405)).isEqualTo("Method Not Allowed");
    }
}
