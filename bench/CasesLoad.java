import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the case routes (bench/cases-load.sh runs it against a started serve): N clients for S seconds, each
 * picking one of C cases and mixing reads (GET, 60 %), step updates (30 %: read the case's counter step, PATCH its
 * note to counter + 1 with the version read; a 409 is a conflict, re-read and try again) and re-evaluations (10 %:
 * PUT .../request, the same profile with a varied name, so the checklist keeps its steps). At the end every case's
 * counter must equal the number of acknowledged updates: a difference is a lost update. Prints RESULT lines.
 * Usage: java -cp target/aufnahmelotse.jar bench/CasesLoad.java BASE_URL [seconds=30] [clients=50] [cases=20]
 */
public class CasesLoad {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String REQUEST = """
            {"asOf":"2025-03-01","municipality":{"name":"%s","ags":"12064172","state":"BB","population":799},
             "sponsorGroup":{"members":%d,"trainingCompleted":true,"housingSecured":true,"monthlyNetColdRentEur":480,
             "rentLimitEur":520,"rentCommitmentMonths":24,"mentoringMonths":12},
             "households":[{"id":"h1","size":4,"children":2,"nationality":"SY","location":"FIRST_ASYLUM_COUNTRY",
             "unhcrRecognised":true,"resettlementMostAppropriate":true,"medicalNeeds":"NONE"}]}""";

    record Case(String id, String key, String programId, String stepId, int members) {
    }

    static final class Timings {
        final List<Long> micros = new ArrayList<>();

        synchronized void add(long m) {
            micros.add(m);
        }

        synchronized String summary() {
            long[] a = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            if (a.length == 0) {
                return "n=0";
            }
            return String.format("n=%d p50=%.1fms p99=%.1fms max=%.1fms", a.length, a[a.length / 2] / 1000.0,
                    a[Math.min(a.length - 1, (int) Math.ceil(a.length * 0.99) - 1)] / 1000.0, a[a.length - 1] / 1000.0);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int caseCount = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < caseCount; i++) {
            int members = 3 + i % 7;
            String body = "{\"label\":\"Last " + i + "\",\"request\":" + REQUEST.formatted("Golzow", members) + "}";
            HttpResponse<String> r = send(http, base, "POST", "/api/v1/cases", null, body);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("create: " + r.statusCode() + " " + r.body());
            }
            JsonNode c = JSON.readTree(r.body());
            JsonNode step = c.get("case").get("steps").get(0);
            cases.add(new Case(c.get("id").asText(), c.get("accessKey").asText(), step.get("programId").asText(),
                    step.get("stepId").asText(), members));
        }
        Map<String, AtomicLong> acknowledged = new ConcurrentHashMap<>();
        cases.forEach(c -> acknowledged.put(c.id(), new AtomicLong()));
        Timings reads = new Timings();
        Timings updates = new Timings();
        Timings evaluations = new Timings();
        Timings all = new Timings();
        AtomicLong errors = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        List<String> errorSamples = new ArrayList<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            long seed = 14L * 1000 + t;
            new Thread(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                try {
                    while (System.nanoTime() < deadline) {
                        Case c = cases.get(random.nextInt(cases.size()));
                        int dice = random.nextInt(100);
                        try {
                            if (dice < 60) {
                                long t0 = System.nanoTime();
                                HttpResponse<String> r = send(http, base, "GET", "/api/v1/cases/" + c.id(), c.key(), null);
                                long us = (System.nanoTime() - t0) / 1000;
                                reads.add(us);
                                all.add(us);
                                check(r, 200, errors, errorSamples);
                            } else if (dice < 90) {
                                while (System.nanoTime() < deadline) {
                                    HttpResponse<String> r = send(http, base, "GET", "/api/v1/cases/" + c.id(), c.key(),
                                            null);
                                    if (!check(r, 200, errors, errorSamples)) {
                                        break;
                                    }
                                    JsonNode step = counterStep(JSON.readTree(r.body()), c);
                                    long counter = step.get("note").isNull() ? 0 : Long.parseLong(step.get("note").asText());
                                    String patch = "{\"programId\":\"" + c.programId() + "\",\"stepId\":\"" + c.stepId()
                                            + "\",\"note\":\"" + (counter + 1) + "\",\"version\":" + step.get("version").asInt()
                                            + "}";
                                    long t0 = System.nanoTime();
                                    HttpResponse<String> u = send(http, base, "PATCH", "/api/v1/cases/" + c.id() + "/steps",
                                            c.key(), patch);
                                    long us = (System.nanoTime() - t0) / 1000;
                                    updates.add(us);
                                    all.add(us);
                                    if (u.statusCode() == 409) {
                                        conflicts.incrementAndGet();
                                        continue;
                                    }
                                    if (check(u, 200, errors, errorSamples)) {
                                        acknowledged.get(c.id()).incrementAndGet();
                                    }
                                    break;
                                }
                            } else {
                                String name = random.nextBoolean() ? "Golzow" : "Golzow (Oderbruch)";
                                long t0 = System.nanoTime();
                                HttpResponse<String> r = send(http, base, "PUT", "/api/v1/cases/" + c.id() + "/request",
                                        c.key(), REQUEST.formatted(name, c.members()));
                                long us = (System.nanoTime() - t0) / 1000;
                                evaluations.add(us);
                                all.add(us);
                                check(r, 200, errors, errorSamples);
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            synchronized (errorSamples) {
                                if (errorSamples.size() < 5) {
                                    errorSamples.add(e.toString());
                                }
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long lost = 0;
        long totalAcknowledged = 0;
        for (Case c : cases) {
            HttpResponse<String> r = send(http, base, "GET", "/api/v1/cases/" + c.id(), c.key(), null);
            JsonNode step = counterStep(JSON.readTree(r.body()), c);
            long stored = step.get("note").isNull() ? 0 : Long.parseLong(step.get("note").asText());
            long expected = acknowledged.get(c.id()).get();
            totalAcknowledged += expected;
            lost += Math.abs(expected - stored);
        }
        int operations = all.micros.size();
        System.out.printf("RESULT clients=%d seconds=%.1f cases=%d operations=%d ops_per_s=%.0f errors=%d "
                        + "acknowledged_updates=%d conflicts_409=%d lost_updates=%d%n", clients, elapsed, caseCount,
                operations, operations / elapsed, errors.get(), totalAcknowledged, conflicts.get(), lost);
        System.out.println("RESULT all         " + all.summary());
        System.out.println("RESULT reads       " + reads.summary());
        System.out.println("RESULT step PATCH  " + updates.summary());
        System.out.println("RESULT re-evaluate " + evaluations.summary());
        errorSamples.forEach(s -> System.out.println("RESULT error sample: " + s));
        System.exit(errors.get() == 0 && lost == 0 ? 0 : 1);
    }

    static JsonNode counterStep(JsonNode caseJson, Case c) {
        for (JsonNode s : caseJson.get("steps")) {
            if (s.get("programId").asText().equals(c.programId()) && s.get("stepId").asText().equals(c.stepId())) {
                return s;
            }
        }
        throw new IllegalStateException("counter step left the checklist of " + c.id());
    }

    static boolean check(HttpResponse<String> r, int expected, AtomicLong errors, List<String> samples) {
        if (r.statusCode() == expected) {
            return true;
        }
        errors.incrementAndGet();
        synchronized (samples) {
            if (samples.size() < 5) {
                samples.add(r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
            }
        }
        return false;
    }

    static HttpResponse<String> send(HttpClient http, String base, String method, String path, String key, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
