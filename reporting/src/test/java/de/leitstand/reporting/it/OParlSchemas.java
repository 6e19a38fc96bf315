package de.leitstand.reporting.it;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates OParl objects against the OParl 1.1 schemas (test resources, copied from the specification). */
final class OParlSchemas {

    private OParlSchemas() {
    }

    /** @return the violations of the object type's schema, one per line; empty when the object is valid */
    static String violations(String type, String json) throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        try (InputStream schema = OParlSchemas.class.getResourceAsStream("/oparl-1.1/schema/" + type + ".json")) {
            JsonSchema validator = factory.getSchema(schema);
            Set<ValidationMessage> messages = validator.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
            return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
        }
    }
}
