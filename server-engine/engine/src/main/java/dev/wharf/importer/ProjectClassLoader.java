package dev.wharf.importer;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The app's own classes: the folders of {@code --app-dir}, which a build or a reload rewrites, over
 * the {@link LibraryLoaders libraries}. A class in these folders wins over one of the same name in
 * a jar (as when the folders came first on one classpath), so an edited class is always the one
 * served; everything else comes from the libraries, which a new loader of this kind shares with the
 * last one. One per app load: a reload's classes are a new loader's.
 */
final class ProjectClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    ProjectClassLoader(URL[] folders, ClassLoader libraries) {
        super("wharf-app", folders, libraries);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("java.") || name.startsWith(ContractClassLoader.ASGI)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notInFolders) {
                    loaded = getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        all.addAll(Collections.list(getParent().getResources(name)));
        return Collections.enumeration(all);
    }
}
