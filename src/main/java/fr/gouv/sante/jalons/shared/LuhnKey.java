package fr.gouv.sante.jalons.shared;

/**
 * The Luhn key of INSEE's numbers (SIREN, SIRET): the digits, doubled one in two from the right
 * (the second from the right, the fourth...), add up to a multiple of 10.
 */
public final class LuhnKey {

    private LuhnKey() {}

    /** Whether the digits (only digits) pass the Luhn check. */
    public static boolean holds(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
