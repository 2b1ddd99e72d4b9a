package org.eveseat.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.Set;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.eveseat.fake.FakeWebhooks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every Arquillian test of the WAR shares: the built WAR deployed on Payara Micro and driven from outside
 * (not testable in the container), its address, the fake EVE SSO and ESI, and browsers with cookie jars of their
 * own, logged in through the fake SSO. Test methods run in no set order: each sets up what it reads.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedWar {
    static final long MAIN = 2112625428L;

    @ArquillianResource
    URL base;

    final FakeEveSso sso = IntegrationEnvironment.sso();
    final FakeEsi esi = IntegrationEnvironment.esi();
    final FakeWebhooks webhooks = IntegrationEnvironment.webhooks();

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("eveseat.it.war")));
    }

    Browser browser() {
        return new Browser(uri());
    }

    /** The admin: MAIN, the configured admin character, logged in with no scope beyond publicData. */
    Browser admin() {
        return loggedIn(MAIN, "Main Pilot", "owner-main", Set.of("publicData"));
    }

    /** A new browser logged in through the fake SSO as "Pilot id", its token granting those scopes. */
    Browser loggedIn(long characterId, Set<String> scopes) {
        return loggedIn(characterId, "Pilot " + characterId, "owner-" + characterId, scopes);
    }

    Browser loggedIn(long characterId, String name, String ownerHash, Set<String> scopes) {
        sso.loginAs(characterId, name, ownerHash, scopes);
        Browser browser = browser();
        assertThat(browser.logIn().statusCode()).isEqualTo(303);
        return browser;
    }

    /** Logs "Alt id" in with the owner's session, which links it to the owner's account. */
    Browser withAlt(Browser owner, long alt, Set<String> scopes) {
        sso.loginAs(alt, "Alt " + alt, "owner-" + alt, scopes);
        assertThat(owner.logIn().statusCode()).isEqualTo(303);
        return owner;
    }

    /** This server's origin, as a page of the app names it in {@code Origin}. */
    String origin() {
        return uri().getScheme() + "://" + uri().getRawAuthority();
    }

    URI uri() {
        return URI.create(base.toString());
    }
}
