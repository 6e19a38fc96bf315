package de.leitstand.planning.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a programme version's budget leaves to plan: the funds of the year (VK, EGL) after the transfers EGL → VK,
 * and how much of the EGL the plan lines use. Derived, never stored.
 *
 * @param budget    the year's figures
 * @param transfers the transfers EGL → VK
 * @param planLines the planned instruments
 */
public record BudgetBalance(BudgetFigures budget, List<BudgetTransfer> transfers, List<PlanLine> planLines) {

    /** @return the transfers EGL → VK added up */
    public BigDecimal transferTotal() {
        return transfers.stream().map(BudgetTransfer::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return EGL of this year less the transfers into VK; {@code null} without EGL */
    public BigDecimal integrationAvailable() {
        BigDecimal egl = budget.getIntegrationCurrent();
        return egl == null ? null : egl.subtract(transferTotal());
    }

    /** @return VK of this year plus the transfers from EGL; {@code null} without VK */
    public BigDecimal administrationAvailable() {
        BigDecimal vk = budget.getAdministrationCurrent();
        return vk == null ? null : vk.add(transferTotal());
    }

    public BigDecimal plannedTotal() {
        return planLines.stream().map(PlanLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return EGL available minus what the plan lines use; positive when not everything is planned yet */
    public BigDecimal unplannedRemainder() {
        BigDecimal available = integrationAvailable();
        return available == null ? null : available.subtract(plannedTotal());
    }

    /** @return the plan lines of these categories added up */
    public BigDecimal plannedFor(Set<InstrumentCategory> categories) {
        return planLines.stream().filter(line -> categories.contains(line.getCategory()))
                .map(PlanLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
