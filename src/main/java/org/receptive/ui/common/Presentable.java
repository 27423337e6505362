package org.receptive.ui.common;

/**
 * A view that can drop its editing controls while a teacher presents, leaving the picture and
 * the few controls that drive it; everything hidden comes back when presenting ends.
 */
public interface Presentable {

    void setPresenting(boolean presenting);
}
