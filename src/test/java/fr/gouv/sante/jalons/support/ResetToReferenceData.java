package fr.gouv.sante.jalons.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test of a {@link JalonsTest} class: the database back to the {@link ReferenceData},
 * then every in-memory cache emptied ({@link TestCaches}), in that order so that no request can cache
 * the old rows again. No test sees what another left, in the tables or in a cached page, whatever
 * the order they run in; tests clean up nothing themselves.
 */
public class ResetToReferenceData implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        application.getBean(ReferenceData.class).restore();
        application.getBean(TestCaches.class).clearAll();
    }
}
