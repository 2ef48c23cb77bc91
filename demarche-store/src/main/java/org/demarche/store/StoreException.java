package org.demarche.store;

/** The store cannot be opened, read or written (a broken data directory, a full disk, a locked database). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
