package dev.copydesk.engine;

import dev.copydesk.Interruption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs the work of each file on a pool of worker threads (one per core), results in input order,
 * each file within a time budget. When a file's budget is spent its worker is interrupted; the
 * stages check for that at their safe points ({@link Interruption#check()}) and stop, and the file
 * is reported as not analysed. Should a stage not come to a check point (a library stuck in a
 * loop), the run waits a grace period more, then gives up on that file, starts another worker in
 * its place and goes on; the stuck thread is a daemon and ends with the process. Thread.stop is
 * never used: it could leave a shared lock or cache half-written.
 */
final class FileRunner {
    /**
     * Stack of a worker: our own tree walks are iterative, but the parsers we use (CommonMark's
     * inline parser, for one) recurse once per level of nesting; this lets them read 50,000 levels.
     * It is address space, used only as deep as a page nests.
     */
    private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;
    /** How long past its budget a file that ignores the interrupt is waited for. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private FileRunner() {
    }

    /** The state of one file's work, shared by its worker, the watchdog and the collecting thread. */
    private static final class Slot {
        Thread worker;
        long startNanos;
        boolean started;
        boolean done;
        ScheduledFuture<?> alarm;
    }

    /**
     * Runs every task; a task that overruns {@code budget} gives {@code timedOut.apply(index)} instead.
     */
    static <T> List<T> run(List<Supplier<T>> tasks, Duration budget, IntFunction<T> timedOut) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), tasks.size()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), daemons("copydesk-file-", WORKER_STACK_BYTES));
        ScheduledExecutorService watchdog = new ScheduledThreadPoolExecutor(1, daemons("copydesk-watchdog-", 0));
        try {
            List<Slot> slots = new ArrayList<>();
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                Slot slot = new Slot();
                Supplier<T> task = tasks.get(i);
                int index = i;
                slots.add(slot);
                futures.add(pool.submit(() -> work(slot, task, budget, watchdog, () -> timedOut.apply(index))));
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                out.add(collect(futures.get(i), slots.get(i), budget, pool, timedOut, i));
            }
            return out;
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
    }

    private static <T> T work(Slot slot, Supplier<T> task, Duration budget, ScheduledExecutorService watchdog,
                              Supplier<T> timedOut) {
        synchronized (slot) {
            slot.worker = Thread.currentThread();
            slot.startNanos = System.nanoTime();
            slot.started = true;
            slot.alarm = watchdog.schedule(() -> interrupt(slot), budget.toNanos(), TimeUnit.NANOSECONDS);
        }
        try {
            return task.get();
        } catch (Interruption.Stopped e) {
            return timedOut.get();
        } finally {
            synchronized (slot) {
                slot.done = true;
                slot.alarm.cancel(false);
            }
            Thread.interrupted(); // no interrupt can come after done: the next file starts clean
        }
    }

    private static void interrupt(Slot slot) {
        synchronized (slot) {
            if (!slot.done) {
                slot.worker.interrupt();
            }
        }
    }

    private static <T> T collect(Future<T> future, Slot slot, Duration budget, ThreadPoolExecutor pool,
                                 IntFunction<T> timedOut, int index) {
        while (true) {
            long waitNanos;
            synchronized (slot) {
                waitNanos = slot.started ? slot.startNanos + budget.toNanos() + GRACE_NANOS - System.nanoTime()
                        : budget.toNanos();
            }
            try {
                return future.get(Math.max(1, waitNanos), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                boolean overdue;
                synchronized (slot) {
                    overdue = slot.started && System.nanoTime() - slot.startNanos > budget.toNanos() + GRACE_NANOS;
                }
                if (overdue) {
                    // The worker did not stop at a check point: leave it, and let a new one take its place.
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return timedOut.apply(index);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return timedOut.apply(index);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static ThreadFactory daemons(String prefix, long stackBytes) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, prefix + n.incrementAndGet(), stackBytes);
            t.setDaemon(true);
            return t;
        };
    }
}
