package com.example.accounts.keys;

/** Key families as an enum, each with its own prefix. */
public enum Family {
    LOGIN("login:"),
    AUDIT("audit:");

    private final String prefix;

    Family(String prefix) {
        this.prefix = prefix;
    }

    public String key(String id) {
        return prefix + id;
    }
}
