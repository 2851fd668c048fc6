package gg.pickban.admin.boundary;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;

/**
 * The Faces servlet answers only under {@code /admin/*} (prefix mapping), so a request for
 * {@code /admin/users.xhtml} asks for the view {@code /users.xhtml}: this finds the staff views in
 * the web app's {@code admin} folder. Templates under {@code /WEB-INF/} are taken from there as
 * they are (Faces never serves {@code WEB-INF} as a view), and so is the root, which Facelets asks
 * for once as its base.
 */
public class AdminViews extends ResourceHandlerWrapper {

    static final String FOLDER = "/admin";

    public AdminViews(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (resourceName.equals("/") || resourceName.startsWith("/WEB-INF/")) {
            return super.createViewResource(context, resourceName);
        }
        return super.createViewResource(context, FOLDER + (resourceName.startsWith("/") ? "" : "/") + resourceName);
    }
}
