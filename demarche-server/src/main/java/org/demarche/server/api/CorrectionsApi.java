package org.demarche.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.demarche.server.Limits;
import org.demarche.server.http.Ids;
import org.demarche.server.http.JsonBody;
import org.demarche.server.http.ProblemException;
import org.demarche.store.KnowledgeBase;

/**
 * The only writes: merging two person identities and splitting aliases off one. Both are recorded by the store
 * and survive re-ingest. When the server has a token (always, beyond loopback) they need
 * {@code Authorization: Bearer TOKEN}.
 */
public final class CorrectionsApi {
    private static final int MAX_ALIAS_CHARS = 200;

    private final KnowledgeBase kb;
    private final byte[] token;

    /** @param token the bearer token requests must carry, or null when none is needed */
    public CorrectionsApi(KnowledgeBase kb, String token) {
        this.kb = kb;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public void merge(Context ctx) {
        authorize(ctx);
        List<Long> people = JsonBody.of(ctx, Set.of("people")).ids("people", 2, 2);
        if (people.get(0).equals(people.get(1))) {
            throw ProblemException.badParameter("people", "must name two different people");
        }
        long merged = apply(() -> kb.merge(people.get(0), people.get(1)), "people");
        ctx.json(Map.of("id", merged));
    }

    public void split(Context ctx) {
        authorize(ctx);
        long person = Ids.pathId(ctx, "id");
        Set<String> aliases = JsonBody.of(ctx, Set.of("aliases"))
                .strings("aliases", 1, Limits.MAX_ALIASES, MAX_ALIAS_CHARS);
        long created = apply(() -> kb.split(person, aliases), "aliases");
        ctx.json(Map.of("id", created));
    }

    private void authorize(Context ctx) {
        if (token == null) {
            return;
        }
        String header = ctx.header("Authorization");
        byte[] given = header != null && header.startsWith("Bearer ")
                ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) { // constant time: the comparison leaks nothing of the token
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ProblemException(401, "corrections need the server's token: Authorization: Bearer TOKEN");
        }
    }

    /** Runs a correction; the store's refusals become 404 (unknown person) and 400 (impossible request). */
    private static long apply(java.util.function.LongSupplier correction, String field) {
        try {
            return correction.getAsLong();
        } catch (NoSuchElementException e) {
            throw ProblemException.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(field, e.getMessage());
        }
    }
}
