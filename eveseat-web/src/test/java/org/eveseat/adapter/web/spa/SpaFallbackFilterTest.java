package org.eveseat.adapter.web.spa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpaFallbackFilterTest {
    /** {@code path}: the container's decoded path within the application (servlet path and path info). */
    @ParameterizedTest(name = "{0} {1} -> app route: {2}")
    @CsvSource({
            "GET, /wallet, true",
            "GET, /mail, true",
            "GET, /calendar/, true",
            "GET, /, false",
            "GET, /index.html, false",
            "GET, /assets/index-abc.js, false",
            "GET, /api/v1/auth/me, false",
            "GET, /api, false",
            "GET, /ws, false",
            "GET, /admin/users.xhtml, false",
            "GET, /admin/, false",
            "GET, /openapi, false",
            "GET, /faces/admin/users.xhtml, false",
            "GET, /faces/anything, false",
            "POST, /wallet, false"})
    void onlyTheAppsOwnPagesGetIndexHtml(String method, String path, boolean appRoute) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getServletPath()).thenReturn(path);
        assertThat(SpaFallbackFilter.isAppRoute(request)).isEqualTo(appRoute);
    }
}
