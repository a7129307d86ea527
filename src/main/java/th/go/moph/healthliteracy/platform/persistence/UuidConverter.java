package th.go.moph.healthliteracy.platform.persistence;

import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Passes {@link UUID}s to PostgreSQL's {@code uuid} columns as they are, and lets a column be null: EclipseLink 4.0's
 * own UUID conversion fails on a null value.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
