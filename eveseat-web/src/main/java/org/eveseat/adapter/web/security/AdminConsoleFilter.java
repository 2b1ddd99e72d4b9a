package org.eveseat.adapter.web.security;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the Faces admin console with the API's session cookie: no valid session gives 401 with a login link,
 * a session without the admin role 403, and a form post with a view state the server did not issue 403 too.
 * {@code /admin/} leads to the first page. The caller is handed on as the request's principal and as
 * {@link #CALLER} for the backing beans. It guards every request the Faces servlet serves, whichever of its
 * mappings ({@code /faces/*}, {@code *.jsf}, {@code *.faces}, {@code *.xhtml}) or spelling of the path reached it,
 * not only {@code /admin/*}: the console's views are the only Faces views there are.
 */
@WebFilter(urlPatterns = "/admin/*", servletNames = AdminConsoleFilter.FACES_SERVLET,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE})
public class AdminConsoleFilter extends HttpFilter {
    public static final String CALLER = SessionPrincipal.class.getName();
    /** The name Jakarta Faces registers its servlet under when the application declares none. */
    static final String FACES_SERVLET = "FacesServlet";

    @Inject
    SessionCheck sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        Optional<SessionPrincipal> caller = sessionToken(request).flatMap(sessions::principal);
        if (caller.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in first",
                    "The admin console needs an EVESeat session. <a href=\"" + request.getContextPath()
                            + "/api/v1/auth/login\">Log in with EVE Online</a>.");
            return;
        }
        if (!caller.get().isAdmin()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Admins only",
                    "Your account is not an admin of this EVESeat server.");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/admin") || path.equals("/admin/")) {
            response.sendRedirect(request.getContextPath() + "/admin/users.xhtml");
            return;
        }
        request.setAttribute(CALLER, caller.get());
        try {
            chain.doFilter(new CallerRequest(request, caller.get()), response);
        } catch (ServletException e) {
            if (!expiredView(e) || response.isCommitted()) {
                throw e;
            }
            // a post whose view state the server never issued (or has forgotten): refused, as a forged one must be
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Form expired", "This form has expired or did not "
                    + "come from this console; nothing was changed. <a href=\"" + request.getContextPath()
                    + "/admin/\">Back to the console</a>.");
        }
    }

    private static boolean expiredView(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> sessionToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> SessionCookie.NAME.equals(c.getName()) && !c.getValue().isBlank())
                .map(Cookie::getValue).findFirst();
    }

    private static void refuse(HttpServletResponse response, int status, String title, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " - EVESeat admin</title></head><body><h1>" + title + "</h1><p>" + html + "</p></body></html>");
    }

    /** The servlet request as the console sees it: the session's account is the user principal. */
    private static final class CallerRequest extends HttpServletRequestWrapper {
        private final SessionPrincipal caller;

        CallerRequest(HttpServletRequest request, SessionPrincipal caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.getGroups().contains(role);
        }
    }
}
