package com.example.accounts.keys;

/** Every key the accounts service uses, in one place. */
public final class RedisKeys {

    public static final String APP = "accounts";
    public static final String SEP = ":";
    public static final String USER = APP + SEP + "user" + SEP;
    public static final String SESSION = APP + SEP + "session" + SEP;
    public static final String STATS_TAG = "{stats}";

    private RedisKeys() {
    }

    /** A user's profile and settings share the user's hash tag. */
    public static String profile(String userId) {
        return "{" + USER + userId + "}" + SEP + "profile";
    }

    public static String settings(String userId) {
        return String.format("{%s%s}:settings", USER, userId);
    }

    /** Untagged: one slot per user. */
    public static String sessions(String userId) {
        return SESSION + userId;
    }

    public static String stat(String name) {
        return new StringBuilder(STATS_TAG).append(SEP).append(name).toString();
    }

    public static byte[] avatar(long userId) {
        return ("avatar" + SEP + userId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
