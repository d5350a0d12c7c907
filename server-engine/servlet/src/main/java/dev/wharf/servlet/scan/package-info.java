/**
 * Discovery, as a servlet container does it for a web application: the application's class folders and jars
 * are read as class files (without loading them) to find the {@code @WebServlet}, {@code @WebFilter} and
 * {@code @WebListener} classes and the classes each {@code ServletContainerInitializer}'s
 * {@code @HandlesTypes} asks for; only those are loaded, through the application's class loader.
 */
package dev.wharf.servlet.scan;
