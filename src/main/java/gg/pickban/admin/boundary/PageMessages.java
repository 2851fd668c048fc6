package gg.pickban.admin.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the page being answered: a growl for the whole page, or under one field of a form. */
final class PageMessages {

    private PageMessages() {
    }

    static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    static void error(String summary) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        context.validationFailed();
    }

    /** An error under the field with that client id (e.g. {@code form:username}). */
    static void fieldError(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    /** Answers the page with this status (404 for an object that does not exist) without an error page. */
    static void status(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
}
