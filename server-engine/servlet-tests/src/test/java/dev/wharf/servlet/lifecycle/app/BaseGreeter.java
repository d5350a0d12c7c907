package dev.wharf.servlet.lifecycle.app;

public abstract class BaseGreeter implements Greeter {}
