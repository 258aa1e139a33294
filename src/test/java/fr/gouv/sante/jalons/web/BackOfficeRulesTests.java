package fr.gouv.sante.jalons.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.shared.web.BackOfficeArea;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea.Access;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The back office's chain applies the modules' rules in an order that does not depend on the modules'. */
class BackOfficeRulesTests {

    @Test
    void openPathsComeFirstThenTheAdministratorsThenAnySignedInAccount() {
        BackOfficeArea workspace = () ->
                List.of(new Rule(Access.SIGNED_IN, "/espace/**"), new Rule(Access.ADMINISTRATORS, "/espace/reglages"));
        BackOfficeArea accounts =
                () -> List.of(new Rule(Access.SIGNED_IN, "/sortie"), new Rule(Access.ANYONE, "/entree"));

        assertThat(WebSecurityConfiguration.rulesInOrder(List.of(workspace, accounts)))
                .extracting(Rule::access, Rule::patterns)
                .map(tuple -> tuple.toList())
                .containsExactly(
                        List.of(Access.ANYONE, List.of("/entree")),
                        List.of(Access.ADMINISTRATORS, List.of("/espace/reglages")),
                        List.of(Access.SIGNED_IN, List.of("/espace/**")),
                        List.of(Access.SIGNED_IN, List.of("/sortie")));
    }

    @Test
    void aBackOfficeWithoutAnyPathIsAMistakeSaidAtStart() {
        assertThatThrownBy(() -> WebSecurityConfiguration.rulesInOrder(List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BackOfficeArea");
    }
}
