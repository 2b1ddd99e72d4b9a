package org.eveseat.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.eveseat.domain.alert.service.AlertAssembly;
import org.eveseat.domain.calendar.service.CalendarAssembly;
import org.eveseat.domain.character.service.CharacterAssembly;
import org.eveseat.domain.contact.service.ContactAssembly;
import org.eveseat.domain.contract.service.ContractAssembly;
import org.eveseat.domain.corporation.service.CorporationAssembly;
import org.eveseat.domain.event.service.EventAssembly;
import org.eveseat.domain.intel.service.IntelAssembly;
import org.eveseat.domain.killmail.service.KillmailAssembly;
import org.eveseat.domain.mail.service.MailAssembly;
import org.eveseat.domain.market.service.MarketBookAssembly;
import org.eveseat.domain.market.service.MarketPricingAssembly;

import org.eveseat.domain.market.service.MarketOrdersAssembly;
import org.eveseat.domain.market.service.TradeAssembly;
import org.eveseat.domain.sync.service.SyncAssembly;
import org.eveseat.domain.universe.service.UniverseAssembly;
import org.eveseat.domain.wallet.service.WalletApiAssembly;
import org.eveseat.domain.wallet.service.WalletAssembly;

/**
 * The domain as a library: every use case of EVESeat, built in plain Java from the out-ports an application gives
 * (its storage, ESI, events) and a few settings. The application server's composition root asks it for each in-port
 * too, so this is the one place where services are wired.
 *
 * <pre>{@code
 * EveSeatDomain domain = new EveSeatDomain(Ports.of(journal, walks, characters, tokens, sso, esi, events),
 *         DomainSettings.defaults());
 * StartJournalWalkUseCase walks = domain.get(StartJournalWalkUseCase.class);
 * }</pre>
 *
 * Each use case is built once, on first request, with the ports it needs; a program gives only the ports of the
 * use cases it asks for. Thread-safe: each service is handed out as one instance.
 */
public final class EveSeatDomain {
    private static final List<FeatureAssembly> FEATURES = List.of(new CharacterAssembly(), new CorporationAssembly(),
            new UniverseAssembly(), new EventAssembly(), new WalletAssembly(), new WalletApiAssembly(),
            new MailAssembly(), new ContactAssembly(), new CalendarAssembly(), new ContractAssembly(),
            new KillmailAssembly(), new IntelAssembly(), new SyncAssembly(), new MarketBookAssembly(),
            new MarketPricingAssembly(), new TradeAssembly(), new MarketOrdersAssembly(), new AlertAssembly());

    private final Ports ports;
    private final DomainSettings settings;
    private final Map<Class<?>, Function<Wiring, ?>> factories = new LinkedHashMap<>();
    private final ConcurrentMap<Class<?>, Object> built = new ConcurrentHashMap<>();
    /** What this thread is building, to name a circle instead of overflowing the stack. */
    private final ThreadLocal<Deque<Class<?>>> building = ThreadLocal.withInitial(ArrayDeque::new);
    private final Wiring wiring = new Wiring() {
        @Override
        public <T> T get(Class<T> type) {
            return EveSeatDomain.this.get(type);
        }

        @Override
        public DomainSettings settings() {
            return settings;
        }
    };

    public EveSeatDomain(Ports ports, DomainSettings settings) {
        this.ports = ports;
        this.settings = settings;
        FEATURES.forEach(feature -> feature.addTo(this::add));
    }

    /** The in-ports (and feature helpers) this domain can build. */
    public Set<Class<?>> services() {
        return Set.copyOf(factories.keySet());
    }

    /**
     * The in-port's service, built on first request; or the out-port the application gave for this type. No lock
     * is held while building (the application's port lookup may take locks of its own): two threads asking at once
     * may both build, and both get the one that was stored first.
     */
    public <T> T get(Class<T> type) {
        Object service = built.get(type);
        if (service == null) {
            Object made = build(type);
            Object first = built.putIfAbsent(type, made);
            service = first == null ? made : first;
        }
        return type.cast(service);
    }

    private Object build(Class<?> type) {
        Function<Wiring, ?> factory = factories.get(type);
        Deque<Class<?>> path = building.get();
        if (factory == null) {
            return ports.find(type).orElseThrow(() -> new IllegalStateException("no " + type.getName()
                    + " was given to the EVESeat domain" + (path.isEmpty() ? "" : ", and " + path.peek()
                    .getSimpleName() + " needs one")));
        }
        if (path.contains(type)) {
            throw new IllegalStateException("services depend on each other in a circle: " + path);
        }
        path.push(type);
        try {
            return factory.apply(wiring);
        } finally {
            path.pop();
        }
    }

    private <T> void add(Class<T> type, Function<Wiring, ? extends T> factory) {
        if (factories.putIfAbsent(type, factory) != null) {
            throw new IllegalStateException(type.getName() + " is built by two features");
        }
    }
}
