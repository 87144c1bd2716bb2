package de.aufnahmelotse.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Reusable byte buffers that answers are serialised into. An evaluated answer is about 155 KB of JSON: written into
 * a fresh growing array and copied to an exact one, it made more than a third of all bytes the service allocated
 * under evaluated load (JFR allocation samples), and so a third of the young collections. A buffer is borrowed for
 * one answer and given back; at most {@code keep} buffers of at most {@link #MAX_KEPT_BYTES} are kept, so the pool
 * never holds more than a few MB. Never blocks: with every buffer lent, a new one is made.
 */
final class AnswerBuffers {
    /** Buffers that grew beyond this (a batch, include=all on many households) are left to the collector. */
    static final int MAX_KEPT_BYTES = 1 << 20;
    private static final int INITIAL_BYTES = 256 * 1024;

    private final ArrayBlockingQueue<Buffer> idle;

    AnswerBuffers(int keep) {
        this.idle = new ArrayBlockingQueue<>(Math.max(1, keep));
    }

    Buffer borrow() {
        Buffer b = idle.poll();
        return b != null ? b : new Buffer(INITIAL_BYTES);
    }

    void giveBack(Buffer b) {
        if (b.bytes.length <= MAX_KEPT_BYTES) {
            b.count = 0;
            idle.offer(b); // dropped when the pool is full
        }
    }

    int idle() {
        return idle.size();
    }

    /** A growing byte array that is reset instead of thrown away; one writer at a time. */
    static final class Buffer extends OutputStream {
        private byte[] bytes;
        private int count;

        Buffer(int initial) {
            this.bytes = new byte[initial];
        }

        @Override
        public void write(int b) {
            ensure(1);
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, bytes, count, len);
            count += len;
        }

        private void ensure(int more) {
            if (count + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
            }
        }

        int size() {
            return count;
        }

        /** A copy of exactly the written bytes, for what outlives the buffer (a kept answer). */
        byte[] toByteArray() {
            return Arrays.copyOf(bytes, count);
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(bytes, 0, count);
        }
    }
}
