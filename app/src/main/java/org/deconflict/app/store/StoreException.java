package org.deconflict.app.store;

/** A store operation failed (database unreachable, constraint violated, migration failed...). */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
