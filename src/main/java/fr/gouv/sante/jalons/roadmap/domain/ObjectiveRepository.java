package fr.gouv.sante.jalons.roadmap.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObjectiveRepository extends JpaRepository<Objective, Long> {

    @Query("select o from Objective o join o.priority p join p.axis a join a.roadmap r "
            + "where r.code = :roadmapCode and o.code = :code")
    Optional<Objective> findByCode(String roadmapCode, String code);
}
