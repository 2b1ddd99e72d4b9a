package org.eveseat.adapter.persistence.universe;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.UpstreamUnavailableException;
import org.eveseat.domain.universe.port.out.StaticDataArchives;

/**
 * Opens an export from the class path (the one shipped in this jar, {@code sde/sde.zip}), an http(s) URL, or a
 * file on the server.
 */
@ApplicationScoped
public class HttpOrFileStaticDataArchives implements StaticDataArchives {
    static final String SHIPPED_RESOURCE = "/sde/sde.zip";

    @Override
    public InputStream open(String location) {
        if (SHIPPED.equals(location)) {
            InputStream shipped = getClass().getResourceAsStream(SHIPPED_RESOURCE);
            if (shipped == null) {
                throw new IllegalStateException("the shipped static data " + SHIPPED_RESOURCE + " is missing");
            }
            return shipped;
        }
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return download(location);
        }
        try {
            Path file = Path.of(location);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new RuleViolationException("location: no readable file " + location + " on the server");
            }
            return Files.newInputStream(file);
        } catch (InvalidPathException | IOException e) {
            throw new RuleViolationException("location: " + location + " is neither an http(s) URL nor a readable "
                    + "file");
        }
    }

    private static InputStream download(String location) {
        try {
            HttpResponse<InputStream> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(20)).build().send(HttpRequest.newBuilder(URI.create(location))
                            .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new RuleViolationException("location: " + location + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("location: " + location + " is not a valid URL");
        } catch (IOException e) {
            throw new UpstreamUnavailableException("static data export " + location + " could not be fetched: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailableException("interrupted while fetching " + location);
        }
    }
}
