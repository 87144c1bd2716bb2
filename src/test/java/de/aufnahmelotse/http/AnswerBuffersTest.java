package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AnswerBuffersTest {

    @Test
    void a_buffer_given_back_is_lent_again_empty_and_keeps_exactly_what_was_written() throws Exception {
        AnswerBuffers buffers = new AnswerBuffers(2);
        AnswerBuffers.Buffer b = buffers.borrow();
        byte[] big = new byte[400_000]; // beyond the initial 256 KB: the buffer grows
        Arrays.fill(big, (byte) 'x');
        b.write('{');
        b.write(big, 0, big.length);
        b.write('}');
        assertThat(b.size()).isEqualTo(400_002);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(b.toByteArray()).hasSize(400_002);
        buffers.giveBack(b);
        assertThat(buffers.idle()).isEqualTo(1);
        AnswerBuffers.Buffer again = buffers.borrow();
        assertThat(again).isSameAs(b);
        assertThat(again.size()).isZero();
        again.write("ok".getBytes(StandardCharsets.UTF_8), 0, 2);
        assertThat(new String(again.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("ok");
    }

    @Test
    void the_pool_keeps_at_most_its_number_of_buffers_and_none_that_grew_too_large() throws Exception {
        AnswerBuffers buffers = new AnswerBuffers(2);
        AnswerBuffers.Buffer a = buffers.borrow();
        AnswerBuffers.Buffer b = buffers.borrow();
        AnswerBuffers.Buffer c = buffers.borrow();
        assertThat(a).isNotSameAs(b).isNotSameAs(c);
        buffers.giveBack(a);
        buffers.giveBack(b);
        buffers.giveBack(c);
        assertThat(buffers.idle()).isEqualTo(2);
        AnswerBuffers.Buffer huge = new AnswerBuffers(1).borrow();
        huge.write(new byte[AnswerBuffers.MAX_KEPT_BYTES + 1], 0, AnswerBuffers.MAX_KEPT_BYTES + 1);
        AnswerBuffers one = new AnswerBuffers(1);
        one.giveBack(huge);
        assertThat(one.idle()).isZero();
    }
}
