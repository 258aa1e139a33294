package fr.gouv.sante.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** Where the README says {@code ./mvnw verify} leaves the diagrams (the Documenter's default). */
    private static final Path DOCUMENTATION = Path.of("target", "spring-modulith-docs");

    /** Read once for the class: reading the classes and their dependencies takes seconds. */
    private static final ApplicationModules modules = ApplicationModules.of(JalonsApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiInOneDirection() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        // the default options empty the folder first: what is read below was written by this test
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        String overview = Files.readString(DOCUMENTATION.resolve("components.puml"));
        for (ApplicationModule module : modules) {
            assertThat(overview)
                    .as("the overview names %s", module.getDisplayName())
                    .contains("\"" + module.getDisplayName() + "\"");
            Path diagram = DOCUMENTATION.resolve("module-" + module.getIdentifier() + ".puml");
            assertThat(diagram).as("the diagram of %s", module.getIdentifier()).isRegularFile();
            String text = Files.readString(diagram);
            assertThat(text).contains("title <size:24>" + module.getDisplayName() + "</size>");
            // each diagram draws the modules this one depends on, as the verification found them
            module.getDirectDependencies(modules)
                    .uniqueModules()
                    .forEach(dependency -> assertThat(text)
                            .as(
                                    "%s's diagram shows its dependency %s",
                                    module.getIdentifier(), dependency.getIdentifier())
                            .contains("\"" + dependency.getDisplayName() + "\""));
        }
    }
}
