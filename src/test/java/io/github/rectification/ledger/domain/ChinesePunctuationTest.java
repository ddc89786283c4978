package io.github.rectification.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChinesePunctuationTest {
    @Test
    void marksInChineseTextBecomeFullWidth() {
        assertEquals("（一）关于“党组领导”问题的整改情况。一是加强学习，召开会议：研究部署；",
                ChinesePunctuation.normalize("(一)关于\"党组领导\"问题的整改情况。一是加强学习,召开会议:研究部署;"));
        assertEquals("分7组赴各县（市、区）", ChinesePunctuation.normalize("分7组赴各县(市、区)"));
        assertEquals("布局规划（2021-2035）》", ChinesePunctuation.normalize("布局规划(2021-2035)》"));
    }

    @Test
    void numbersDatesAndPercentagesStayAsWritten() {
        String kept = "完成率99.31%，共1,000元，10:30召开，2022-03-31，3.5亿元";
        assertEquals(kept, ChinesePunctuation.normalize(kept));
        assertEquals("达到100%，位列第一", ChinesePunctuation.normalize("达到100%,位列第一"));
        assertEquals("见 https://example.org/a", ChinesePunctuation.normalize("见 https://example.org/a"));
    }

    @Test
    void latinTextInParenthesesWithoutChineseAroundIsLeft() {
        assertEquals("PDF (A4) file", ChinesePunctuation.normalize("PDF (A4) file"));
        assertTrue(ChinesePunctuation.hasHalfWidth("整改,完成"));
        assertFalse(ChinesePunctuation.hasHalfWidth("整改，完成"));
    }
}
