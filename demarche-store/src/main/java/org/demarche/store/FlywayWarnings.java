package org.demarche.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log for the store: migrations run silently (they are routine), Flyway's warnings and errors go to
 * standard error. Named in {@code Flyway.configure().loggers(...)}, so Flyway instantiates it.
 */
public final class FlywayWarnings implements LogCreator {
    private static final Log LOG = new Log() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void notice(String message) {
        }

        @Override
        public void warn(String message) {
            System.err.println("demarche: schema migration: " + message);
        }

        @Override
        public void error(String message) {
            System.err.println("demarche: schema migration: " + message);
        }

        @Override
        public void error(String message, Exception e) {
            System.err.println("demarche: schema migration: " + message + " (" + e + ")");
        }
    };

    @Override
    public Log createLogger(Class<?> clazz) {
        return LOG;
    }
}
