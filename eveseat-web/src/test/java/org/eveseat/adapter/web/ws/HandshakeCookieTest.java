package org.eveseat.adapter.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandshakeCookieTest {
    @Test
    void theSessionCookieIsFoundAmongOthers() {
        assertThat(HandshakeCookie.cookie("theme=dark; eveseat_session=abc.def.ghi; lang=en"))
                .isEqualTo("abc.def.ghi");
        assertThat(HandshakeCookie.cookie("eveseat_session=")).isNull();
        assertThat(HandshakeCookie.cookie("other_eveseat_session=x")).isNull();
        assertThat(HandshakeCookie.cookie(null)).isNull();
    }

    @Test
    void onlyPagesOfThisHostOrThePublicUrlMayOpenASocket() {
        assertThat(HandshakeCookie.foreign(null, "localhost:8080", null)).as("not a browser").isFalse();
        assertThat(HandshakeCookie.foreign("http://localhost:8080", "localhost:8080", null)).isFalse();
        assertThat(HandshakeCookie.foreign("https://seat.example", "127.0.0.1:8080", "https://seat.example"))
                .as("behind a proxy").isFalse();
        assertThat(HandshakeCookie.foreign("https://evil.example", "localhost:8080", "https://seat.example")).isTrue();
        assertThat(HandshakeCookie.foreign("http://localhost:9999", "localhost:8080", null)).isTrue();
        assertThat(HandshakeCookie.foreign("not a uri", "localhost:8080", null)).isTrue();
    }
}
