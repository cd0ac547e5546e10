package io.braingobrrr.acquisition.cyton;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real pair of pseudo-terminals joined by socat: the driver opens {@link #hostPath()} with jSerialComm,
 * the emulator opens {@link #boardPath()}. Killing socat is what pulling the USB cable looks like to both.
 */
final class SocatLink implements AutoCloseable {
    private final Path dir;
    private Process socat;

    SocatLink(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        start();
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("socat", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    Path hostPath() {
        return dir.resolve("host");
    }

    Path boardPath() {
        return dir.resolve("board");
    }

    /** (Re)creates both ends under the same names, as replugging the dongle brings the same port back. */
    void start() throws IOException, InterruptedException {
        Files.deleteIfExists(hostPath());
        Files.deleteIfExists(boardPath());
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + boardPath(), "pty,raw,echo=0,link=" + hostPath())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(hostPath()) && Files.exists(boardPath()))) {
            if (System.nanoTime() > deadline || !socat.isAlive()) throw new IOException("socat did not create the ptys");
            Thread.sleep(10);
        }
    }

    /** Pulls the cable: both pseudo-terminals disappear. */
    void kill() throws InterruptedException {
        socat.destroyForcibly();
        socat.waitFor(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
