package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.PasswordLinks.Purpose;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, Purpose purpose);

    /** Locks the link so that two simultaneous uses cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = ?1 and t.purpose = ?2")
    Optional<AccountToken> lockByTokenHashAndPurpose(String tokenHash, Purpose purpose);

    /** Earlier links of the same purpose stop working when a new one is sent or one is used. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = ?3 where t.userId = ?1 and t.purpose = ?2 and t.usedAt is null")
    int spendAll(long userId, Purpose purpose, Instant now);

    @Modifying
    @Query("update AccountToken t set t.usedAt = ?2 where t.userId = ?1 and t.usedAt is null")
    int spendEvery(long userId, Instant now);
}
