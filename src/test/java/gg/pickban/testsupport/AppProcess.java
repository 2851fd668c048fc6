package gg.pickban.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One Pickban instance in its own Payara Micro process, started through payara-config/micro.sh (the
 * same flags as the run command). Its working directory is private, so the embedded H2 default
 * lands there. Ends only the process it started, by its handle.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(300);
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path directory;
    private final Map<String, String> env;
    private final int port;
    private final boolean awaitReadiness;
    private Process process;

    private AppProcess(String name, Path directory, Map<String, String> env, int port, boolean awaitReadiness) {
        this.name = name;
        this.directory = directory;
        this.env = env;
        this.port = port;
        this.awaitReadiness = awaitReadiness;
    }

    /** Boots an instance and waits until /health/ready says UP. */
    public static AppProcess start(String name, Map<String, String> env) {
        return start(name, env, true);
    }

    /**
     * Boots several instances side by side (each boot mostly waits, so two take little longer than one) and
     * waits until every one is ready; returns them in the order asked. If one fails, the others are stopped.
     */
    @SafeVarargs
    public static List<AppProcess> startTogether(Map.Entry<String, Map<String, String>>... instances) {
        List<CompletableFuture<AppProcess>> booting = Arrays.stream(instances)
                .map(i -> CompletableFuture.supplyAsync(() -> start(i.getKey(), i.getValue()))).toList();
        CompletableFuture.allOf(booting.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        if (booting.stream().anyMatch(CompletableFuture::isCompletedExceptionally)) {
            booting.stream().filter(b -> !b.isCompletedExceptionally()).forEach(b -> b.join().stop());
            booting.stream().filter(CompletableFuture::isCompletedExceptionally).findFirst().orElseThrow().join();
        }
        return booting.stream().map(CompletableFuture::join).toList();
    }

    /** Boots an instance and waits until it serves the API, ready or not (a dependency may be down). */
    public static AppProcess startServing(String name, Map<String, String> env) {
        return start(name, env, false);
    }

    private static AppProcess start(String name, Map<String, String> env, boolean ready) {
        int port = freePort();
        Path directory = Path.of("target", "it-instances", name + "-" + port).toAbsolutePath();
        AppProcess app = new AppProcess(name, directory, Map.copyOf(env), port, ready);
        app.boot();
        return app;
    }

    /** Starts the same instance again (same port, same working directory, same configuration). */
    public void restart() {
        stop();
        boot();
    }

    private void boot() {
        try {
            Files.createDirectories(directory);
            ProcessBuilder builder = new ProcessBuilder(System.getProperty("pickban.launcher", "payara-config/micro.sh"))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(key -> key.startsWith("PICKBAN_"));
            environment.putAll(env);
            environment.put("PICKBAN_PORT", Integer.toString(port));
            environment.put("PICKBAN_WAR", System.getProperty("pickban.war", "target/pickban.war"));
            environment.put("PAYARA_MICRO_JAR", System.getProperty("payara.microJar", "target/payara-micro.jar"));
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
        awaitReady();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up, see " + log());
            }
            if (awaitReadiness ? isReady() : answers("/api/")) {
                return;
            }
            sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " not ready within " + BOOT_TIMEOUT + ", see " + log());
    }

    public boolean isReady() {
        return answers("/health/ready");
    }

    private boolean answers(String path) {
        try {
            HttpResponse<String> reply = PROBE.send(HttpRequest.newBuilder(uri(path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return reply.statusCode() == 200 && (!path.startsWith("/health") || reply.body().contains("\"UP\""));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public Api api() {
        return new Api(this);
    }

    public Path directory() {
        return directory;
    }

    public Path log() {
        return directory.resolve("server.log");
    }

    public List<String> logLines() throws IOException {
        return Files.readAllLines(log());
    }

    public long pid() {
        return process.pid();
    }

    /** Graceful shutdown (SIGTERM), forced after 60 s. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Dies at once (SIGKILL), as a crashed instance would: no shutdown hooks, nothing cleaned up. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
