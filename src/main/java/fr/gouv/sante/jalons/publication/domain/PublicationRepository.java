package fr.gouv.sante.jalons.publication.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {}
