package de.leitstand.reporting.api;

/** What the caller may do with committee papers and documents; any signed-in user may ask (the answer may be "nothing"). */
public interface ReportingAccess {

    /** @return the caller's rights on committee papers, from the roles the papers' use cases ask for */
    PaperRights papers();

    /** @return the caller's rights on generated documents, from the roles the reporting use cases ask for */
    DocumentRights documents();

    /**
     * @param write    draft papers (new, from a pact's closure, change)
     * @param release  release and withdraw papers
     * @param saveBody maintain the issuing body and its numbering
     */
    record PaperRights(boolean write, boolean release, boolean saveBody) implements java.io.Serializable {
    }

    /** @param generate generate the programme document and the controlling report */
    record DocumentRights(boolean generate) implements java.io.Serializable {
    }
}
