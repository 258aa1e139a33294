package fr.gouv.sante.jalons.commitment.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowedCommitmentRepository extends JpaRepository<FollowedCommitment, Long> {}
