package org.eveseat.adapter.web.rest.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentEncodedUtf8Test {
    @Test
    void percentEncodedUtf8AndPlainTextAreValid() {
        assertThat(PercentEncodedUtf8.valid("/api/v1/characters/90016016/wallet")).isTrue();
        assertThat(PercentEncodedUtf8.valid("/api/v1/x/%F0%9F%98%80%E2%80%AE")).isTrue();
        assertThat(PercentEncodedUtf8.valid("q=%zz&r=%")).isTrue();
    }

    @Test
    void bytesThatAreNotUtf8AreNot() {
        for (String raw : new String[] {"/api/v1/%C3%28", "/api/v1/%FF%FE", "/api/v1/%C0%80", "/api/v1/%ED%A0%80",
                "/api/v1/%c0%ae%c0%ae/", "q=%E2%80"}) {
            assertThat(PercentEncodedUtf8.valid(raw)).as(raw).isFalse();
        }
    }
}
