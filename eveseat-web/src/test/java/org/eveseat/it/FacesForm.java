package org.eveseat.it;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jakarta Faces form read from a rendered page and submitted as a browser would: its hidden fields (the form's
 * own marker and the view state that makes the post valid), the values set, and the one button pressed.
 */
final class FacesForm {
    static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

    private final String action;
    private final String body;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private FacesForm(String action, String body) {
        this.action = action;
        this.body = body;
        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            Map<String, String> attributes = attributes(input.group());
            if ("hidden".equals(attributes.get("type"))) {
                fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
    }

    /** The form with the given id in the page. */
    static FacesForm in(String html, String formId) {
        Matcher form = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(html);
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " in " + html);
        }
        String action = attributes(form.group().substring(0, form.group().indexOf('>') + 1)).get("action");
        return new FacesForm(action.replace("&amp;", "&"), form.group(1));
    }

    String viewState() {
        return fields.get(VIEW_STATE);
    }

    FacesForm set(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /** Presses the submit button that carries {@code attribute="value"}, e.g. data-execution="42". */
    FacesForm press(String attribute, String value) {
        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            Map<String, String> attributes = attributes(input.group());
            if ("submit".equals(attributes.get("type")) && value.equals(attributes.get(attribute))) {
                fields.put(attributes.get("name"), attributes.get("value"));
                return this;
            }
        }
        throw new AssertionError("no button with " + attribute + "=" + value + " in " + body);
    }

    HttpResponse<String> submit(Browser browser) {
        return browser.postForm(action, fields);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }
}
