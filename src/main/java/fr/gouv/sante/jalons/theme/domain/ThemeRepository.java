package fr.gouv.sante.jalons.theme.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    Optional<Theme> findBySlug(String slug);
}
