package org.receptive.data;

import java.io.IOException;

/** An IDX file that is truncated, corrupted or not an IDX file; the message names the file and the problem. */
public final class IdxFormatException extends IOException {

    public IdxFormatException(String message) {
        super(message);
    }
}
