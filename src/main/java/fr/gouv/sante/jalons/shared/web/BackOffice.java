package fr.gouv.sante.jalons.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the back office (signed-in pages under {@code /espace}, {@code /admin}, login
 * and password links): its pages get the signed-in user in their model (the account module sets it).
 * A public page's controller never carries it, so that the page is the same for every visitor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BackOffice {}
