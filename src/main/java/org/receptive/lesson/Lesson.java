package org.receptive.lesson;

import java.util.List;

/** A lesson: a title and its sections, parsed from Markdown by {@link LessonParser}. */
public record Lesson(String title, List<Section> sections) {

    public Lesson {
        sections = List.copyOf(sections);
    }

    /** A titled part of a lesson (a {@code ##} heading and what follows it). */
    public record Section(String title, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** Every question of the lesson, in order, for progress counting. */
    public List<Block.Question> questions() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Question).map(b -> (Block.Question) b).toList();
    }

    /** Every checked exercise, in order. */
    public List<Block.Exercise> exercises() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Exercise).map(b -> (Block.Exercise) b).toList();
    }
}
