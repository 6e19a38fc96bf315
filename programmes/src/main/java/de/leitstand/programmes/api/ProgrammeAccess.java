package de.leitstand.programmes.api;

/** What the caller may do with funding programmes, organisations and pacts; any signed-in user may ask. */
public interface ProgrammeAccess {

    /** @return the caller's rights, from the roles the use cases ask for */
    ProgrammeRights rights();

    /**
     * @param editProgrammes      create and change funding programmes
     * @param editOrganisations   create and change organisations (another Jobcenter's: as a proposal)
     * @param maintainPacts       members, partners, coordination and history of a pact (where the pact lets the caller)
     * @param recordParticipation the own Jobcenter's figures in a pact and its closure
     */
    record ProgrammeRights(boolean editProgrammes, boolean editOrganisations, boolean maintainPacts,
                           boolean recordParticipation) implements java.io.Serializable {
    }
}
