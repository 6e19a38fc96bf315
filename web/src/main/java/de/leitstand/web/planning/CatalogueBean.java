package de.leitstand.web.planning;

import de.leitstand.planning.api.Catalogue;
import de.leitstand.planning.api.ProgrammePlanning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The choices of the planning forms (codes with German labels), from planning's catalogue. */
@Named("planningCatalogue")
@ApplicationScoped
public class CatalogueBean {

    @Inject
    ProgrammePlanning planning;

    private volatile Catalogue catalogue;

    public Catalogue getChoices() {
        if (catalogue == null) {
            catalogue = planning.catalogue();
        }
        return catalogue;
    }
}
