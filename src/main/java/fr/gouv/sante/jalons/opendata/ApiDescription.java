package fr.gouv.sante.jalons.opendata;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document at {@code /api/v1/openapi.json} says of the API as a whole, and how it
 * reads the answers' records: a component annotated {@code @Nullable} may be {@code null}, every other
 * one is required and never null, which is what the code (NullAway) guarantees.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String OBJECTIVES = "Objectifs";
    static final String ROADMAPS = "Feuilles de route";
    static final String GOVERNANCE = "Instances";
    static final String CHARTER = "Charte e-santé";
    static final String FILES = "Fichiers";

    @Bean
    OpenAPI jalonsApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("API Jalons")
                        .version("v1")
                        .description("Les données publiées du suivi de la feuille de route du numérique en santé,"
                                + " en lecture libre et sans compte : jamais de brouillon. Contrat v1 : des champs"
                                + " peuvent s'ajouter, aucun n'est renommé. Une erreur est un document"
                                + " application/problem+json (RFC 9457) en français.")
                        .license(new License()
                                .name("Licence Ouverte 2.0 (etalab-2.0)")
                                .identifier("etalab-2.0")
                                .url("https://github.com/etalab/licence-ouverte/blob/master/LO.md")))
                // relative: the document holds on every host and behind every proxy
                .servers(List.of(new Server().url("/")))
                .tags(List.of(
                        new Tag()
                                .name(OBJECTIVES)
                                .description("La feuille de route en cours : objectifs, axes,"
                                        + " organisations, statuts publiés et mesures."),
                        new Tag().name(ROADMAPS).description("Les feuilles de route, en cours et archivées."),
                        new Tag().name(GOVERNANCE).description("Les réunions des instances de gouvernance."),
                        new Tag()
                                .name(CHARTER)
                                .description("La charte d'engagement pour la e-santé et ses" + " signataires."),
                        new Tag()
                                .name(FILES)
                                .description("Les fichiers des données ouvertes (CSV, XLSX) et leurs"
                                        + " schémas (Table Schema, datapackage.json).")));
    }

    @Bean
    ModelConverter nullableRecordComponents() {
        return new NullableRecordComponents();
    }

    /** Required and nullable properties read from the records' components. */
    static final class NullableRecordComponents implements ModelConverter {

        @Override
        public @Nullable Schema resolve(
                AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
            if (!chain.hasNext()) {
                return null;
            }
            Schema<?> resolved = chain.next().resolve(type, context, chain);
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (resolved == null || !raw.isRecord()) {
                return resolved;
            }
            Schema<?> model = resolved;
            if (resolved.get$ref() != null) {
                String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
                model = context.getDefinedModels().get(name);
            }
            if (model != null && model.getProperties() != null) {
                describe(raw, model);
            }
            return resolved;
        }

        @Override
        public boolean isOpenapi31() {
            return true;
        }

        @SuppressWarnings({"rawtypes", "unchecked"})
        private static void describe(Class<?> record, Schema<?> model) {
            Map<String, Schema> properties = model.getProperties();
            for (RecordComponent component : record.getRecordComponents()) {
                Schema property = properties.get(component.getName());
                if (property == null) {
                    continue;
                }
                boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
                if (!nullable) {
                    if (model.getRequired() == null || !model.getRequired().contains(component.getName())) {
                        model.addRequiredItem(component.getName());
                    }
                } else if (property.get$ref() != null) {
                    properties.put(
                            component.getName(),
                            new Schema<>()
                                    .anyOf(List.of(
                                            new Schema<>().$ref(property.get$ref()),
                                            new Schema<>().types(Set.of("null")))));
                } else if (property.getTypes() != null && !property.getTypes().contains("null")) {
                    property.addType("null");
                }
            }
        }
    }
}
