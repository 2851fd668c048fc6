package gg.pickban.admin.boundary;

import gg.pickban.admin.control.Rows;
import gg.pickban.admin.control.TemplateRow;
import gg.pickban.admin.control.TemplateRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /admin/templates.xhtml}: the Discord event templates, newest first. */
@Named("templates")
@ViewScoped
public class TemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rows rows;

    private final TemplateRows query = new TemplateRows();
    private LazyRows<TemplateRow> model;
    private String search;
    private boolean retiredToo;

    @PostConstruct
    void init() {
        model = new LazyRows<>(rows, query);
    }

    public void apply() {
        query.filter(search, retiredToo);
        Tables.firstPage("list:table");
    }

    public LazyRows<TemplateRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isRetiredToo() {
        return retiredToo;
    }

    public void setRetiredToo(boolean retiredToo) {
        this.retiredToo = retiredToo;
    }
}
