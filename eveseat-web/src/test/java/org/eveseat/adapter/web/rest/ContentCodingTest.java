package org.eveseat.adapter.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ContentCodingTest {
    @Test
    void gzipIsSentOnlyToClientsThatAcceptIt() {
        assertThat(ContentCoding.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(ContentCoding.acceptsGzip("GZIP;q=0.5")).isTrue();
        assertThat(ContentCoding.acceptsGzip("br, gzip;q=0, deflate")).isFalse();
        assertThat(ContentCoding.acceptsGzip("x-gzipped")).isFalse();
        assertThat(ContentCoding.acceptsGzip(null)).isFalse();
    }

    @Test
    void theGzippedBodyUnpacksToTheSameBytes() throws IOException {
        byte[] json = "{\"systems\":[{\"id\":30000142,\"name\":\"Jita\"}]}"
                .repeat(200)
                .getBytes(StandardCharsets.UTF_8);

        byte[] zipped = ContentCoding.gzip(json);

        assertThat(zipped.length).isLessThan(json.length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            assertThat(in.readAllBytes()).isEqualTo(json);
        }
    }
}
