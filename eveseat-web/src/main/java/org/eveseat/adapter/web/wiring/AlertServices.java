package org.eveseat.adapter.web.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eveseat.domain.EveSeatDomain;
import org.eveseat.domain.alert.port.in.ForwardAlertUseCase;
import org.eveseat.domain.alert.port.in.ManageAlertChannelsUseCase;

/** The use cases of alert channels as CDI beans; {@link EveSeatDomain} builds them. */
@ApplicationScoped
public class AlertServices {
    @Produces
    @Singleton
    ManageAlertChannelsUseCase channels(EveSeatDomain domain) {
        return domain.get(ManageAlertChannelsUseCase.class);
    }

    @Produces
    @Singleton
    ForwardAlertUseCase forward(EveSeatDomain domain) {
        return domain.get(ForwardAlertUseCase.class);
    }
}
