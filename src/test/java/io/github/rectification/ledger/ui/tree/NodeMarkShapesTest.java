package io.github.rectification.ledger.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Every status mark of the tree has a shape of its own in the stylesheet, not only a colour, so a
 * reader who cannot tell red from green still tells overdue from done.
 */
class NodeMarkShapesTest {
    @Test
    void eachMarkHasItsOwnShape() throws Exception {
        Stylesheet css = new CssParser().parse(NodeMarkShapesTest.class
                .getResource("/io/github/rectification/ledger/ui/ledger.css"));
        Map<String, String> shapes = new HashMap<>();
        for (Rule rule : css.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                String s = selector.toString();
                for (Declaration d : rule.getDeclarations()) {
                    if (d.getProperty().equals("-fx-shape") && s.contains("node-mark")) {
                        shapes.put(s, String.valueOf(d.getParsedValue().getValue()));
                    }
                }
            }
        }
        String plain = shapeOf(shapes, null);
        Map<NodeMark, String> byMark = new HashMap<>();
        for (NodeMark m : NodeMark.values()) {
            byMark.put(m, shapeOf(shapes, m.styleClass()) == null ? plain : shapeOf(shapes, m.styleClass()));
        }
        assertThat(plain).as("the default mark's shape").isNotNull();
        assertThat(byMark.get(NodeMark.DONE)).isNotEqualTo(plain);
        assertThat(byMark.values().stream().filter(v -> v != null).distinct().count())
                .as("done, long-term, in progress, overdue and not started each look different: " + byMark)
                .isGreaterThanOrEqualTo(5);
        assertThat(byMark.get(NodeMark.OVERDUE)).isNotEqualTo(byMark.get(NodeMark.DONE))
                .isNotEqualTo(byMark.get(NodeMark.IN_PROGRESS)).isNotEqualTo(byMark.get(NodeMark.NOT_STARTED));
    }

    private static String shapeOf(Map<String, String> shapes, String styleClass) {
        for (Map.Entry<String, String> e : shapes.entrySet()) {
            boolean plain = !e.getKey().contains("mark-");
            if (styleClass == null ? plain : e.getKey().contains(styleClass)) {
                return e.getValue();
            }
        }
        return null;
    }
}
