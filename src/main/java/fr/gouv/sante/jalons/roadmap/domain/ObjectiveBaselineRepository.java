package fr.gouv.sante.jalons.roadmap.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectiveBaselineRepository extends JpaRepository<ObjectiveBaseline, Long> {}
