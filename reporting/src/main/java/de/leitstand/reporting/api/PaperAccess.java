package de.leitstand.reporting.api;

/** What the caller may do with committee papers; any signed-in user may ask (the answer may be "nothing"). */
public interface PaperAccess {

    /** @return the caller's rights, from the roles the papers' use cases ask for */
    PaperRights rights();

    /**
     * @param write    draft papers (new, from a pact's closure, change)
     * @param release  release and withdraw papers
     * @param saveBody maintain the issuing body and its numbering
     */
    record PaperRights(boolean write, boolean release, boolean saveBody) implements java.io.Serializable {
    }
}
