package th.go.moph.healthliteracy.identity.infrastructure.jpa;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.AgencyRepository;

@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Agency> findByCode(String code) {
        return em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Agency> find(UUID id) {
        return Optional.ofNullable(em.find(Agency.class, id));
    }

    @Override
    public List<Agency> all() {
        return em.createQuery("select a from Agency a order by a.code", Agency.class).getResultList();
    }

    @Override
    public void add(Agency agency) {
        em.persist(agency);
    }
}
