package org.eveseat.adapter.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The outcome of a console action, shown at the top of the page it re-renders. */
public final class ConsoleMessages {
    private ConsoleMessages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
