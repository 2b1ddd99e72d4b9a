package org.eveseat.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.out.CharacterRepository;
import org.eveseat.domain.wallet.port.in.StartJournalWalkUseCase;
import org.eveseat.domain.wallet.port.in.SyncWalletBalanceUseCase;
import org.eveseat.domain.wallet.port.out.JournalWalkRepository;
import org.eveseat.domain.wallet.port.out.WalletEsi;
import org.eveseat.domain.wallet.port.out.WalletJournalRepository;
import org.junit.jupiter.api.Test;

class EveSeatDomainTest {
    /** Any out-port, as an object that only says which port it stands for. */
    private static final Ports EVERY_PORT = type -> Optional.of(Proxy.newProxyInstance(type.getClassLoader(),
            new Class<?>[] {type}, (proxy, method, args) -> method.getName().equals("toString") ? type.getName() : null));

    @Test
    void buildsEveryServiceOfTheCatalogueFromPortsAlone() {
        EveSeatDomain domain = new EveSeatDomain(EVERY_PORT, DomainSettings.defaults());

        assertThat(domain.services()).hasSizeGreaterThanOrEqualTo(83);
        for (Class<?> type : domain.services()) {
            assertThat(domain.get(type)).as(type.getName()).isInstanceOf(type).isNotInstanceOf(Proxy.class);
        }
    }

    @Test
    void everyServiceClassOfTheDomainIsInTheCatalogue() throws Exception {
        EveSeatDomain domain = new EveSeatDomain(EVERY_PORT, DomainSettings.defaults());

        List<Class<?>> inPortsImplemented = serviceClasses().stream()
                .flatMap(service -> Arrays.stream(service.getInterfaces()))
                .filter(port -> port.getPackageName().endsWith(".port.in"))
                .toList();

        assertThat(inPortsImplemented).hasSizeGreaterThanOrEqualTo(80);
        assertThat(domain.services()).containsAll(inPortsImplemented);
    }

    @Test
    void buildsEachServiceOnceAndSharesIt() {
        EveSeatDomain domain = new EveSeatDomain(EVERY_PORT, DomainSettings.defaults());

        assertThat(domain.get(AccessTokenQuery.class)).isSameAs(domain.get(AccessTokenQuery.class));
    }

    @Test
    void buildsWithoutALockAndHandsOutOneInstanceToThreadsAskingAtOnce() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        AtomicInteger lookups = new AtomicInteger();
        Ports slowOnce = type -> {
            if (type == CharacterRepository.class && lookups.getAndIncrement() == 0) {
                firstInside.countDown();
                await(secondDone); // the first builder is still looking its ports up when the second has finished
            }
            return EVERY_PORT.find(type);
        };
        EveSeatDomain domain = new EveSeatDomain(slowOnce, DomainSettings.defaults());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<AccessTokenQuery> first = threads.submit(() -> domain.get(AccessTokenQuery.class));
            await(firstInside);
            AccessTokenQuery second = threads.submit(() -> domain.get(AccessTokenQuery.class)).get(10, TimeUnit.SECONDS);
            secondDone.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(second).isSameAs(domain.get(AccessTokenQuery.class));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void needsOnlyThePortsOfTheUseCasesAskedFor() {
        WalletJournalRepository journal = proxy(WalletJournalRepository.class);
        JournalWalkRepository walks = proxy(JournalWalkRepository.class);
        EveSeatDomain domain = new EveSeatDomain(Ports.of(journal, walks), DomainSettings.defaults());

        assertThat(domain.get(StartJournalWalkUseCase.class)).isNotNull();
        assertThat(domain.get(WalletJournalRepository.class)).isSameAs(journal);
        assertThatThrownBy(() -> domain.get(SyncWalletBalanceUseCase.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no org.eveseat.domain.character.port.out.CharacterRepository was given")
                .hasMessageContaining("AccessTokenQuery needs one");
    }

    @Test
    void namesTheServiceThatMissesAPort() {
        EveSeatDomain domain = new EveSeatDomain(Ports.of(proxy(JournalWalkRepository.class)),
                DomainSettings.defaults());

        assertThatThrownBy(() -> domain.get(StartJournalWalkUseCase.class))
                .hasMessage("no " + WalletJournalRepository.class.getName() + " was given to the EVESeat domain,"
                        + " and StartJournalWalkUseCase needs one");
    }

    @Test
    void refusesTwoAdaptersOfOnePort() {
        WalletEsi esi = proxy(WalletEsi.class);
        Ports ports = Ports.of(esi, proxy(WalletEsi.class));

        assertThatThrownBy(() -> ports.find(WalletEsi.class)).hasMessageContaining("2 adapters given implement");
        assertThat(Ports.of(esi, esi).find(WalletEsi.class)).containsSame(esi);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T proxy(Class<T> type) {
        return type.cast(EVERY_PORT.find(type).orElseThrow());
    }

    /** The concrete classes of the domain's {@code service} packages, read from the compiled classes. */
    private static List<Class<?>> serviceClasses() throws IOException, URISyntaxException {
        Path root = Path.of(EveSeatDomain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.contains("/service/") && name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
                    .<Class<?>>map(type -> type)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
