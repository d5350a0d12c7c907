package dev.wharf.gui.fx;

/**
 * What the help pane shows about one setting or plugin option: the three parts every Wharf option
 * has, under its name and a line of facts (default, live or restart, where else it is set).
 *
 * @param title   the option as a user names it: {@code --port}, {@code gzip.level}
 * @param meta    the facts line
 * @param what    what it does
 * @param when    when it matters
 * @param mistake the common mistake
 */
public record HelpTopic(String title, String meta, String what, String when, String mistake) {}
