package org.eveseat.adapter.batch.publiccontracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Named;

import org.eveseat.adapter.batch.marketbook.MarketBookJob;
import org.eveseat.adapter.batch.marketbook.MarketBookPublisher;
import org.eveseat.adapter.batch.marketbook.MarketBookReader;
import org.eveseat.adapter.batch.marketbook.MarketBookWriter;
import org.junit.jupiter.api.Test;
import org.eveseat.adapter.batch.scheduler.SyncJobListener;
import org.eveseat.adapter.batch.scheduler.SyncLeaseListener;
import org.eveseat.adapter.batch.scheduler.SyncStepListener;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The jobs' XML names each job and its artifacts as the classes do, so a typo fails here, not in the server. */
class JobXmlTest {
    @Test
    void theJobRefersToTheNamedArtifactsInStepOrder() throws Exception {
        Document job = parse("public-contracts");

        assertThat(job.getDocumentElement().getAttribute("id")).isEqualTo(PublicContractsJob.NAME);
        assertThat(attributes(job, "step", "id")).containsExactly("pages", "details", "close");
        assertThat(artifactRefs(job)).containsExactlyElementsOf(Stream.of(PublicContractsPageReader.class,
                PublicContractsPageWriter.class, ContractDetailsReader.class, ContractDetailsWriter.class,
                PublicContractsCloser.class).map(type -> type.getAnnotation(Named.class).value()).toList());
        assertThat(attributes(job, "end", "on")).containsExactly(PublicContractsJob.UP_TO_DATE,
                org.eveseat.adapter.batch.scheduler.SyncJobResult.DEFERRED);
        assertThat(attributes(job, "listener", "ref")).containsOnly(
                Stream.of(SyncJobListener.class, SyncStepListener.class, SyncLeaseListener.class)
                        .map(type -> type.getAnnotation(Named.class).value()).toArray(String[]::new));
    }

    @Test
    void theMarketBookJobRefersToTheNamedArtifactsInStepOrder() throws Exception {
        Document job = parse("market-book");

        assertThat(job.getDocumentElement().getAttribute("id")).isEqualTo(MarketBookJob.NAME);
        assertThat(attributes(job, "step", "id")).containsExactly("pages", "publish");
        assertThat(artifactRefs(job)).containsExactlyElementsOf(Stream.of(MarketBookReader.class,
                MarketBookWriter.class, MarketBookPublisher.class)
                .map(type -> type.getAnnotation(Named.class).value()).toList());
        assertThat(attributes(job, "end", "on")).containsExactly(MarketBookJob.UP_TO_DATE,
                org.eveseat.adapter.batch.scheduler.SyncJobResult.DEFERRED);
        assertThat(attributes(job, "listener", "ref")).containsOnly(
                Stream.of(SyncJobListener.class, SyncStepListener.class, SyncLeaseListener.class)
                        .map(type -> type.getAnnotation(Named.class).value()).toArray(String[]::new));
    }

    private Document parse(String name) throws Exception {
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/batch-jobs/" + name + ".xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(xml);
        }
    }

    /** The readers, writers and batchlets, in document order; listeners are checked on their own. */
    private static List<String> artifactRefs(Document job) {
        NodeList nodes = job.getElementsByTagNameNS("*", "*");
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (!element.getLocalName().equals("listener") && !element.getAttribute("ref").isEmpty()) {
                refs.add(element.getAttribute("ref"));
            }
        }
        return refs;
    }

    private static List<String> attributes(Document job, String element, String attribute) {
        NodeList nodes = job.getElementsByTagNameNS("*", element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String value = ((Element) nodes.item(i)).getAttribute(attribute);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }
}
