package io.github.rectification.ledger.exchange.export;

import java.util.Arrays;

/**
 * Where the pages of a printed ledger sheet end, as its rows are laid down one after another: a page
 * holds so many points of rows (the first fewer, under the title), and a row that does not fit in
 * what is left of the page starts the next one with a manual break. Heights are in the sheet's own
 * points, before the print scale.
 */
final class PageBreaks {
    private final float otherPages;
    private float left;
    private boolean pageEmpty = true;
    private int[] breaks = new int[16];
    private int count;

    /** {@code firstPage}: the points of rows the first page holds; {@code otherPages}: the others. */
    PageBreaks(float firstPage, float otherPages) {
        this.otherPages = otherPages;
        this.left = firstPage;
    }

    /** Whether rows of these points fit in what is left of the current page. */
    boolean fits(float points) {
        return points <= left;
    }

    /** Whether rows of these points fit on a page of their own. */
    boolean fitsAPage(float points) {
        return points <= otherPages;
    }

    /** Whether nothing has been laid on the current page yet. */
    boolean pageEmpty() {
        return pageEmpty;
    }

    /** Starts a new page at the row of this index (0-based); nothing is done on an empty page. */
    void breakBefore(int row) {
        if (pageEmpty) {
            return;
        }
        if (count == breaks.length) {
            breaks = Arrays.copyOf(breaks, count * 2);
        }
        // a break is stored, as in the sheet, by the index of the last row above it
        breaks[count++] = row - 1;
        left = otherPages;
        pageEmpty = true;
    }

    /** Lays a row of these points on the current page. */
    void place(float points) {
        left -= points;
        pageEmpty = false;
    }

    /** The 0-based indexes of the rows after which a page ends, in order. */
    int[] breaks() {
        return Arrays.copyOf(breaks, count);
    }
}
