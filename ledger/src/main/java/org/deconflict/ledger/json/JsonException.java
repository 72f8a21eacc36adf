package org.deconflict.ledger.json;

/** Malformed JSON or a value canonical JSON cannot represent; {@link #offset()} is the character offset (or -1). */
public final class JsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final int offset;

    public JsonException(String message, int offset) {
        super(offset >= 0 ? message + " at offset " + offset : message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
