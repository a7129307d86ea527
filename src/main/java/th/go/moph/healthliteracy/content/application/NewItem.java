package th.go.moph.healthliteracy.content.application;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import th.go.moph.healthliteracy.content.domain.ContentDraft;
import th.go.moph.healthliteracy.content.domain.ContentType;

/**
 * What creating an item takes.
 *
 * @param agencyId the owning agency; {@code null} means the author's own
 * @param translationOf the item this one translates, or {@code null}
 */
public record NewItem(@NotNull ContentType type, UUID agencyId, @NotBlank @Pattern(regexp = "[a-z]{2,3}") String language,
        @NotBlank String slug, UUID translationOf, @NotNull ContentDraft draft) {
}
