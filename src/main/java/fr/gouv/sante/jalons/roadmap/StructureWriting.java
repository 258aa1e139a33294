package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.Deadline;
import java.util.List;
import java.util.Map;

/**
 * Writes a roadmap's structure as a whole, for an import from a file: {@link #target} reads what the
 * roadmap already has, {@link #create} creates the axes, priorities and objectives at once. Both run
 * in the caller's transaction, which must be open: the roadmap's row, locked by the first, stays
 * locked until the second has written, so that two imports into it cannot both find it without
 * objectives. Administrators only; the import is in the roadmap's audit trail.
 */
public interface StructureWriting {

    /** An objective's title and target, at most as long as the editing form takes them. */
    int MAX_TITLE_LENGTH = 200;

    int MAX_TARGET_LENGTH = 2000;

    /**
     * The roadmap as an import checks it; {@code NotFoundException} for an unknown one.
     *
     * @param lock whether to lock its row until the caller's transaction ends (before {@link #create})
     */
    StructureTarget target(CurrentUser admin, String slug, boolean lock);

    /**
     * Creates the objectives, each with the axis and priority it goes under when the roadmap does not
     * have them yet, and with its owners, the first one its pilot; records the import of {@code file}.
     * The objectives must have been checked against {@link #target} in the same transaction.
     */
    void create(CurrentUser admin, String slug, List<NewObjective> objectives, ImportedFile file);

    /**
     * A roadmap's structure as an import needs it.
     *
     * @param objectives how many objectives it has
     * @param axes its axes' names by number
     * @param priorities its priorities by number
     */
    record StructureTarget(
            String slug,
            String title,
            RoadmapState state,
            long objectives,
            Map<Integer, String> axes,
            Map<Integer, ExistingPriority> priorities) {

        public StructureTarget {
            axes = Map.copyOf(axes);
            priorities = Map.copyOf(priorities);
        }
    }

    /** A priority the roadmap has, with the number of its axis. */
    record ExistingPriority(int axis, String title) {}

    /** An objective to create, with the axis and priority it goes under and its owners' ids, the pilot first. */
    record NewObjective(
            int axis,
            String axisTitle,
            int priority,
            String priorityTitle,
            String code,
            String title,
            String target,
            Deadline deadline,
            List<Long> owners) {

        public NewObjective {
            owners = List.copyOf(owners);
        }
    }

    /**
     * The imported file, as the audit trail records it.
     *
     * @param sha256 the hexadecimal SHA-256 hash of its bytes
     */
    record ImportedFile(String fileName, String sha256, int newAxes, int newPriorities, int objectives) {}
}
