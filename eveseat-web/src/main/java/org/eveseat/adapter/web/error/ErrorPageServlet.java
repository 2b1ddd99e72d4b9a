package org.eveseat.adapter.web.error;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eveseat.adapter.web.rest.problem.Problem;

/**
 * The error page of every error the container answers itself (web.xml sends them all here): a path no servlet
 * serves, a method or media type the container refuses, an unreadable request, a failure outside JAX-RS. Under
 * {@code /api} it answers an RFC 9457 problem, elsewhere a short page; neither names a class or shows a trace.
 * Called directly (not as an error dispatch) it is a path like any other that serves nothing: 404.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {
    static final String PATH = "/error-page";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text.substring(Math.min(text.length(),
                request.getContextPath().length())) : request.getServletPath();
        String detail = ErrorDetails.of(status, request.getContentType());
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "unexpected error on " + path + ", incident " + incident,
                    failure instanceof Throwable thrown ? thrown : null);
            detail = detail + "; incident " + incident;
        }
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problem.json(status, ErrorDetails.title(status), detail));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    + status + " " + ErrorDetails.title(status) + " - EVESeat</title></head><body><h1>" + status
                    + " " + ErrorDetails.title(status) + "</h1><p>" + detail + ".</p><p><a href=\""
                    + request.getContextPath() + "/\">EVESeat</a></p></body></html>");
        }
    }
}
