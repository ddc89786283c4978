package io.github.rectification.ledger.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window per user: the first start holds {@code instance.lock} in the application folder and
 * listens on a port of 127.0.0.1 (written with a secret to {@code instance.port}); a second start
 * finds the lock taken, sends the file it was given to that port and ends, and the first window
 * comes forward and opens the file. Only the loopback interface is used and a request without the
 * secret is ignored.
 */
public final class SingleInstance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final int CONNECT_TIMEOUT_MS = 2000;
    private static final String OPEN = "OPEN";
    private static final String FRONT = "FRONT";

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path portFile;
    private final String secret;
    private final List<Optional<Path>> waiting = new ArrayList<>();
    private Consumer<Optional<Path>> handler;

    private SingleInstance(FileChannel lockChannel, FileLock lock, ServerSocket server, Path portFile, String secret) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.portFile = portFile;
        this.secret = secret;
    }

    /** What {@link #start} found. */
    public sealed interface Start permits Primary, HandedOver, Alone {
    }

    /** Another instance holds the lock but did not answer: this start runs a window of its own. */
    public record Alone() implements Start {
    }

    /** This is the first instance; it receives the later starts' files. */
    public record Primary(SingleInstance instance) implements Start {
    }

    /** Another instance runs and took the file; this start should end. */
    public record HandedOver() implements Start {
    }

    /**
     * Becomes the running instance, or hands {@code file} (null: just come forward) to the one
     * that runs. When the running one cannot be reached in time, this start runs on its own
     * ({@link Alone}), so the user always gets a window.
     */
    public static Start start(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        Path lockFile = folder.resolve("instance.lock");
        Path portFile = folder.resolve("instance.port");
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            for (int attempt = 0; attempt < 20; attempt++) {
                if (handOver(portFile, file)) {
                    return new HandedOver();
                }
                sleep(150);
            }
            LOG.warn("the running instance did not answer; starting a second window");
            return new Alone();
        }
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        writePrivately(portFile, server.getLocalPort() + " " + secret);
        SingleInstance instance = new SingleInstance(ch, lock, server, portFile, secret);
        Thread t = new Thread(instance::serve, "single-instance");
        t.setDaemon(true);
        t.start();
        return new Primary(instance);
    }

    private static void writePrivately(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean handOver(Path portFile, Path file) {
        String[] parts;
        try {
            parts = Files.readString(portFile, StandardCharsets.UTF_8).strip().split(" ");
        } catch (IOException e) {
            return false;
        }
        if (parts.length != 2) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])),
                    CONNECT_TIMEOUT_MS);
            s.setSoTimeout(CONNECT_TIMEOUT_MS);
            Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            w.write(parts[1] + "\n");
            w.write(file == null ? FRONT + "\n" : OPEN + "\t" + file.toAbsolutePath() + "\n");
            w.flush();
            BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            return "OK".equals(r.readLine());
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(CONNECT_TIMEOUT_MS);
                BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                if (!secret.equals(r.readLine())) {
                    continue;
                }
                String request = r.readLine();
                Optional<Path> file;
                if (request != null && request.startsWith(OPEN + "\t")) {
                    file = Optional.of(Path.of(request.substring(OPEN.length() + 1)));
                } else if (FRONT.equals(request)) {
                    file = Optional.empty();
                } else {
                    continue;
                }
                deliver(file);
                s.getOutputStream().write("OK\n".getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
            } catch (SocketTimeoutException e) {
                // a client that says nothing is dropped
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.warn("a second start could not hand over its file", e);
                }
            }
        }
    }

    private synchronized void deliver(Optional<Path> file) {
        if (handler == null) {
            waiting.add(file);
        } else {
            handler.accept(file);
        }
    }

    /**
     * Receives later starts: a file to open, or empty to come forward. Called on the listener
     * thread; requests that came before the handler was set are passed on at once.
     */
    public synchronized void onRequest(Consumer<Optional<Path>> receiver) {
        this.handler = receiver;
        waiting.forEach(receiver);
        waiting.clear();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(portFile);
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("closing the instance files failed", e);
        }
    }
}
