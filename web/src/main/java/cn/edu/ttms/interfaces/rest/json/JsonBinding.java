package cn.edu.ttms.interfaces.rest.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance of the API: the defaults of the platform (nulls left out, properties in
 * the order the records declare through {@code @JsonbPropertyOrder}) with strict whole numbers.
 * A Jsonb is thread-safe and costly to build: made once.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(
            new JsonbConfig().withDeserializers(new StrictNumbers.Longs(), new StrictNumbers.Integers()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
