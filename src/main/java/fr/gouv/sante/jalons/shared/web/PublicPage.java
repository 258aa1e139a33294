package fr.gouv.sante.jalons.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public answer (a controller, or one of its methods): the same for every visitor, built
 * from what is public only, so that it may be cached. The web module reads it from the request's
 * handler ({@code web.PublicCaching}): browsers and proxies may keep the answer a minute
 * ({@code Cache-Control: public, max-age=60}, unless the handler sets its own), a revalidation gets a
 * 304 (a weak ETag of the body, unless the handler sets its own), and an HTML page is kept rendered
 * for anonymous visitors until the public record changes. Never on a page that shows who is signed
 * in, a draft, or anything that depends on who asks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicPage {}
