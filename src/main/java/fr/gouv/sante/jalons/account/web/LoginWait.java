package fr.gouv.sante.jalons.account.web;

import java.util.Optional;

/**
 * How long the login page asks a throttled person to wait, said as it is: "30 secondes", "1 minute",
 * "15 minutes" (a wait of a minute or more is rounded up to whole minutes, never shortened).
 *
 * @param messageKey the sentence, whose one argument is {@code amount}
 */
record LoginWait(String messageKey, int amount) {

    private static final int MINUTE = 60;
    /** Longer than any wait the throttle imposes (15 minutes): anything else is a hand-made URL. */
    private static final String SECONDS = "[0-9]{1,4}";

    /** Too many failures: sign in again after {@code seconds}. */
    static Optional<LoginWait> throttled(String seconds) {
        return parse(seconds)
                .map(wait -> wait < MINUTE
                        ? new LoginWait("login.throttled.seconds", wait)
                        : new LoginWait("login.throttled.minutes", (wait + MINUTE - 1) / MINUTE));
    }

    /** The account ceiling's short delay, always said in seconds. */
    static Optional<LoginWait> delayed(String seconds) {
        return parse(seconds).map(wait -> new LoginWait("login.delayed", wait));
    }

    private static Optional<Integer> parse(String seconds) {
        return seconds != null && seconds.matches(SECONDS)
                ? Optional.of(Math.max(1, Integer.parseInt(seconds)))
                : Optional.empty();
    }
}
