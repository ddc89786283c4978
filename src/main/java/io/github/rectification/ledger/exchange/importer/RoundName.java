package io.github.rectification.ledger.exchange.importer;

/**
 * The name of a round read from a sheet: its title, or, when more than one sheet of a workbook
 * carries that title, the title with its sheet's name: "…整改台账（2021年常规巡察）".
 */
final class RoundName {
    private RoundName() {
    }

    /** The title with the name of its sheet. */
    static String withSheet(String title, String sheet) {
        return title + "（" + sheet + "）";
    }

    /** True when {@code a} and {@code b} name the same round of {@code sheet}, one with its sheet's name and one without. */
    static boolean same(String a, String b, String sheet) {
        return a.equals(b) || a.equals(withSheet(b, sheet)) || b.equals(withSheet(a, sheet));
    }
}
