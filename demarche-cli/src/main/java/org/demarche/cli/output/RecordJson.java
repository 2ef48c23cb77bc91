package org.demarche.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.demarche.server.http.Json;

/**
 * Knowledge-base records as one-line JSON, written exactly as the REST API writes them (field names as in the
 * records, ISO dates, lower-case kinds), so a script can read `search --json` and `/api/statements` alike.
 */
public final class RecordJson {
    private static final ObjectMapper JSON = Json.mapper();

    private RecordJson() {
    }

    /** {@code value}'s fields after a first field {@code "type": type}. */
    public static String line(String type, Object value) {
        com.fasterxml.jackson.databind.node.ObjectNode node = JSON.createObjectNode().put("type", type);
        node.setAll((com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(value));
        return line(node);
    }

    public static String line(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a store record cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
