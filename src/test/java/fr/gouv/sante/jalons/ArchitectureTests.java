package fr.gouv.sante.jalons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The rules of docs/architecture.md that Spring Modulith does not check ({@link ModularityTests} checks the
 * module boundaries): entities and repositories hidden in their module, thin controllers, constructor
 * injection, records as events, no module too big to read.
 */
@AnalyzeClasses(packagesOf = JalonsApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String ROOT = JalonsApplication.class.getPackageName();

    /** A module's internal package, e.g. {@code fr.gouv.sante.jalons.campaign.domain}. */
    private static final String INTERNAL_PACKAGE = "fr.gouv.sante.jalons.*.domain";

    @ArchTest
    static final ArchRule entitiesArePackagePrivateInTheirModulesInternalPackage = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .notBePublic()
            .andShould()
            .resideInAPackage(INTERNAL_PACKAGE)
            .because("no controller, template or other module may touch an entity (docs/architecture.md)");

    @ArchTest
    static final ArchRule repositoriesArePackagePrivateInTheirModulesInternalPackage = classes()
            .that()
            .areAssignableTo(Repository.class)
            .should()
            .notBePublic()
            .andShould()
            .resideInAPackage(INTERNAL_PACKAGE)
            .because("other packages read through the module's queries facade, which returns records");

    @ArchTest
    static final ArchRule controllersNeverUseRepositories = noClasses()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .because("controllers stay thin: they call one service or queries method");

    @ArchTest
    static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule controllerSignaturesCarryNoEntity = methods()
            .that()
            .areDeclaredInClassesThat()
            .areMetaAnnotatedWith(Controller.class)
            .should(notMentionAnEntityInTheirSignature())
            .because("a controller binds forms and renders view records, never entities");

    @ArchTest
    static final ArchRule moduleEventsAreRecords = classes()
            .that(areModuleEvents())
            .should()
            .beRecords()
            .because("an event is an immutable fact that crosses module boundaries");

    /** The infrastructure modules: below the features, which they serve without naming them. */
    private static final Set<String> INFRASTRUCTURE = Set.of("web", "cluster", "operations", "shared");

    /**
     * Every other top-level package is a feature module, read from the compiled classes so that a new
     * module is covered by the rules below the day it is added.
     */
    private static final String[] FEATURE_MODULES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests()).importPackagesOf(JalonsApplication.class).stream()
                    .map(JavaClass::getPackageName)
                    .filter(name -> name.startsWith(ROOT + "."))
                    .map(name -> name.substring(ROOT.length() + 1))
                    .map(name -> name.contains(".") ? name.substring(0, name.indexOf('.')) : name)
                    .filter(module -> !INFRASTRUCTURE.contains(module))
                    .distinct()
                    .sorted()
                    .map(module -> ROOT + "." + module + "..")
                    .toArray(String[]::new);

    @Test
    void everyFeatureModuleIsFound() {
        assertThat(FEATURE_MODULES)
                .contains(ROOT + ".campaign..", ROOT + ".signatory..", ROOT + ".roadmapadmin..")
                .doesNotContain(ROOT + ".web..", ROOT + ".shared..")
                .hasSizeGreaterThan(15);
    }

    @ArchTest
    static final ArchRule operationsDependsOnNoFeatureModule = noClasses()
            .that()
            .resideInAPackage("fr.gouv.sante.jalons.operations..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURE_MODULES)
            .because("infrastructure stays below the features: a feature contributes what operations needs "
                    + "(PathSecrets), operations never names a feature (docs/architecture.md)");

    @ArchTest
    static final ArchRule clusterDependsOnNoFeatureModule = noClasses()
            .that()
            .resideInAPackage("fr.gouv.sante.jalons.cluster..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURE_MODULES)
            .because("features announce that what the public sees changed (PublicContentChanged); the cluster"
                    + " clears the caches without knowing who changed what (docs/architecture.md)");

    @ArchTest
    static final ArchRule webDependsOnNoFeatureModule = noClasses()
            .that()
            .resideInAPackage("fr.gouv.sante.jalons.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURE_MODULES)
            .because("a feature declares what it needs (a public page is @PublicPage, the back office's chain"
                    + " asks for BackOfficeAccounts); the web infrastructure never names a feature's classes"
                    + " (docs/architecture.md)");

    @ArchTest
    static final ArchRule noBeanDependsOnADeploymentSetting = noClasses()
            .should()
            .beAnnotatedWith(ConditionalOnProperty.class)
            .orShould()
            .beAnnotatedWith(ConditionalOnBooleanProperty.class)
            .orShould()
            .beAnnotatedWith(Profile.class)
            .orShould()
            .beAnnotatedWith(ConditionalOnExpression.class)
            .because("a Spring AOT build (the documented start, docs/operations.md) settles bean conditions at"
                    + " build time: a setting given at deployment is read when a bean starts, as ProConnect's"
                    + " registration is");

    @ArchTest
    static final ArchRule noBeanMethodDependsOnADeploymentSetting = methods()
            .should()
            .notBeAnnotatedWith(ConditionalOnProperty.class)
            .andShould()
            .notBeAnnotatedWith(ConditionalOnBooleanProperty.class)
            .andShould()
            .notBeAnnotatedWith(Profile.class)
            .andShould()
            .notBeAnnotatedWith(ConditionalOnExpression.class)
            .because("a Spring AOT build settles bean conditions at build time (see the rule on classes)");

    /**
     * The most lines of Java a module may hold (all lines of its {@code .java} files, as {@code wc -l}
     * counts them): past it, a module holds more than one responsibility and is split along a seam.
     */
    private static final int MAX_MODULE_LINES = 3_500;

    @Test
    void noModuleHoldsMoreThan3500LinesOfJava() throws IOException {
        Path sources = Path.of("src", "main", "java").resolve(ROOT.replace('.', '/'));
        Map<String, Long> lines = new TreeMap<>();
        try (Stream<Path> modules = Files.list(sources)) {
            modules.filter(Files::isDirectory)
                    .forEach(module -> lines.put(module.getFileName().toString(), javaLines(module)));
        }
        assertThat(lines).as("the modules' sources are found").containsKeys("account", "campaign", "roadmap");
        Map<String, Long> oversized = new TreeMap<>(lines);
        oversized.values().removeIf(count -> count <= MAX_MODULE_LINES);
        assertThat(oversized)
                .as("modules over %d lines of Java (module=lines), to split along a seam", MAX_MODULE_LINES)
                .isEmpty();
    }

    /** The newlines of every {@code .java} file under {@code module}, sub-packages included. */
    private static long javaLines(Path module) {
        try (Stream<Path> files = Files.walk(module)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .mapToLong(ArchitectureTests::newlines)
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long newlines(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long count = 0;
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parameter and return types, generic arguments included ({@code List<Objective>} counts). */
    private static ArchCondition<JavaMethod> notMentionAnEntityInTheirSignature() {
        return new ArchCondition<>("not have an @Entity type in their parameters or return type") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Stream.concat(method.getParameterTypes().stream(), Stream.of(method.getReturnType()))
                        .map(JavaType::getAllInvolvedRawTypes)
                        .flatMap(java.util.Set::stream)
                        .filter(type -> type.isAnnotatedWith(Entity.class))
                        .distinct()
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " mentions the entity " + entity.getName())));
            }
        };
    }

    /**
     * What the application publishes as events: the parameter of every listener method, and any
     * type named as a past fact in a module's API package (e.g. {@code PeriodPublished}) that is not
     * an exception.
     */
    private static DescribedPredicate<JavaClass> areModuleEvents() {
        return DescribedPredicate.describe(
                "are module events (listened to, or named as a past fact)",
                type -> isListenedTo(type) || isNamedAsAPastFact(type));
    }

    private static boolean isListenedTo(JavaClass type) {
        return type.getMethodsWithParameterTypeOfSelf().stream()
                .anyMatch(method -> method.getRawParameterTypes().size() == 1
                        && (method.isAnnotatedWith(EventListener.class)
                                || method.isMetaAnnotatedWith(EventListener.class)
                                || method.isAnnotatedWith(TransactionalEventListener.class)));
    }

    private static boolean isNamedAsAPastFact(JavaClass type) {
        return type.getPackageName().matches("fr\\.gouv\\.sante\\.jalons\\.[a-z]+")
                && type.isTopLevelClass()
                && !type.isAssignableTo(Throwable.class)
                && type.getSimpleName().matches(".*[a-z](ed|Back)");
    }
}
