package io.github.rectification.ledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A completion rate: done of total, as a percentage with two decimals rounded half up. */
public record CompletionRate(long done, long total) {
    public CompletionRate {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("rate " + done + "/" + total);
        }
    }

    /** The percentage, e.g. 99.31 for 144 of 145; zero when there is nothing to count. */
    public BigDecimal percent() {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(done).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    /** As printed in a notice: "99.31%". */
    public String formatted() {
        return percent().toPlainString() + "%";
    }

    @Override
    public String toString() {
        return formatted();
    }
}
