package th.go.moph.healthliteracy.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partner agencies. */
public interface AgencyRepository {

    Optional<Agency> findByCode(String code);

    Optional<Agency> find(UUID id);

    /** Every agency, by code. */
    List<Agency> all();

    void add(Agency agency);
}
