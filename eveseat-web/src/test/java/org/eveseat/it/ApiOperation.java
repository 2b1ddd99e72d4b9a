package org.eveseat.it;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP operation of the API: method, path template (regular expressions of path parameters left out), its
 * path and query parameter names, and whether it reads a request body.
 */
record ApiOperation(String method, String path, Set<String> pathParameters, Set<String> queryParameters,
                    boolean hasBody) {
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*(:[^}]*)?}");

    /** {@code /api//v1/{kind: a|b}/x/} becomes {@code /api/v1/{kind}/x}. */
    static String normalise(String path) {
        String plain = TEMPLATE.matcher(path).replaceAll("{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    static Set<String> templateParameters(String path) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = TEMPLATE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    String key() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return key() + " path" + pathParameters + " query" + queryParameters + (hasBody ? " body" : "");
    }
}
