package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.roadmap.RoadmapState;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The roadmaps, and the size of each one's structure. */
interface RoadmapRepository extends JpaRepository<Roadmap, Long> {

    Optional<Roadmap> findBySlug(String slug);

    /** The roadmap, its row locked until the transaction ends: two imports or moves of it wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Roadmap r where r.slug = :slug")
    Optional<Roadmap> lockBySlug(String slug);

    Optional<Roadmap> findByState(RoadmapState state);

    boolean existsByCodeIgnoreCase(String code);

    boolean existsBySlug(String slug);

    /** Each roadmap with the number of its axes, priorities and objectives, in one query. */
    @Query("""
            select new fr.gouv.sante.jalons.roadmap.RoadmapLifecycle$RoadmapEntry(
                r.id, r.code, r.slug, r.title, r.startYear, r.endYear, r.state,
                (select count(a) from Axis a where a.roadmap = r),
                (select count(p) from Priority p where p.roadmapId = r.id),
                (select count(o) from Objective o where o.roadmapId = r.id))
            from Roadmap r""")
    List<fr.gouv.sante.jalons.roadmap.RoadmapLifecycle.RoadmapEntry> findEntries();

    @Query("select a from Axis a where a.roadmap.id = :roadmapId order by a.number")
    List<Axis> findAxes(long roadmapId);

    @Query("select p from Priority p join fetch p.axis where p.roadmapId = :roadmapId order by p.number")
    List<Priority> findPriorities(long roadmapId);

    @Query("select count(o) from Objective o where o.roadmapId = :roadmapId")
    long countObjectives(long roadmapId);
}
