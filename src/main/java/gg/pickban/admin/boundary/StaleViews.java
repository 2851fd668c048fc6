package gg.pickban.admin.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * A form sent for a view this server does not hold — the session ended, the server restarted, or
 * the view id is made up — is no error: the browser is sent to a fresh copy of the page (its
 * address without the form), Ajax requests included. Every other exception goes on as usual.
 */
public class StaleViews extends ExceptionHandlerFactory {

    public StaleViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%/?-]{0,400}");

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator(); queued.hasNext(); ) {
                Throwable failure = queued.next().getContext().getException();
                if (expired(failure) && !context.getExternalContext().isResponseCommitted()) {
                    queued.remove();
                    freshCopy(context);
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        /** The page's address, with the query it was opened with when the browser names it (same page, same site). */
        private static void freshCopy(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            String page = external.getRequestContextPath() + external.getRequestServletPath()
                    + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo());
            try {
                external.redirect(sameSiteReferer(external.getRequestHeaderMap().get("Referer"), page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }

        static String sameSiteReferer(String referer, String page) {
            if (referer == null) {
                return page;
            }
            try {
                URI uri = new URI(referer);
                return page.equals(uri.getRawPath()) && uri.getRawQuery() != null
                        && QUERY.matcher(uri.getRawQuery()).matches() ? page + "?" + uri.getRawQuery() : page;
            } catch (URISyntaxException e) {
                return page;
            }
        }
    }
}
