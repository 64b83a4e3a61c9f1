package com.researchbridge.matching.cli;

import java.nio.file.Path;

/** Bad input to a matcher command: which file, which line, what is wrong. */
public class InputException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final String reason;

    public InputException(Path file, int line, String reason) {
        super((file == null ? "" : file + ":") + (line > 0 ? "line " + line + ": " : "") + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    InputException in(Path file) {
        return this.file != null ? this : new InputException(file, line, reason);
    }

    public int line() {
        return line;
    }
}
