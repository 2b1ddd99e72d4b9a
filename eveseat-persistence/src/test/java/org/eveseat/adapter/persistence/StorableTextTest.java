package org.eveseat.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {
    @Test
    void nulAndLoneSurrogatesBecomeTheReplacementCharacter() {
        assertThat(StorableText.clean("\u0000x")).isEqualTo("\uFFFDx");
        assertThat(StorableText.clean("a\uD800")).isEqualTo("a\uFFFD");
        assertThat(StorableText.clean("\uDC00\uD800b")).isEqualTo("\uFFFD\uFFFDb");
    }

    @Test
    void storableTextIsLeftAsItIs() {
        String text = "Fleet \uD83D\uDE80 at 19:00, \u00e9\t\n";
        assertThat(StorableText.storable(text)).isTrue();
        assertThat(StorableText.clean(text)).isSameAs(text);
        assertThat(StorableText.clean(null)).isNull();
    }
}
