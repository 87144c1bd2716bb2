import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * The evaluation path without HTTP (bench/in-process.sh runs it): the bodies of bench/vary.lua, parsed, evaluated,
 * mapped and serialised with the app's mapper by N threads, as POST /api/v1/advice does on a cache miss. Prints
 * one RESULT line per round: requests per second, wall and CPU time per request and thread (the CPU time moves
 * less with a noisy machine), and the share of each phase: parse, rules (trace.evaluationMicros), mapping (the rest
 * of AdviceService.advise) and JSON. Usage: java -cp target/aufnahmelotse.jar bench/InProcess.java [threads=2]
 * [rounds=8] [requests_per_round=3000].
 */
public class InProcess {
    static final String[] LANDS = {"SH", "HH", "NI", "HB", "NW", "HE", "RP", "BW", "BY", "SL", "BE", "BB", "MV", "SN",
            "ST", "TH"};
    static final int[] POPULATIONS = {180, 799, 4200, 12500, 47000, 130000, 620000, 3600000};
    static final int[] SIZES = {3, 4, 5, 6, 7, 9};

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        RuleSet rules = RuleSetLoader.load(Path.of("rules"), Clock.systemUTC());
        AdviceService service = new AdviceService(new RuleSetHolder(rules), Clock.systemUTC());
        ObjectMapper mapper = WebApp.answerMapper();
        AdviceRequestParser parser = new AdviceRequestParser(WebApp.objectMapper());
        String template = Files.readString(Path.of("bench/request-golzow.json"))
                .replaceFirst("\"ags\": \"\\d+\", ", "");
        List<String> bodies = new ArrayList<>();
        for (int n = 1; n <= 384; n++) { // the same sequence as bench/vary.lua
            bodies.add(template
                    .replaceFirst("\"state\": \"[A-Z]{2}\"", "\"state\": \"" + LANDS[n % 16] + "\"")
                    .replaceFirst("\"population\": \\d+", "\"population\": " + POPULATIONS[(n / 16) % 8])
                    .replaceFirst("\"size\": \\d+", "\"size\": " + SIZES[n % 6]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int round = 1; round <= rounds; round++) {
            LongAdder parse = new LongAdder();
            LongAdder engine = new LongAdder();
            LongAdder advise = new LongAdder();
            LongAdder json = new LongAdder();
            LongAdder cpu = new LongAdder();
            int each = perRound / threads;
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 97;
                running.add(pool.submit(() -> {
                    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    for (int i = 0; i < each; i++) {
                        String body = bodies.get((offset + i) % bodies.size());
                        long t0 = System.nanoTime();
                        var request = parser.parse(body, "de");
                        long t1 = System.nanoTime();
                        AdviceResponse answer = service.advise(request, AdviceService.Options.defaults());
                        long t2 = System.nanoTime();
                        mapper.writeValueAsBytes(answer);
                        long t3 = System.nanoTime();
                        parse.add(t1 - t0);
                        advise.add(t2 - t1);
                        engine.add(answer.trace().evaluationMicros() * 1000);
                        json.add(t3 - t2);
                    }
                    cpu.add(mx.getCurrentThreadCpuTime() - cpu0);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int done = each * threads;
            double total = parse.sum() + advise.sum() + json.sum();
            System.out.printf("RESULT round=%d threads=%d requests=%d rps=%.1f us_per_request_per_thread=%.0f "
                            + "cpu_us_per_request=%.0f parse=%.0f%% rules=%.0f%% mapping=%.0f%% json=%.0f%%%n", round, threads, done,
                    done / seconds, total / 1e3 / done, cpu.sum() / 1e3 / done, 100 * parse.sum() / total, 100 * engine.sum() / total,
                    100 * (advise.sum() - engine.sum()) / total, 100 * json.sum() / total);
        }
        pool.shutdown();
        System.exit(0);
    }
}
