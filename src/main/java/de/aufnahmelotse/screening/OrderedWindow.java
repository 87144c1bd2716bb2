package de.aufnahmelotse.screening;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs tasks on an executor, at most {@code capacity} at a time, and hands their results to the consumer in
 * submission order. Memory is bounded by the window, not by the input.
 */
final class OrderedWindow<T> {
    interface Consumer<T> {
        void accept(T value) throws java.io.IOException;
    }

    private final Executor executor;
    private final int capacity;
    private final Consumer<T> consumer;
    private final ArrayDeque<CompletableFuture<T>> pending = new ArrayDeque<>();

    OrderedWindow(Executor executor, int capacity, Consumer<T> consumer) {
        this.executor = executor;
        this.capacity = Math.max(1, capacity);
        this.consumer = consumer;
    }

    /** Submits a task; blocks (emitting the oldest results) while the window is full. */
    void submit(Supplier<T> task) throws java.io.IOException {
        while (pending.size() >= capacity) {
            emit(pending.removeFirst());
        }
        pending.addLast(CompletableFuture.supplyAsync(task, executor));
    }

    /** Emits the results that are already done at the head of the window; returns how many. */
    int emitReady() throws java.io.IOException {
        int n = 0;
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            emit(pending.removeFirst());
            n++;
        }
        return n;
    }

    boolean headPending() {
        return !pending.isEmpty() && !pending.peekFirst().isDone();
    }

    /** Waits for and emits everything still pending. */
    void drain() throws java.io.IOException {
        while (!pending.isEmpty()) {
            emit(pending.removeFirst());
        }
    }

    private void emit(CompletableFuture<T> f) throws java.io.IOException {
        T value;
        try {
            value = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
        consumer.accept(value);
    }
}
