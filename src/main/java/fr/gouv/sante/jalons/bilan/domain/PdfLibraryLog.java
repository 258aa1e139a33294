package fr.gouv.sante.jalons.bilan.domain;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Sends openhtmltopdf's log lines to SLF4J under their own names ({@code com.openhtmltopdf.load},
 * {@code .general}...), so that they have the application's format and levels
 * ({@code logging.level.com.openhtmltopdf}). By default the library prints them on stderr through its
 * own java.util.logging handler ({@code com.openhtmltopdf.load INFO:: ...}).
 */
final class PdfLibraryLog implements XRLogger {

    @Override
    public void log(String where, java.util.logging.Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, java.util.logging.Level level, String message, @Nullable Throwable error) {
        LoggerFactory.getLogger(where).atLevel(slf4j(level)).setCause(error).log(message);
    }

    /** The levels are the application's, set by {@code logging.level.*}: the library's own are ignored. */
    @Override
    public void setLevel(String logger, java.util.logging.Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        return logger.isEnabledForLevel(slf4j(diagnostic.getLevel()));
    }

    static Level slf4j(java.util.logging.Level level) {
        int value = level.intValue();
        if (value >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        }
        if (value >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARN;
        }
        if (value >= java.util.logging.Level.INFO.intValue()) {
            return Level.INFO;
        }
        return value >= java.util.logging.Level.FINE.intValue() ? Level.DEBUG : Level.TRACE;
    }
}
