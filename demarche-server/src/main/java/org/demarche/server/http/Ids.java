package org.demarche.server.http;

import io.javalin.http.Context;

/** Numeric ids in paths and parameters: positive longs, anything else a 400 that says so. */
public final class Ids {
    private Ids() {
    }

    /** The positive id in path parameter {@code name}; a 400 when it is not one. */
    public static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        Long id = parse(raw);
        if (id == null) {
            throw ProblemException.badParameter(name, "must be a positive whole number, not '"
                    + QueryParams.shorten(raw) + "'");
        }
        return id;
    }

    /** The positive long written in {@code text}, or null. */
    static Long parse(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long id = Long.parseLong(text);
        return id > 0 ? id : null;
    }
}
