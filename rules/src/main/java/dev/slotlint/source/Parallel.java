package dev.slotlint.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs work over a list on a few threads and gives the results in the list's order, so that findings do not depend
 * on the thread count. The threads have large stacks: JavaParser and the key evaluator recurse once per level of an
 * expression, and a generated file can nest thousands deep.
 */
public final class Parallel {

    /** Stack size of a worker thread (reserved address space; used only as deep as the recursion goes). */
    static final long STACK_BYTES = 512L << 20;

    private Parallel() {
    }

    /** The results of {@code work} on each item, in item order; null results are kept. */
    public static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null;
                 i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int count = Math.max(1, Math.min(threads, items.size()));
        List<Thread> workers = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            Thread thread = new Thread(null, worker, "slotlint-" + t, STACK_BYTES);
            thread.setDaemon(true);
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("analysis interrupted", e);
            }
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
