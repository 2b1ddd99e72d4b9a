package org.eveseat.adapter.web.rest;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eveseat.adapter.web.rest.admin.AdminAnnouncementResource;
import org.eveseat.adapter.web.rest.admin.AdminJobsResource;
import org.eveseat.adapter.web.rest.admin.AdminSyncResource;
import org.eveseat.adapter.web.rest.alert.AlertChannelResource;
import org.eveseat.adapter.web.rest.auth.AuthResource;
import org.eveseat.adapter.web.rest.auth.MeResource;
import org.eveseat.adapter.web.rest.calendar.CalendarResource;
import org.eveseat.adapter.web.rest.contact.ContactLabelResource;
import org.eveseat.adapter.web.rest.contact.ContactResource;
import org.eveseat.adapter.web.rest.contact.OrganisationContactResource;
import org.eveseat.adapter.web.rest.contract.ContractResource;
import org.eveseat.adapter.web.rest.contract.PublicContractSearchResource;
import org.eveseat.adapter.web.rest.guard.RequestGuard;
import org.eveseat.adapter.web.rest.intel.IncursionResource;
import org.eveseat.adapter.web.rest.intel.SovereigntyResource;
import org.eveseat.adapter.web.rest.intel.SystemActivityResource;
import org.eveseat.adapter.web.rest.intel.SystemReportResource;
import org.eveseat.adapter.web.rest.killmail.KillmailResource;
import org.eveseat.adapter.web.rest.mail.MailLabelResource;
import org.eveseat.adapter.web.rest.mail.MailResource;
import org.eveseat.adapter.web.rest.mail.MailSyncResource;
import org.eveseat.adapter.web.rest.mail.MailingListResource;
import org.eveseat.adapter.web.rest.character.CharacterStatusResource;
import org.eveseat.adapter.web.rest.sync.SyncTimesResource;
import org.eveseat.adapter.web.rest.character.PilotLocationsResource;
import org.eveseat.adapter.web.rest.market.AdminMarketResource;
import org.eveseat.adapter.web.rest.market.CharacterMarketOrderResource;
import org.eveseat.adapter.web.rest.market.CorporationMarketOrderResource;
import org.eveseat.adapter.web.rest.market.MarketBookResource;
import org.eveseat.adapter.web.rest.market.MarketHistoryResource;
import org.eveseat.adapter.web.rest.market.MarketPriceResource;
import org.eveseat.adapter.web.rest.market.ProfitCalculatorResource;
import org.eveseat.adapter.web.rest.market.QuickTradeResource;
import org.eveseat.adapter.web.rest.market.TradeHubResource;
import org.eveseat.adapter.web.rest.market.TradeRouteResource;
import org.eveseat.adapter.web.rest.problem.ConstraintViolationMapper;
import org.eveseat.adapter.web.rest.problem.DomainExceptionMapper;
import org.eveseat.adapter.web.rest.problem.UnexpectedExceptionMapper;
import org.eveseat.adapter.web.rest.problem.WebApplicationExceptionMapper;
import org.eveseat.adapter.web.rest.universe.AdminUniverseResource;
import org.eveseat.adapter.web.rest.universe.RouteResource;
import org.eveseat.adapter.web.rest.universe.TypeSearchResource;
import org.eveseat.adapter.web.rest.universe.UniverseResource;
import org.eveseat.adapter.web.rest.universe.NameResource;
import org.eveseat.adapter.web.rest.universe.NameSearchResource;
import org.eveseat.adapter.web.rest.wallet.CharacterWalletResource;
import org.eveseat.adapter.web.rest.wallet.CorporationWalletResource;
import org.eveseat.adapter.web.rest.wallet.WalletResource;
import org.eveseat.adapter.web.security.AuthenticationFilter;
import org.eveseat.adapter.web.security.AuthorizationFilter;

/**
 * The REST API lives under /api; the player UI is served from the web root. Its resources and providers are
 * listed here rather than found by scanning: the container's scan also picks up every interface with a JAX-RS
 * annotation in the libraries (the ESI and SSO REST clients) and warns at each start that they cannot be
 * instantiated. {@code EveSeatApplicationTest} keeps this list equal to the module's annotated classes.
 */
@ApplicationPath("/api")
@ApplicationScoped
public class EveSeatApplication extends Application {
    private static final Set<Class<?>> COMPONENTS = Set.of(
            AdminAnnouncementResource.class, AdminJobsResource.class, AdminSyncResource.class,
            AuthResource.class, MeResource.class,
            CalendarResource.class, CharacterStatusResource.class, PilotLocationsResource.class,
            ContactLabelResource.class, ContactResource.class, OrganisationContactResource.class,
            ContractResource.class, PublicContractSearchResource.class,
            KillmailResource.class, SyncTimesResource.class,
            SystemActivityResource.class, SovereigntyResource.class, IncursionResource.class,
            SystemReportResource.class,
            NameResource.class, NameSearchResource.class,
            MailLabelResource.class, MailResource.class, MailSyncResource.class, MailingListResource.class,
            AdminUniverseResource.class, RouteResource.class, UniverseResource.class,
            MarketBookResource.class, AdminMarketResource.class,
            CharacterWalletResource.class, CorporationWalletResource.class, WalletResource.class,
            MarketPriceResource.class, MarketHistoryResource.class, TradeHubResource.class,
            ProfitCalculatorResource.class, QuickTradeResource.class, TypeSearchResource.class,
            CharacterMarketOrderResource.class, CorporationMarketOrderResource.class, TradeRouteResource.class,
            AlertChannelResource.class,
            ConstraintViolationMapper.class, DomainExceptionMapper.class, UnexpectedExceptionMapper.class,
            WebApplicationExceptionMapper.class,
            AuthenticationFilter.class, AuthorizationFilter.class, JsonCharsetFilter.class, RequestGuard.class);

    @Override
    public Set<Class<?>> getClasses() {
        return COMPONENTS;
    }
}
