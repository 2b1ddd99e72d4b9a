package org.eveseat.adapter.batch.scheduler;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Starts the scheduler at deployment. A startup bean rather than an observer of the application scope's start:
 * inside an EAR, Payara Server notifies that observer outside the web module, where its {@code @Resource}
 * executors cannot be looked up.
 */
@Startup
@Singleton
public class SchedulerStartup {
    @Inject
    SyncScheduler scheduler;

    @PostConstruct
    void start() {
        scheduler.start();
    }
}
