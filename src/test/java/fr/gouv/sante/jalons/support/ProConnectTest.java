package fr.gouv.sante.jalons.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link JalonsTest} with ProConnect configured: the registration {@code proconnect} points at the
 * shared {@link MockProConnect}. Every test that signs in with ProConnect uses this one annotation, so
 * that they share a second cached context; all the others run without any OpenID Connect provider.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JalonsTest
@ContextConfiguration(initializers = MockProConnect.Initializer.class)
public @interface ProConnectTest {}
