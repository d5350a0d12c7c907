package dev.wharf.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What to load, as the settings say: Uvicorn's {@code APP}, {@code --app-dir}, {@code --factory} and
 * {@code --interface}, and for servlet apps their init parameters and context path.
 *
 * @param app               {@code module:attribute}, a class, or a bundled sample's name
 * @param appDir            the app's classpath entries
 * @param factory           whether APP names a factory to call
 * @param appInterface      the contract the app is written for
 * @param servletInitParams {@code NAME=VALUE} init parameters of the servlet and its context
 * @param rootPath          ASGI {@code root_path}: a servlet app's context path
 */
public record ImportRequest(
        String app,
        List<Path> appDir,
        boolean factory,
        AppInterface appInterface,
        List<String> servletInitParams,
        String rootPath) {

    public ImportRequest {
        appDir = List.copyOf(appDir);
        servletInitParams = List.copyOf(servletInitParams);
        rootPath = rootPath == null ? "" : rootPath;
    }

    /** An ASGI app (or a servlet, found as such) with no servlet parameters. */
    public static ImportRequest of(String app, List<Path> appDir, boolean factory) {
        return new ImportRequest(app, appDir, factory, AppInterface.AUTO, List.of(), "");
    }
}
