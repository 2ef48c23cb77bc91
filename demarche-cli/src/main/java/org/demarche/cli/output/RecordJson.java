package org.demarche.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.time.YearMonth;

/** Knowledge-base records as one-line JSON: field names as in the records, dates as ISO strings. */
public final class RecordJson {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(LocalDate.class, ToStringSerializer.instance)
            .addSerializer(YearMonth.class, ToStringSerializer.instance));

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
