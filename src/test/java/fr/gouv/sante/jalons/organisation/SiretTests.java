package fr.gouv.sante.jalons.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiretTests {

    @Test
    void aSiretIsFourteenDigitsWhoseLuhnKeyHolds() {
        assertThat(Siret.parse("11002001300097")).contains("11002001300097");
        assertThat(Siret.parse("110 020 013 00097")).contains("11002001300097");
        assertThat(Siret.parse("11002001300098")).isEmpty();
        assertThat(Siret.parse("1100200130009")).isEmpty();
        assertThat(Siret.parse("110020013000970")).isEmpty();
        assertThat(Siret.parse("1100200130009A")).isEmpty();
        assertThat(Siret.parse("")).isEmpty();
        assertThat(Siret.parse(null)).isEmpty();
    }

    @Test
    void laPostesEstablishmentsAddUpToAMultipleOfFive() {
        // 3+5+6+1 = 15, though its Luhn key does not hold
        assertThat(Siret.parse("35600000000100")).contains("35600000000100");
        assertThat(Siret.parse("35600000000101")).isEmpty();
        // elsewhere, a multiple of 5 is not enough
        assertThat(Siret.parse("12345678000013")).isEmpty();
    }
}
