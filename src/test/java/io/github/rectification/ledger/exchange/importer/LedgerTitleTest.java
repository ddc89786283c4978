package io.github.rectification.ledger.exchange.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LedgerTitleTest {
    @Test
    void titleNamesBodyGroupAndRound() {
        LedgerTitle t = LedgerTitle.parse("中共温州市民政局党组关于市委第一巡察组巡察“回头看”反馈意见整改落实台账");
        assertEquals(new LedgerTitle("中共温州市民政局党组", "市委第一巡察组", "巡察“回头看”"), t);
    }

    @Test
    void titleWithoutBodyStillNamesGroupAndRound() {
        assertEquals(new LedgerTitle("", "市委第一巡察组", "巡察"), LedgerTitle.parse("市委第一巡察组巡察市民政局反馈问题整改台账"));
        assertEquals(new LedgerTitle("", "省委第三巡视组", "巡视\u201c回头看\u201d"),
                LedgerTitle.parse("省委第三巡视组巡视\"回头看\"反馈意见整改台账"));
    }

    @Test
    void theGroupIsNotTakenWithTheWordsBeforeIt() {
        // the title of the sample ledger: no 中共, no 关于
        assertEquals(new LedgerTitle("中共市民政局党组", "市委第一巡察组", "巡察“回头看”"),
                LedgerTitle.parse("市民政局党组落实市委第一巡察组巡察“回头看”反馈意见整改台账"));
        assertEquals(new LedgerTitle("中共某县民政局党组", "县委第二巡察组", "巡察"),
                LedgerTitle.parse("中共某县民政局党组落实县委第二巡察组巡察反馈意见整改台账"));
        assertEquals("中央第十巡视组", LedgerTitle.parse("关于中央第十巡视组巡视反馈意见整改台账").group());
    }

    @Test
    void titleWithoutGroupNamesNothing() {
        assertEquals(new LedgerTitle("", "", ""), LedgerTitle.parse("整改台账"));
    }
}
