package io.github.rectification.ledger.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The right to write one ledger: an operating-system lock on {@code <ledger>.lock} beside the file,
 * held while the ledger is open for writing. The lock dies with the process, so a crash never leaves
 * a ledger locked; the small lock file itself stays.
 */
final class WriterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path ledger) {
        return ledger.resolveSibling(ledger.getFileName() + ".lock");
    }

    /** Takes the lock, or returns null when another program (or another store in this one) holds it. */
    static WriterLock tryAcquire(Path ledger) throws IOException {
        FileChannel ch = FileChannel.open(lockFileOf(ledger), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                return null;
            }
            return new WriterLock(ch, l);
        } catch (OverlappingFileLockException e) {
            ch.close();
            return null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock is gone with the channel either way
        }
    }
}
