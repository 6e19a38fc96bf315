package de.leitstand.kernel.api.security;

import java.util.function.Supplier;

/**
 * Runs work as the system rather than as a user: start-up migrations, the first administrator,
 * demo data. The system is national and holds every role. Only code that runs without a user
 * (never a request handler acting on request input) may use it.
 */
public final class SystemTask {

    private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private SystemTask() {
    }

    public static <T> T call(Supplier<T> work) {
        boolean outer = RUNNING.get();
        RUNNING.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            RUNNING.set(outer);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** @return whether the current thread runs as the system */
    public static boolean isRunning() {
        return RUNNING.get();
    }
}
