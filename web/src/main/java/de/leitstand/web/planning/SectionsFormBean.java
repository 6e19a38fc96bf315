package de.leitstand.web.planning;

import de.leitstand.planning.api.ProgrammeInputs;
import de.leitstand.planning.api.ProgrammeView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The "Texte" tab: the ordered text chapters with rich text. */
@Named
@ViewScoped
public class SectionsFormBean extends ProgrammeTabForm {

    private static final long serialVersionUID = 1L;

    private List<SectionRow> sections = new ArrayList<>();

    @Override
    protected void fill(ProgrammeView programme) {
        sections = new ArrayList<>(programme.sections().stream().map(s -> new SectionRow(s.title(), s.content())).toList());
    }

    public void save() {
        save(() -> planning.changeSections(editor.getId(), new ProgrammeInputs.Sections(
                sections.stream().map(s -> new ProgrammeInputs.Section(s.getTitle(), s.getContent())).toList(),
                editor.version())), "notice.programme.textsSaved");
    }

    public void add() {
        sections.add(new SectionRow("Neues Kapitel", ""));
    }

    public void remove(SectionRow row) {
        sections.remove(row);
    }

    public void moveUp(SectionRow row) {
        int index = sections.indexOf(row);
        if (index > 0) {
            Collections.swap(sections, index, index - 1);
        }
    }

    /** The placeholders a text may use (name → meaning with the Elbe-Elster 2020 example), for the help below the editor. */
    public List<java.util.Map.Entry<String, String>> getPlaceholders() {
        return List.copyOf(de.leitstand.planning.api.DocumentPlaceholders.names().entrySet());
    }

    public List<SectionRow> getSections() {
        return sections;
    }

    /** A chapter as an editable row. */
    public static class SectionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String content;

        SectionRow(String title, String content) {
            this.title = title;
            this.content = content;
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getContent() { return content; }
        public void setContent(String v) { content = v; }
    }
}
