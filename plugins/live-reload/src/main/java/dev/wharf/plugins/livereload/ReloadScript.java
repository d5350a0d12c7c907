package dev.wharf.plugins.livereload;

import java.nio.charset.StandardCharsets;

/**
 * The script a page gets. It opens an {@code EventSource} on the plugin's path and reloads the page
 * on a {@code reload} event (a hot swap in the worker it listens to), or when the {@code hello} that
 * starts every stream names another version of the code than the one that served the page (the
 * stream ended as its worker drained, and the browser reconnected to a new generation).
 *
 * <p>A worker that replaced a crashed one after hot swaps has a version of its own, so a page may
 * meet two versions that both serve the new code: the script reloads for a given version once per tab
 * (it notes it in {@code sessionStorage}), never in a loop. ASCII only, so that it fits a page in
 * any charset that extends ASCII.
 */
final class ReloadScript {

    private ReloadScript() {}

    /**
     * @param path    the event stream's path: checked by the plugin's option to need no escaping
     * @param version the code version that serves this page
     */
    static byte[] bytes(String path, String version) {
        String script = "<script data-wharf-live-reload>(function(){"
                + "if(!window.EventSource)return;"
                + "var v=\"" + version + "\",k=\"wharf-live-reload\",s=new EventSource(\"" + path + "\");"
                + "s.addEventListener(\"reload\",function(){s.close();location.reload();});"
                + "s.addEventListener(\"hello\",function(e){if(e.data===v)return;"
                + "try{if(sessionStorage.getItem(k)===e.data)return;sessionStorage.setItem(k,e.data);}catch(x){}"
                + "s.close();location.reload();});"
                + "})();</script>";
        return script.getBytes(StandardCharsets.US_ASCII);
    }
}
