package dev.wharf.servlet.unsupported;

/**
 * A part of the Servlet specification the adapter does not implement, raised where the application asks
 * for it so that it fails loudly and names the feature instead of misbehaving quietly.
 */
public final class UnsupportedServletFeature extends UnsupportedOperationException {

    /**
     * @param feature what was asked for, as a reader of the servlet API names it ("startAsync (asynchronous
     *                servlets)")
     * @param hint    what to do instead, or {@code null}
     */
    public UnsupportedServletFeature(String feature, String hint) {
        super("Wharf's servlet adapter does not support " + feature + (hint == null ? "." : ". " + hint));
    }

    public UnsupportedServletFeature(String feature) {
        this(feature, null);
    }
}
