package de.leitstand.planning.domain;

import de.leitstand.kernel.api.persistence.PartOf;
import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.persistence.OwnedByJobcenter;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * A part of a programme version (a plan line, a goal, a chapter …): it lives and dies with its
 * programme and is filed in the audit trail under the programme's Jobcenter.
 */
@PartOf(Programme.class)
@MappedSuperclass
public abstract class ProgrammePart implements OwnedByJobcenter {

    @Id
    @SequenceGenerator(name = "planning_part_seq", sequenceName = "planning_part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_part_seq")
    private Long id;

    /** Order within the programme (as the document shows the parts). */
    @Column(name = "position", nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private Programme programme;

    protected ProgrammePart() {
        // for JPA
    }

    protected ProgrammePart(Programme programme, int position) {
        this.programme = programme;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public AgencyNumber getAgencyNumber() {
        return programme.getAgencyNumber();
    }

    protected Programme programme() {
        return programme;
    }

    /**
     * Brings a programme's parts to the input by position: updated in place, new ones added, the surplus removed,
     * so the audit trail shows real changes.
     */
    static <P extends ProgrammePart, D> void sync(List<P> parts, List<D> data, IntFunction<P> create, BiConsumer<P, D> update) {
        while (parts.size() > data.size()) {
            parts.remove(parts.size() - 1);
        }
        for (int i = 0; i < data.size(); i++) {
            if (i == parts.size()) {
                parts.add(create.apply(i));
            }
            update.accept(parts.get(i), data.get(i));
        }
    }
}
