package fr.gouv.sante.jalons.roadmap.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObjectiveRepository extends JpaRepository<Objective, Long> {

    /** An objective of the current roadmap, the only one administrators edit the structure of. */
    @Query("select o from Objective o join o.priority p join p.axis a join a.roadmap r "
            + "where r.state = fr.gouv.sante.jalons.roadmap.RoadmapState.CURRENT and o.code = :code")
    Optional<Objective> findCurrentByCode(String code);
}
