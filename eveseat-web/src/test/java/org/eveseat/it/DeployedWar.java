package org.eveseat.it;

import java.io.File;
import java.net.URI;
import java.net.URL;

import org.eveseat.fake.FakeEsi;
import org.eveseat.fake.FakeEveSso;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every Arquillian test of the WAR shares: the built WAR deployed on Payara Micro and driven from outside
 * (not testable in the container), its address, the fake EVE SSO and ESI, and browsers with cookie jars of their own.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DeployedWar {
    @ArquillianResource
    URL base;

    final FakeEveSso sso = IntegrationEnvironment.sso();
    final FakeEsi esi = IntegrationEnvironment.esi();

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("eveseat.it.war")));
    }

    Browser browser() {
        return new Browser(uri());
    }

    URI uri() {
        return URI.create(base.toString());
    }
}
