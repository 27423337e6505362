package org.receptive.demo;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.receptive.lesson.Block;
import org.receptive.lesson.Lesson;
import org.receptive.ui.lesson.LessonsViewModel;

/**
 * Drives the Lessons view as a student does, through its nodes: picks a lesson in the list, pages
 * with the Next and Previous buttons, presses a question's "Show answer", types an exercise's
 * answer and presses Check (or the button of the chosen answer). Numbers count from 1.
 */
final class LessonDriver {

    private final LessonsViewModel model;
    private final Parent window;

    LessonDriver(LessonsViewModel model, Parent window) {
        this.model = model;
        this.window = window;
    }

    void open(int lesson) {
        ListView<?> list = (ListView<?>) find("#lessonList");
        if (lesson < 1 || lesson > list.getItems().size()) {
            throw new IllegalArgumentException("there are " + list.getItems().size() + " lessons, no lesson " + lesson);
        }
        list.getSelectionModel().select(lesson - 1);
    }

    void section(int section) {
        int sections = lesson().sections().size();
        if (section < 1 || section > sections) {
            throw new IllegalArgumentException("this lesson has " + sections + " sections, no section " + section);
        }
        while (model.sectionIndexProperty().get() < section - 1) {
            press("#nextSection");
        }
        while (model.sectionIndexProperty().get() > section - 1) {
            press("#previousSection");
        }
    }

    /**
     * Scrolls the page so that its live demo {@code number} starts {@code share} of the way down
     * the reader (0.45: what is above it, a picture, stays in sight), as the student's wheel would.
     */
    void demoInSight(int number, double share) {
        window.layout();
        ScrollPane page = (ScrollPane) find(".reader-scroll");
        List<Node> demos = List.copyOf(page.getContent().lookupAll(".widget-card"));
        if (number < 1 || number > demos.size()) {
            throw new IllegalArgumentException("this page has " + demos.size() + " live demos, no demo " + number);
        }
        Node content = page.getContent();
        double y = content.sceneToLocal(demos.get(number - 1).localToScene(0, 0)).getY();
        double range = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
        double top = y - share * page.getViewportBounds().getHeight();
        page.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, top / range)));
    }

    void reveal(int number) {
        Block.Question q = nth(lesson().questions(), number, "question");
        turnTo(q);
        press("#reveal-" + q.id());
        bringIntoSight(find("#solution-" + q.id()));
    }

    void answer(int number, String text) {
        Block.Exercise e = nth(lesson().exercises(), number, "exercise");
        turnTo(e);
        bringIntoSight(find("#verdict-" + e.id()));
        if (window.lookup("#answer-" + e.id()) instanceof TextField field) {
            field.setText(text);
            press("#check-" + e.id());
            return;
        }
        for (int i = 0; window.lookup("#choice-" + e.id() + "-" + i) instanceof ButtonBase choice; i++) {
            if (choice.getText().equals(text.trim())) {
                choice.fire();
                return;
            }
        }
        throw new IllegalArgumentException("exercise " + number + " has no answer button '" + text + "'");
    }

    /** Pages to the section holding {@code b}. */
    private void turnTo(Block b) {
        List<Lesson.Section> sections = lesson().sections();
        for (int s = 0; s < sections.size(); s++) {
            if (sections.get(s).blocks().contains(b)) {
                section(s + 1);
                return;
            }
        }
    }

    /** Scrolls the page so {@code node} is in sight, as a student scrolls down to a card. */
    private void bringIntoSight(Node node) {
        window.layout();
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane page && page.getContent() != null) {
                Node content = page.getContent();
                double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                double range = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
                // The card's foot (its verdict or answer) a little above the bottom of the page.
                double foot = y + node.getBoundsInLocal().getHeight() + 40 - page.getViewportBounds().getHeight();
                page.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, foot / range)));
                return;
            }
        }
    }

    private Lesson lesson() {
        Lesson l = model.lessonProperty().get();
        if (l == null) {
            throw new IllegalStateException("no lesson is open");
        }
        return l;
    }

    private static <T> T nth(List<T> all, int number, String what) {
        if (number < 1 || number > all.size()) {
            throw new IllegalArgumentException("this lesson has " + all.size() + " " + what + "s, no " + what + " " + number);
        }
        return all.get(number - 1);
    }

    private void press(String id) {
        ((ButtonBase) find(id)).fire();
    }

    /** A node of the window by id, once the page's nodes are in the scene graph (skins made). */
    private Node find(String id) {
        window.applyCss();
        Node n = window.lookup(id);
        if (n == null) {
            throw new IllegalStateException("the window has no " + id);
        }
        return n;
    }
}
