package io.github.rectification.ledger.desktop;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.function.Supplier;

/**
 * An appender that makes the appender it writes to when the first event reaches it. Most runs of
 * the command line log nothing, and building a pattern layout and a rolling file costs each start
 * a twentieth of a second; a run that logs pays it once.
 */
final class OnFirstEvent extends AppenderBase<ILoggingEvent> {
    private final Supplier<Appender<ILoggingEvent>> make;
    private Appender<ILoggingEvent> made;

    OnFirstEvent(String name, Supplier<Appender<ILoggingEvent>> make) {
        this.make = make;
        setName(name);
    }

    /** True once an event made the appender. */
    synchronized boolean made() {
        return made != null;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (made == null) {
            made = make.get();
        }
        made.doAppend(event);
    }

    @Override
    public synchronized void stop() {
        if (made != null) {
            made.stop();
        }
        super.stop();
    }
}
