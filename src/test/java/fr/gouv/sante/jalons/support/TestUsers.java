package fr.gouv.sante.jalons.support;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data builder for back-office accounts: creates (or finds) a user with a known password and
 * returns it as the services see it. Addresses end in {@code @test.jalons}; the reset before each test
 * ({@link ResetToReferenceData}) removes them all, so a builder made once finds or creates them again.
 */
public final class TestUsers {

    public static final String PASSWORD = "un mot de passe de test";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    public TestUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public CurrentUser admin() {
        return user("admin@test.jalons", Role.ADMIN, null);
    }

    public CurrentUser editor(String acronym) {
        return user("editeur." + slug(acronym) + "@test.jalons", Role.EDITOR, acronym);
    }

    public CurrentUser reader(String acronym) {
        return user("lecteur." + slug(acronym) + "@test.jalons", Role.READER, acronym);
    }

    public CurrentUser user(String email, Role role, String acronym) {
        Long organisationId = acronym == null
                ? null
                : jdbc.sql("select id from organisation where acronym = ?")
                        .param(acronym)
                        .query(Long.class)
                        .single();
        Long id = jdbc.sql("select id from app_user where email = ?")
                .param(email)
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    jdbc.sql("""
                            insert into app_user (email, display_name, password_hash, role, organisation_id)
                            values (?, ?, ?, ?, ?)""")
                            .params(
                                    email,
                                    "Test " + role + (acronym == null ? "" : " " + acronym),
                                    passwords.encode(PASSWORD),
                                    role.name(),
                                    organisationId)
                            .update();
                    return jdbc.sql("select id from app_user where email = ?")
                            .param(email)
                            .query(Long.class)
                            .single();
                });
        return new CurrentUser(id, email, "Test " + role, role, organisationId, acronym);
    }

    private static String slug(String acronym) {
        return acronym.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
