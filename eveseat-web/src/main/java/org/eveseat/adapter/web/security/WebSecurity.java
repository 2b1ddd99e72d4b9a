package org.eveseat.adapter.web.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts the security headers and the cross-site check in front of every other filter (registered before the
 * declared ones, so even the console's refusals carry the headers), makes the container's session cookie
 * (EVE SSO login state, Faces views) SameSite=Lax, HttpOnly and, behind an https public URL, Secure, and says at
 * start which address the server takes for its own.
 */
@WebListener
public class WebSecurity implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(WebSecurity.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.addFilter("securityHeaders", SecurityHeadersFilter.class).addMappingForUrlPatterns(
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, "/*");
        context.addFilter("crossSiteRequests", CrossSiteRequestFilter.class).addMappingForUrlPatterns(
                EnumSet.of(DispatcherType.REQUEST), false, "/*");
        Optional<String> publicUrl = ConfigProvider.getConfig().getOptionalValue("eveseat.public-url", String.class);
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (ServerOrigin.secure(publicUrl, false)) {
            cookie.setSecure(true);
        }
        LOG.info(publicUrl.map(url -> "public URL: " + url + " (EVESEAT_PUBLIC_URL)").orElse("EVESEAT_PUBLIC_URL is "
                + "not set: EVE SSO callbacks go to the address each request arrived at (this server's own address "
                + "and port, never the Host header); set EVESEAT_PUBLIC_URL to the address users reach"));
    }
}
