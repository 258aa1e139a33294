package fr.gouv.sante.jalons.browser;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs {@link AccessibilityCoverageTests} after every other test class, which keep the order they
 * would have had (the sort is stable): it reads what the browser classes audited.
 */
public class AccessibilityCoverageLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparing(
                        descriptor -> descriptor.getTestClass() == AccessibilityCoverageTests.class));
    }
}
