package de.leitstand.planning.application;

import de.leitstand.kernel.api.AgencyNumber;
import de.leitstand.kernel.api.ConflictException;
import de.leitstand.kernel.api.NotFoundException;
import de.leitstand.kernel.api.Role;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.ValidationException;
import de.leitstand.kernel.api.security.Caller;
import de.leitstand.kernel.api.security.Capabilities;
import de.leitstand.kernel.api.security.RequiresRole;
import de.leitstand.kernel.api.security.Tenancy;
import de.leitstand.planning.api.AllocationPlanning;
import de.leitstand.planning.domain.AllocationShare;
import de.leitstand.planning.domain.FederalShare;
import de.leitstand.planning.domain.PlanningRepository;
import de.leitstand.planning.domain.AllocationShareReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class AllocationService implements AllocationPlanning {

    @Inject
    PlanningRepository repository;

    @Inject
    Tenancy tenancy;

    @Inject
    AllocationShareReader reader;

    @Inject
    Caller caller;

    @Override
    public AllocationRights rights() {
        return new AllocationRights(Capabilities.may(caller, AllocationService.class, "importShares")
                && Capabilities.may(caller, AllocationService.class, "changeFederalShare"));
    }

    @Override
    public Estimate estimate(String agencyNumber, int year, BigDecimal integrationByAnnex2, BigDecimal integrationByAnnex3,
                             BigDecimal administrationByAnnex4) {
        AgencyNumber agency = tenancy.resolve(agencyNumber);
        for (BigDecimal amount : new BigDecimal[]{integrationByAnnex2, integrationByAnnex3, administrationByAnnex4}) {
            if (amount != null && amount.signum() < 0) {
                throw new ValidationException("AMOUNT_NEGATIVE", "amount", Text.of("planning.AMOUNT_NEGATIVE"));
            }
        }
        AllocationShare share = repository.allocationShare(year, agency.value()).orElseThrow(() ->
                new NotFoundException("SHARES_NOT_FOUND", Text.of("planning.SHARES_NOT_FOUND", year, repository.allocationShareYears())));
        return new Estimate(agency.value(), year, share.getIntegrationAnnex2(), share.getIntegrationAnnex3(),
                share.getAdministrationAnnex4(), share.integrationEstimate(integrationByAnnex2, integrationByAnnex3),
                share.administrationEstimate(administrationByAnnex4));
    }

    @Override
    public List<Integer> shareYears() {
        return repository.allocationShareYears();
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public int importShares(int year, InputStream csv) {
        if (year < 2005 || year > 2100) {
            throw new ValidationException("YEAR_INVALID", "year", Text.of("planning.YEAR_INVALID"));
        }
        List<AllocationShare> shares = reader.read(year, csv);
        repository.replaceAllocationShares(year, shares);
        return shares.size();
    }

    @Override
    public FederalShareView federalShare(int year) {
        return repository.federalShare(year)
                .map(share -> new FederalShareView(year, share.getPercent(), false, share.getVersion()))
                .orElseGet(() -> new FederalShareView(year, FederalShare.LEGAL_DEFAULT, true, 0));
    }

    @Override
    @Transactional
    @RequiresRole(Role.ADMIN)
    public FederalShareView changeFederalShare(int year, BigDecimal percent, long version) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 1) {
            throw new ValidationException("FEDERAL_SHARE_INVALID", "percent",
                    Text.of("planning.FEDERAL_SHARE_INVALID"));
        }
        FederalShare share = repository.federalShare(year).orElse(null);
        if (share == null) {
            share = new FederalShare(year, percent);
            repository.add(share);
        } else {
            if (share.getVersion() != version) {
                throw ConflictException.concurrentModification();
            }
            share.change(percent);
        }
        repository.flush();
        return new FederalShareView(year, share.getPercent(), false, share.getVersion());
    }
}
