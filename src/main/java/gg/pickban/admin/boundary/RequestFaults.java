package gg.pickban.admin.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Requests to the staff pages that fail because of what the client sent, not because of the server:
 * <ul>
 * <li>a form sent for a view this server does not hold — the session ended, the server restarted,
 * or the view id is made up — sends the browser to a fresh copy of the page, Ajax requests
 * included;</li>
 * <li>a failure while the request is read (restoring its view, decoding its values: a table page
 * number that is no number, an unknown component id) is answered 400, like any malformed request —
 * and so is a number that does not parse in any phase: the staff pages parse no numbers of their
 * own outside Faces converters, but PrimeFaces reads some of its table parameters only while
 * rendering.</li>
 * </ul>
 * Other failures in the later phases (running an action, rendering) are the server's and go on as usual.
 */
public class RequestFaults extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(RequestFaults.class.getName());

    public RequestFaults(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Set<PhaseId> READING = Set.of(PhaseId.RESTORE_VIEW, PhaseId.APPLY_REQUEST_VALUES);
        private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%/?-]{0,400}");

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator(); queued.hasNext(); ) {
                ExceptionQueuedEventContext event = queued.next().getContext();
                Throwable failure = event.getException();
                boolean answered = context.getExternalContext().isResponseCommitted();
                if (expired(failure) && !answered) {
                    queued.remove();
                    freshCopy(context);
                } else if (READING.contains(event.getPhaseId()) || causedBy(failure, NumberFormatException.class)) {
                    queued.remove();
                    malformed(context, failure, answered);
                }
            }
            getWrapped().handle();
        }

        /** Faces itself may have answered already (a form for a page that does not exist: 404); else 400. */
        private static void malformed(FacesContext context, Throwable failure, boolean answered) {
            LOG.warning(() -> "Malformed request to " + context.getExternalContext().getRequestPathInfo() + " refused"
                    + (answered ? "" : " (400)") + ": " + failure.getClass().getSimpleName()
                    + Optional.ofNullable(failure.getCause()).map(cause -> " <- " + cause.getClass().getSimpleName()).orElse(""));
            context.responseComplete();
            if (answered) {
                return;
            }
            try {
                context.getExternalContext().responseSendError(400, "Bad request");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean expired(Throwable failure) {
            return causedBy(failure, ViewExpiredException.class);
        }

        private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (kind.isInstance(t)) {
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
