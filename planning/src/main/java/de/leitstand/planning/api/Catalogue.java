package de.leitstand.planning.api;

import java.util.List;

/** The values planning's inputs accept, each with its German label, for forms and API clients. */
public record Catalogue(List<Choice> instrumentCategories, List<Choice> employers, List<Choice> staffFunctions,
                        List<Choice> customerGroups, List<Choice> goalKinds, List<Choice> comparators,
                        List<Choice> goalStatuses, List<Choice> lzbBases, List<Choice> budgetKinds) implements java.io.Serializable {

    /** A code and its label. */
    public record Choice(String code, String label) implements java.io.Serializable {
    }
}
