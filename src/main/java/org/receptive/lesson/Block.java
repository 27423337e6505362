package org.receptive.lesson;

import java.util.Map;

/** What a lesson section is made of. */
public sealed interface Block {

    /** Line in the Markdown file where the block starts (1-based), for messages. */
    int line();

    /** Prose, kept as Markdown so the view decides how to show emphasis and lists. */
    record Text(String markdown, int line) implements Block {
    }

    /**
     * A {@code >[action]} question, with the {@code >[solution]} that followed it (hidden until
     * the student reveals it), or null when the author gave none.
     */
    record Question(String id, String action, String solution, int line) implements Block {
    }

    /** A live demo opened inline: {@code ```widget KIND} with {@code key: value} settings. */
    record Widget(WidgetKind kind, Map<String, String> settings, int line) implements Block {
        public Widget {
            settings = Map.copyOf(settings);
        }
    }

    /** A checked exercise: {@code ```exercise KIND} with its parameters, answered against the engine. */
    record Exercise(String id, ExerciseKind kind, Map<String, String> params, int line) implements Block {
        public Exercise {
            params = Map.copyOf(params);
        }

        public String param(String key) {
            return params.get(key);
        }
    }
}
