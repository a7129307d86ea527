package th.go.moph.healthliteracy.identity.domain;

import java.util.Optional;

/** Partner agencies. */
public interface AgencyRepository {

    Optional<Agency> findByCode(String code);

    void add(Agency agency);
}
