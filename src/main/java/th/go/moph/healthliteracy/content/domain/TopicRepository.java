package th.go.moph.healthliteracy.content.domain;

import java.util.List;
import java.util.Optional;

/** The topic taxonomy. */
public interface TopicRepository {

    List<Topic> all();

    Optional<Topic> find(String code);

    void add(Topic topic);
}
