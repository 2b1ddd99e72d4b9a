package org.eveseat.adapter.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.eveseat.domain.sync.model.ScheduledSync;
import org.eveseat.domain.sync.model.SyncEndpoint;
import org.eveseat.domain.sync.model.SyncKey;
import org.eveseat.domain.sync.model.SyncState;
import org.eveseat.domain.sync.port.in.ClaimDueSyncsUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyncLoopTest {
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final AtomicInteger ran = new AtomicInteger();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void aBacklogIsWorkedOffWithoutWaitingForTheNextTick() throws Exception {
        DueSyncs due = new DueSyncs(100);
        SyncLoop loop = loop(due);

        assertThat(loop.tick()).isEqualTo(4);

        awaitRan(100);
        assertThat(due.remaining()).isZero();
    }

    @Test
    void whenLessIsDueThanThereAreSlotsOnlyTheTickClaims() throws Exception {
        DueSyncs due = new DueSyncs(3);
        SyncLoop loop = loop(due);

        assertThat(loop.tick()).isEqualTo(3);

        awaitRan(3);
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        assertThat(due.claims()).isEqualTo(1);
    }

    @Test
    void atMostConcurrencySyncsRunAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Semaphore mayFinish = new Semaphore(0);
        SyncLoop loop = new SyncLoop(runnable -> 0, new DueSyncs(60), Set.of(SyncEndpoint.WALLET_BALANCE), sync -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            acquire(mayFinish);
            running.decrementAndGet();
            ran.incrementAndGet();
        }, workers, 3, Duration.ofMinutes(1), Clock.systemUTC(), e -> { });

        loop.tick();
        awaitUntil("three syncs hold their slots", () -> running.get() == 3);
        assertThat(loop.busySlots()).isEqualTo(3);
        mayFinish.release(60);

        awaitRan(60);
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void slotsFreedWhileTheClaimLockIsHeldAreFilledAtOnce() throws Exception {
        Executor eachSyncEndsBeforeTheNextIsDispatched = task -> {
            CountDownLatch done = new CountDownLatch(1);
            workers.execute(() -> {
                task.run();
                done.countDown();
            });
            await(done);
        };
        SyncLoop loop = new SyncLoop(runnable -> 0, new DueSyncs(6), Set.of(SyncEndpoint.WALLET_BALANCE),
                sync -> ran.incrementAndGet(), eachSyncEndsBeforeTheNextIsDispatched, 2, Duration.ofMinutes(1),
                Clock.systemUTC(), e -> { });

        loop.tick();

        awaitRan(6);
    }

    @Test
    void aSlotFreedWhileAnotherWorkerClaimsIsFilledAtOnce() throws Exception {
        CountDownLatch ticked = new CountDownLatch(1);
        CountDownLatch refilling = new CountDownLatch(1);
        CountDownLatch claimMayReturn = new CountDownLatch(1);
        CountDownLatch finishSecond = new CountDownLatch(1);
        CountDownLatch finishRest = new CountDownLatch(1);
        DueSyncs due = new DueSyncs(6, claim -> {
            if (claim == 2) {
                refilling.countDown();
                await(claimMayReturn);
            }
        });
        AtomicInteger workersDone = new AtomicInteger();
        Executor countingWorkers = task -> workers.execute(() -> {
            try {
                task.run();
            } finally {
                workersDone.incrementAndGet();
            }
        });
        SyncLoop loop = new SyncLoop(runnable -> 0, due, Set.of(SyncEndpoint.WALLET_BALANCE), sync -> {
            long id = sync.key().ownerId();
            await(id == 1 ? ticked : id == 2 ? finishSecond : finishRest);
            ran.incrementAndGet();
        }, countingWorkers, 2, Duration.ofMinutes(1), Clock.systemUTC(), e -> { });

        loop.tick();
        ticked.countDown();
        assertThat(refilling.await(10, TimeUnit.SECONDS)).isTrue();
        finishSecond.countDown();
        awaitBusySlots(loop, 0);
        awaitUntil("the second worker found the claim lock taken and left", () -> workersDone.get() == 1);
        claimMayReturn.countDown();

        awaitBusySlots(loop, 2);
        finishRest.countDown();
        awaitRan(6);
    }

    @Test
    void aClosedLoopClaimsNothingMoreWhileTheSyncsItRunsFinish() throws Exception {
        DueSyncs due = new DueSyncs(10);
        CountDownLatch mayFinish = new CountDownLatch(1);
        SyncLoop loop = new SyncLoop(runnable -> 0, due, Set.of(SyncEndpoint.WALLET_BALANCE), sync -> {
            await(mayFinish);
            ran.incrementAndGet();
        }, workers, 2, Duration.ofMinutes(1), Clock.systemUTC(), e -> { });
        assertThat(loop.tick()).isEqualTo(2);

        loop.close();
        mayFinish.countDown();

        awaitRan(2);
        workers.shutdown();
        assertThat(workers.awaitTermination(10, TimeUnit.SECONDS)).as("the workers' refills are done").isTrue();
        assertThat(loop.tick()).isZero();
        assertThat(due.claims()).as("no refill by the freed slots, no claim by the tick").isEqualTo(1);
        assertThat(due.remaining()).isEqualTo(8);
    }

    @Test
    void planningSoonMakesTheNextTickPlanWithinTheUsualMinute() {
        AtomicInteger plans = new AtomicInteger();
        SyncLoop loop = new SyncLoop(runnable -> plans.incrementAndGet(), new DueSyncs(0),
                Set.of(SyncEndpoint.WALLET_BALANCE), sync -> { }, workers, 4, Duration.ofMinutes(1),
                Clock.systemUTC(), e -> { });

        loop.tick();
        loop.tick();
        assertThat(plans).as("once a minute").hasValue(1);

        loop.planSoon();
        loop.tick();
        loop.tick();
        assertThat(plans).hasValue(2);
    }

    @Test
    void aSyncThatNoWorkerTakesGivesItsSlotBack() {
        workers.shutdown();
        SyncLoop loop = loop(new DueSyncs(2));

        assertThatThrownBy(loop::tick).isInstanceOf(RejectedExecutionException.class);

        assertThat(loop.busySlots()).isZero();
    }

    private SyncLoop loop(DueSyncs due) {
        return new SyncLoop(runnable -> 0, due, Set.of(SyncEndpoint.WALLET_BALANCE), sync -> ran.incrementAndGet(),
                workers, 4, Duration.ofMinutes(1), Clock.systemUTC(), e -> { });
    }

    /** Shorter than {@link #await}'s limit, so that a sync giving up waiting cannot free the slots looked for. */
    private static void awaitBusySlots(SyncLoop loop, int count) {
        awaitUntil(count + " busy slots", () -> loop.busySlots() == count);
    }

    /** Polls the condition every millisecond for up to 5 s. */
    private static void awaitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitRan(int count) {
        awaitUntil(count + " syncs run", () -> ran.get() >= count);
        assertThat(ran.get()).isEqualTo(count);
    }

    private static void acquire(Semaphore permits) {
        try {
            assertThat(permits.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A schedule with {@code count} due syncs, handed out in claim order; {@code onClaim} sees each claim's number. */
    private static final class DueSyncs implements ClaimDueSyncsUseCase {
        private final List<ScheduledSync> due = new ArrayList<>();
        private final IntConsumer onClaim;
        private final AtomicInteger claims = new AtomicInteger();

        DueSyncs(int count) {
            this(count, claim -> { });
        }

        DueSyncs(int count, IntConsumer onClaim) {
            this.onClaim = onClaim;
            for (int i = 1; i <= count; i++) {
                due.add(new ScheduledSync(new SyncKey(SyncEndpoint.WALLET_BALANCE, i), i, 0, Instant.EPOCH,
                        SyncState.never()));
            }
        }

        @Override
        public List<ScheduledSync> claim(int limit) {
            onClaim.accept(claims.incrementAndGet());
            return take(limit);
        }

        private synchronized List<ScheduledSync> take(int limit) {
            List<ScheduledSync> taken = new ArrayList<>(due.subList(0, Math.min(limit, due.size())));
            due.removeAll(taken);
            return taken;
        }

        synchronized int remaining() {
            return due.size();
        }

        int claims() {
            return claims.get();
        }
    }
}
