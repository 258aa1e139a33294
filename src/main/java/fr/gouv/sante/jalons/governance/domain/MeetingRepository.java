package fr.gouv.sante.jalons.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {}
