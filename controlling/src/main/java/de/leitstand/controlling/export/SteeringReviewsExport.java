package de.leitstand.controlling.export;

import de.leitstand.controlling.api.SteeringApi;
import de.leitstand.kernel.api.Text;
import de.leitstand.kernel.api.export.ColumnType;
import de.leitstand.kernel.api.export.ExportColumn;
import de.leitstand.kernel.api.export.ExportParameters;
import de.leitstand.kernel.api.export.ExportSheet;
import de.leitstand.kernel.api.export.ExportTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Export {@code dialoge}: Zielnachhaltedialoge und Steuerungsmaßnahmen. */
@ApplicationScoped
public class SteeringReviewsExport implements ExportTable {

    @Inject
    SteeringApi steering;

    @Override
    public String name() {
        return "dialoge";
    }

    @Override
    public List<String> parameters() {
        return List.of("agencyNumber");
    }

    @Override
    public ExportSheet sheet(ExportParameters p) {
        List<List<Object>> rows = new ArrayList<>();
        steering.reviews(p.get("agencyNumber")).forEach(r -> {
            Text kpis = Text.joined("; ", r.kpis().stream().map(k -> k.value() == null ? Text.of("controlling.WORD_NOT_COMPUTABLE_OF", k.code())
                    : Text.literal(k.code() + " " + k.value().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %")).toList());
            if (r.actions().isEmpty()) {
                rows.add(Arrays.asList(r.heldOn(), r.figuresMonth().toString(), r.participants(), r.assessment(), kpis, null, null, null, null));
            }
            r.actions().forEach(a -> rows.add(Arrays.asList(r.heldOn(), r.figuresMonth().toString(), r.participants(), r.assessment(), kpis,
                    a.description(), a.owner(), a.dueDate(), a.status())));
        });
        return new ExportSheet(Text.of("controlling.SHEET_STEERING_REVIEWS"), List.of(ExportColumn.of("column.datum", ColumnType.DATE), ExportColumn.of("column.zahlen-aus", ColumnType.TEXT),
                ExportColumn.of("column.teilnehmende", ColumnType.TEXT), ExportColumn.of("column.bewertung", ColumnType.TEXT), ExportColumn.of("column.kennzahlen-am-tag", ColumnType.TEXT),
                ExportColumn.of("column.steuerungsmassnahme", ColumnType.TEXT), ExportColumn.of("column.verantwortlich", ColumnType.TEXT), ExportColumn.of("column.faellig", ColumnType.DATE),
                ExportColumn.of("column.status", ColumnType.TEXT)), rows);
    }
}
