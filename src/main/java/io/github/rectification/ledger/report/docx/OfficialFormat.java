package io.github.rectification.ledger.report.docx;

/** The page and type of official documents (GB/T 9704-2012), in Word's units. */
public final class OfficialFormat {
    /** A4: 210 × 297 mm in twentieths of a point. */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    /** Margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    public static final int MARGIN_TOP = twips(37);
    public static final int MARGIN_BOTTOM = twips(35);
    public static final int MARGIN_LEFT = twips(28);
    public static final int MARGIN_RIGHT = twips(26);
    /** The page number sits 7 mm below the type area, its line about 5 mm high. */
    public static final int FOOTER_DISTANCE = twips(35 - 7 - 5);

    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String HEADING_FONT = "黑体";
    public static final String SUBHEADING_FONT = "楷体_GB2312";
    public static final String PAGE_NUMBER_FONT = "宋体";
    /** Fonts a machine without the official ones uses instead (the font table's altName). */
    public static final java.util.Map<String, String> SUBSTITUTES = java.util.Map.of(
            TITLE_FONT, "宋体", BODY_FONT, "仿宋", SUBHEADING_FONT, "楷体", HEADING_FONT, "SimHei", PAGE_NUMBER_FONT, "SimSun");
    /** 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt. */
    public static final int TITLE_SIZE = 22;
    public static final int BODY_SIZE = 16;
    public static final int PAGE_NUMBER_SIZE = 14;
    /** The type area: 156 mm wide, 225 mm high. */
    public static final int TYPE_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    public static final int TYPE_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
    /** 22 lines of 28 characters fill the type area. */
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** 22 lines on the 225 mm type area: a fixed line pitch of about 28.95 pt. */
    public static final int LINE_PITCH = TYPE_HEIGHT / LINES_PER_PAGE;
    /**
     * The document grid's character pitch, as Word writes it: how much each character of the 3号 text
     * is narrowed (in 1/4096 pt) so that 28 of them fill the 156 mm line.
     */
    public static final int CHAR_SPACE = (int) Math.floor(((double) TYPE_WIDTH / CHARS_PER_LINE - BODY_SIZE * 20) / 20 * 4096);
    /** The letter spacing of 3号 text, in twentieths of a point, that sets 28 characters on the 156 mm line. */
    public static final int BODY_LETTER_SPACING = (int) Math.floor((double) TYPE_WIDTH / CHARS_PER_LINE - BODY_SIZE * 20);
    /** Two characters of 3号 type. */
    public static final int INDENT_TWO_CHARS = 2 * BODY_SIZE * 20;

    private OfficialFormat() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }
}
