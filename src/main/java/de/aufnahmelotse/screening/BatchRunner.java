package de.aufnahmelotse.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceRequest;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.InvalidRequestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NDJSON batch: one advice request per input line, one output line per request line, in order. A line that is not
 * a valid request yields an error object for that line ({@code {"line": n, "error": {type, title, status, detail,
 * errors}}}) and the run goes on; a valid one {@code {"line": n, "advice": {...}}}. Blank lines are skipped. Lines
 * are read as bytes with a length cap, evaluated on a bounded window, and flushed as soon as the head is done.
 */
public final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    static final String TYPE_BASE = "https://aufnahmelotse.de/problems/";

    private final AdviceService service;
    private final AdviceRequestParser parser;
    private final ObjectMapper mapper;
    private final Executor executor;
    private final int window;

    public record Options(String language, boolean includeAll, long maxLineBytes) {
    }

    /** Counts of one run. */
    public record Summary(long lines, long ok, long errors) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineError(String type, String title, int status, String detail, List<FieldError> errors) {
    }

    public record FieldError(String field, String message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(long line, AdviceResponse advice, LineError error) {
    }

    public BatchRunner(AdviceService service, AdviceRequestParser parser, ObjectMapper mapper, Executor executor,
                       int window) {
        this.service = service;
        this.parser = parser;
        this.mapper = mapper;
        this.executor = executor;
        this.window = window;
    }

    public Summary run(InputStream in, OutputStream out, Options options) throws IOException {
        long[] counts = new long[3];
        OrderedWindow<byte[]> results = new OrderedWindow<>(executor, window, bytes -> {
            out.write(bytes);
            out.write('\n');
        });
        LineReader reader = new LineReader(in, options.maxLineBytes());
        boolean german = !"en".equals(options.language());
        byte[] raw;
        while ((raw = reader.next()) != null) {
            long number = reader.lineNumber();
            if (!reader.tooLong() && isBlank(raw)) {
                continue;
            }
            counts[0]++;
            if (reader.tooLong()) {
                counts[2]++;
                byte[] bytes = write(new Line(number, null, new LineError(TYPE_BASE + "body-too-large",
                        german ? "Zeile zu groß" : "Line too large", 413, (german
                        ? "Die Zeile ist länger als " : "The line is longer than ") + options.maxLineBytes()
                        + " Bytes.", null)));
                results.submit(() -> bytes);
            } else {
                byte[] line = raw;
                results.submit(() -> evaluate(number, line, options, counts));
            }
            if (results.emitReady() > 0) {
                out.flush();
            }
            if (results.headPending()) {
                out.flush();
            }
        }
        results.drain();
        out.flush();
        synchronized (counts) {
            return new Summary(counts[0], counts[0] - counts[2], counts[2]);
        }
    }

    private byte[] evaluate(long number, byte[] raw, Options options, long[] counts) {
        boolean german = !"en".equals(options.language());
        Line result;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            AdviceRequest request = parser.parse(text, options.language());
            AdviceResponse advice = service.advise(request, new AdviceService.Options(options.language(),
                    options.includeAll(), false));
            result = new Line(number, advice, null);
        } catch (CharacterCodingException e) {
            result = new Line(number, null, new LineError(TYPE_BASE + "malformed-request",
                    german ? "Ungültige Anfrage" : "Malformed request", 400,
                    german ? "Die Zeile ist kein UTF-8-Text." : "The line is not UTF-8 text.", null));
        } catch (InvalidRequestException e) {
            result = new Line(number, null, new LineError(TYPE_BASE + (e.status() == 400 ? "malformed-request"
                    : "invalid-values"), title(e.status(), german), e.status(), e.getMessage(),
                    e.errors().stream().map(f -> new FieldError(f.field(), f.message())).toList()));
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.error("incident {} in batch line {}", incident, number, e);
            result = new Line(number, null, new LineError(TYPE_BASE + "internal-error", title(500, german), 500,
                    (german ? "Interner Fehler. Kennung für den Betrieb: "
                            : "Internal error. Incident id for operators: ") + incident, null));
        }
        if (result.error() != null) {
            synchronized (counts) {
                counts[2]++;
            }
        }
        return write(result);
    }

    private byte[] write(Line line) {
        try {
            return mapper.writeValueAsBytes(line);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise batch line " + line.line(), e);
        }
    }

    private static String title(int status, boolean german) {
        return switch (status) {
            case 400 -> german ? "Ungültige Anfrage" : "Malformed request";
            case 422 -> german ? "Ungültige Angaben" : "Invalid values";
            default -> german ? "Interner Fehler" : "Internal error";
        };
    }

    private static boolean isBlank(byte[] raw) {
        for (byte b : raw) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Splits a byte stream at '\n'; a line over the cap is skipped to its end and flagged, never buffered whole. */
    static final class LineReader {
        private final InputStream in;
        private final long max;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int len;
        private long number;
        private boolean tooLong;
        private boolean eof;

        LineReader(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        long lineNumber() {
            return number;
        }

        boolean tooLong() {
            return tooLong;
        }

        byte[] next() throws IOException {
            if (eof && pos >= len) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            tooLong = false;
            boolean any = false;
            while (true) {
                if (pos >= len) {
                    len = in.read(buf);
                    pos = 0;
                    if (len <= 0) {
                        eof = true;
                        len = 0;
                        if (!any) {
                            return null;
                        }
                        number++;
                        return line.toByteArray();
                    }
                }
                any = true;
                int start = pos;
                while (pos < len && buf[pos] != '\n') {
                    pos++;
                }
                int n = pos - start;
                if (!tooLong) {
                    if (line.size() + n > max) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(buf, start, n);
                    }
                }
                if (pos < len) { // found '\n'
                    pos++;
                    number++;
                    return line.toByteArray();
                }
            }
        }
    }
}
