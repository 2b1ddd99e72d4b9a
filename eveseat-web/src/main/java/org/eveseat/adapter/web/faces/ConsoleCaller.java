package org.eveseat.adapter.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.eveseat.adapter.web.security.AdminConsoleFilter;
import org.eveseat.adapter.web.security.SessionPrincipal;
import org.eveseat.domain.shared.Viewer;

/** The admin using the console, as the console's filter verified them. */
@Named("caller")
@RequestScoped
public class ConsoleCaller {
    @Inject
    HttpServletRequest request;

    public Viewer viewer() {
        return principal().viewer();
    }

    public long getAccountId() {
        return principal().accountId().value();
    }

    private SessionPrincipal principal() {
        if (request.getAttribute(AdminConsoleFilter.CALLER) instanceof SessionPrincipal principal) {
            return principal;
        }
        throw new IllegalStateException("admin console page reached without its filter");
    }
}
