package io.github.rectification.ledger.exchange.read;

import org.xml.sax.SAXException;

/** A part that goes beyond a {@link ReadLimits} bound; the message says where, in the user's words. */
final class LimitExceeded extends SAXException {
    LimitExceeded(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
