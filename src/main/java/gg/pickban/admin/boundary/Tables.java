package gg.pickban.admin.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Data tables of the current view. */
final class Tables {

    private Tables() {
    }

    /** New filters: the table starts again at its first page. */
    static void firstPage(String clientId) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent table = context.getViewRoot().findComponent(clientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
