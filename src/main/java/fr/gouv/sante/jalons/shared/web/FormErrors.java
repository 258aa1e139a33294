package fr.gouv.sante.jalons.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * The one place where a service's refusal (message keys by field name, e.g. {@code InputRefused},
 * {@code StructureRejected}, {@code AccountRejected}) becomes errors of the form being shown: an error on a
 * field the form has goes next to that field, anything else goes to the top of the form; both are listed in
 * the form's error summary ({@code fragments/forms :: summary}). A refusal may carry the arguments of its
 * message after its key: {@code key|argument|argument}.
 */
public final class FormErrors {

    private FormErrors() {}

    /** Refusals whose field names are the form's own property paths. */
    public static void reject(BindingResult form, Map<String, String> refusals) {
        reject(form, refusals, field -> List.of(field));
    }

    /**
     * Refusals whose field names are the form's own property paths, listed in the summary in the order
     * of {@code fieldOrder} (the order of the fields on the page); fields it does not name come last.
     */
    public static void reject(BindingResult form, Map<String, String> refusals, List<String> fieldOrder) {
        reject(form, refusals, field -> List.of(field), Comparator.comparingInt(field -> {
            int position = fieldOrder.indexOf(field);
            return position < 0 ? fieldOrder.size() : position;
        }));
    }

    /**
     * Refusals whose field names the service spells its own way: {@code fields} gives the form's property
     * paths for one of them (none: the error goes to the top of the form).
     */
    public static void reject(BindingResult form, Map<String, String> refusals, Function<String, List<String>> fields) {
        reject(form, refusals, fields, Comparator.<String>naturalOrder());
    }

    private static void reject(
            BindingResult form,
            Map<String, String> refusals,
            Function<String, List<String>> fields,
            Comparator<String> order) {
        BeanWrapperImpl target = form.getTarget() == null ? null : new BeanWrapperImpl(form.getTarget());
        refusals.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(order.thenComparing(Comparator.naturalOrder())))
                .forEach(refusal -> {
                    List<String> paths = fields.apply(refusal.getKey()).stream()
                            .filter(path -> target != null && readable(target, path))
                            .filter(path -> !form.hasFieldErrors(path))
                            .toList();
                    if (paths.isEmpty()
                            && fields.apply(refusal.getKey()).stream().anyMatch(form::hasFieldErrors)) {
                        return; // that field already shows an error of its own
                    }
                    String[] parts = refusal.getValue().split("\\|", -1);
                    String code = parts[0];
                    Object[] arguments = java.util.Arrays.copyOfRange(parts, 1, parts.length);
                    if (paths.isEmpty()) {
                        if (!form.getGlobalErrors().stream().anyMatch(e -> code.equals(e.getCode()))) {
                            form.reject(code, arguments, null);
                        }
                    } else {
                        paths.forEach(path -> form.rejectValue(path, code, arguments, null));
                    }
                });
    }

    private static boolean readable(BeanWrapperImpl target, String path) {
        try {
            return target.isReadableProperty(path);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
